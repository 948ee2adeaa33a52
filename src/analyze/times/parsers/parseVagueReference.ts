import { mentionOf, type TimeParser } from '../TimeParser.js';

// Times with no calendar value, as TIMEX3 reference points:
// 'now', 'currently', 'recently', 'recent months', 'the past', 'in the
// future', 'coming weeks', 'soon', 'these days'.
const cues: { pattern: string; value: string; rule: string }[] = [
  // 'now', 'right now', 'currently', 'at present', 'nowadays', 'these days'
  { pattern: 'now|currently|at present|nowadays|these days|at the moment|the present|presently', value: 'PRESENT_REF', rule: 'present' },
  // 'the current situation' ('current account' is a balance, not a time)
  { pattern: 'current(?!\\s(?:account|affairs|events|prices|dollars))', value: 'PRESENT_REF', rule: 'current' },
  // 'recently', 'in recent months', 'recent years', 'lately', 'previously', 'the past'
  { pattern: 'recently|lately|(?:the\\s)?(?:last|past)\\sfew\\s(?:days|weeks|months|years)|recent(?:\\s(?:days|weeks|months|years|decades|times))?|the\\spast(?!\\s(?:\\d|few|several|two|three|four|five|six|seven|eight|nine|ten|year|month|week|day|decade|quarter|weekend))|once\\supon\\sa\\stime', value: 'PAST_REF', rule: 'past' },
  // 'the future', 'future years', 'coming months', 'soon', 'in the years to come'
  { pattern: 'the\\s(?:near\\s|distant\\s|foreseeable\\s)?future|future\\s(?:days|weeks|months|years|decades|quarters|generations)|(?:the\\s)?coming\\s(?:days|weeks|months|years|decades|quarters)|(?:the\\s)?(?:days|weeks|months|years)\\s(?:ahead|to\\scome)|soon', value: 'FUTURE_REF', rule: 'future' },
];

export const parseVagueReference: TimeParser = {
  name: 'vague-reference',
  pattern: new RegExp(`(?<![\\w-])(?:${cues.map((cue) => `(${cue.pattern})`).join('|')})(?![\\w-])`, 'gi'),
  extract(match, text) {
    const index = cues.findIndex((_, i) => match[i + 1] !== undefined);
    const cue = cues[index];
    const after = text.slice(match.index + match[0].length, match.index + match[0].length + 12);
    // 'as soon as', 'soon after the strike' hang on events.
    if (/^soon$/i.test(match[0]) && (/^\s(?:as|after|before)\b/i.test(after) || /\bas\s$/i.test(text.slice(Math.max(0, match.index - 3), match.index)))) return null;
    return mentionOf(match, { type: 'DATE', rule: cue.rule, stated: [], value: cue.value });
  },
};
