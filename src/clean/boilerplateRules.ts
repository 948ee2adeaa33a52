import { sectionWords } from './sectionWords.js';
import { multilingualBoilerplateRules } from './multilingualBoilerplateRules.js';

/**
 * Paragraph-level boilerplate rules, as data. Each rule tests one block's
 * whole text (whitespace-collapsed) and says how much it removes:
 *   'block'          the block itself;
 *   'with-previous'  the block and the teaser headline just before it;
 *   'rest-of-page'   the block and everything after it (another page's content follows);
 *   'tail'           like 'rest-of-page' in the second half of the page, else the block only
 *                    (a 'Mehr zum Thema' box mid-article holds links, at the end it holds the rest).
 * Patterns are anchored to the whole block wherever possible, so a body
 * sentence that merely mentions 'support' or 'comments' never matches.
 */
export type RuleScope = 'block' | 'with-previous' | 'rest-of-page' | 'tail';

export interface BoilerplateRule {
  name: string;
  test: (text: string) => boolean;
  scope: RuleScope;
  reason: string;
}

const whole = (pattern: RegExp) => (text: string) => pattern.test(text);

/*
 * A menu bar: three or more short items between separators, none of them a
 * sentence ('Home | Korvath | Lessaria | Border | Opinion', 'Nell Carrow ·
 * 16 August 2025 · 7 min read'); or a short line of section words without
 * separators ('News Korvath Politics Business Culture Letters').
 */
const SEPARATORS = /\s[|·•»›]\s|\s\/\s/;
function isNavigationBar(text: string): boolean {
  if (text.length > 200) return false;
  if (SEPARATORS.test(text)) {
    const items = text.split(/\s[|·•»›/]\s/).map((item) => item.trim()).filter(Boolean);
    return items.length >= 3 && items.every((item) => item.split(/\s+/).length <= 4 && !/[.!?]$/.test(item));
  }
  const words = text.toLowerCase().split(/\s+/);
  if (words.length < 2 || words.length > 12 || /[.!?,;:"“”]/.test(text)) return false;
  return words.filter((word) => sectionWords.has(word)).length / words.length >= 0.6;
}

/*
 * Words that mix Latin letters with Cyrillic or Greek ones ('Yоur', 'соntеnt' with a Cyrillic о, с, е).
 * A Russian article naming 'NATO' or a Greek one naming 'iPhone' keeps each script in its own word.
 */
const MIXED_SCRIPT_WORD = /^(?=.*\p{Script=Latin})(?=.*[\p{Script=Cyrillic}\p{Script=Greek}])/u;
function isSpeltWithLookAlikes(text: string): boolean {
  const words = text.match(/\p{L}+/gu) ?? [];
  const mixed = words.filter((word) => MIXED_SCRIPT_WORD.test(word)).length;
  return mixed >= 3 && mixed >= 0.2 * words.length;
}

/*
 * Words of a donation or subscription appeal. Two different ones in a short
 * block make an appeal: 'every single supporter makes the difference' has
 * 'supporter' and 'makes the difference'; 'a military campaign in support of
 * Syrian President Bashar Assad' has only one.
 */
const APPEAL_WORDS: RegExp[] = [
  /\bsupport(?:er|ers|s)?\b/i,
  /\bdonat(?:e|ion|ions|ing)\b/i,
  /\bcontribut(?:e|ion|ions)\b/i,
  /\bsubscri(?:be|ption|bers?)\b/i,
  /\bpatreon\b/i,
  /\bjoin (?:us|with us)\b/i,
  /\bstand with us\b/i,
  /\bnon-?profit\b/i,
  /\b(?:independent|people-powered|reader-funded) (?:media|journalism|news)/i,
  /\bmakes? (?:the|a) difference\b/i,
  /\btoday!/i,
  /\bnewsletter\b/i,
  // A paywall: 'To view the full story, please subscribe', '... already a subscriber, you can log in for immediate access'.
  /\bfull (?:story|article)\b/i,
  /\b(?:log|sign) in\b/i,
  // 'free to read because readers support it', 'Become a supporter today'
  /\bfree to read\b/i,
  /\bbecome a (?:supporter|member|subscriber|patron)\b/i,
];

/*
 * An appeal speaks to the reader, in its own words: 'your', 'you', 'us',
 * 'our', or an imperative at the start ('Donate today', 'Subscribe to ...').
 * Narration about someone else's appeal ('Sanders sent out a fundraising
 * call, asking supporters to “donate $3 to our campaign”') or a report of
 * donations ('Sessions said Clinton's acceptance of donations ...') has the
 * words but addresses no one: quoted words are set aside before looking.
 */
// Pronouns in lower case, or capitalised at a sentence start: 'Save Our Youth, a nonprofit supporting ...' names a charity.
const READER_PRONOUN = /\b(?:you|your|yours|us|our|ours|we)\b|(?:^|[.!?]\s+)(?:You|Your|Yours|We|Our|Us)\b/;
const IMPERATIVE_START = /^(?:please\s+)?(?:support|donate|subscribe|join|help|become|give|sign up|click|share)\b/i;
// Or closing it, as its last sentence: 'Hesra Voice is free to read because readers support it. Become a supporter today.'
// Not a noun at a sentence start: 'Support for the government fell.'
const IMPERATIVE_CLOSE = /[.!?]\s+(?:please\s+)?(?:support|donate|subscribe|join|become|sign up)\b(?!\s+(?:for|of|from|among|in)\b)[^.!?]*[.!?]?$/i;
const addressesReader = (text: string): boolean => READER_PRONOUN.test(text) || IMPERATIVE_START.test(text) || IMPERATIVE_CLOSE.test(text) || /\bplease (?:subscribe|log in|sign in|donate|support)\b/i.test(text);
const QUOTED = /“[^”]*”|"[^"]*"/g;

function isAppeal(text: string): boolean {
  if (text.length > 500) return false;
  if (!addressesReader(text.replace(QUOTED, ' '))) return false;
  return APPEAL_WORDS.filter((word) => word.test(text)).length >= 2;
}

export const boilerplateRules: readonly BoilerplateRule[] = [
  {
    // 'More BBC News', 'More from The Guardian', 'Mehr von SPIEGEL', 'Mehr aus dem Ressort Politik': the outlet's own box of other articles
    name: 'related-heading',
    test: (text) => text.length <= 60 && /^(?:[Mm]ore(?: from)? (?:[Tt]he )?\p{Lu}[\p{L}\p{N}.&'’-]*(?: (?:\p{Lu}[\p{L}\p{N}.&'’-]*|on|of|and|&)){0,4}|[Mm]ehr (?:von|aus|bei) .{2,50})[:.]?$/u.test(text),
    scope: 'tail',
    reason: 'the heading of a box of the outlet\'s other articles; in the second half of the page, the teasers under it go too',
  },
  {
    // 'Skip to main content', 'search', 'Menu', and 'in ,' (a byline template with its fields empty)
    name: 'navigation',
    test: whole(/^(?:skip to (?:main )?content|skip navigation|search|menu|main menu|home|close|toggle navigation|sign in|log ?in|register|share(?: this(?: article)?)?|tweet|print|email|in\s*,)$/i),
    scope: 'block',
    reason: 'site navigation or an empty template line, not article text',
  },
  {
    // 'Home | Korvath | Lessaria | Border', 'Sign in   Subscribe', 'News Korvath Politics Business Culture Letters'
    name: 'navigation',
    test: isNavigationBar,
    scope: 'block',
    reason: 'a menu or section bar, not article text',
  },
  {
    // 'By Petra Lunn', 'By Sam Ostrer, with Meridian Press Agency', 'Posted in Lessaria, Militias by Nell Carrow'
    name: 'byline',
    test: whole(/^(?:[Bb]y [A-Z][\p{L}.'’-]+(?: [A-Z][\p{L}.'’-]+){0,3}(?:,? (?:and|with) [^.]{2,60})?|[Pp]osted (?:in|on) [^.]{2,80} by [A-Z][\p{L}.'’ -]{2,40})$/u),
    scope: 'block',
    reason: 'the author line, not article text',
  },
  {
    // 'Help us grow. Support The Duran on Patreon!'
    name: 'share-appeal',
    test: whole(/^help us grow\b|\bsupport [^.!?]{2,40} on patreon\b|^join us:|^(?:please )?(?:share|like|follow) (?:this|us)\b/i),
    scope: 'block',
    reason: 'a share, donate or subscribe appeal',
  },
  {
    // 'Share your thoughts with friends.', 'Share this story on Facebook', 'Teile diesen Artikel mit deinen Freunden!', 'Share on WhatsApp'
    name: 'share-appeal',
    test: whole(/^(?:please )?(?:share|teile|teilen sie)\b(?=[^.!?]{0,50}[.!?]?$).*\b(?:friends|thoughts|story|article|post|facebook|twitter|whatsapp|linkedin|e-?mail|freunden|gedanken|artikel|beitrag)\b/i),
    scope: 'block',
    reason: 'a prompt to share the page',
  },
  {
    // '<img height="1" width="1" style="display:none" src="https://www.facebook.com/tr?id=...&noscript=1"/>': a tracking pixel
    // whose <noscript> the page escaped, so it reads as text; markup and nothing else is never article text.
    name: 'markup-as-text',
    test: whole(/^(?:<\/?[a-z][a-z0-9-]*(?:\s[^<>]*)?\/?>\s*)+$/i),
    scope: 'block',
    reason: 'HTML tags printed as text (an escaped tracking pixel or widget)',
  },
  {
    // 'Yоur соntеnt іѕ dеlіvеrеd іnѕtаntlу tо thоuѕаndѕ оf uѕеrѕ': Latin words spelt with Cyrillic or Greek look-alike
    // letters, as advertising copy is to slip past filters; an editor's prose never mixes scripts inside a word.
    name: 'disguised-text',
    test: isSpeltWithLookAlikes,
    scope: 'block',
    reason: 'words spelt with look-alike letters of another script (advertising copy disguised from filters)',
  },
  {
    // 'Your contribution supports this bold media model ... Join with us today!'
    name: 'share-appeal',
    test: isAppeal,
    scope: 'block',
    reason: 'a share, donate or subscribe appeal (two or more appeal words)',
  },
  {
    // 'Common Dreams is powered by optimists who believe in ...': the outlet describing itself
    name: 'share-appeal',
    test: whole(/^[A-Z][\w.'&-]*(?: [A-Z][\w.'&-]*){0,4} is (?:powered|funded|made possible|supported) by\b/),
    scope: 'block',
    reason: 'the outlet describing itself in a funding appeal',
  },
  {
    // 'Our work is licensed under Creative Commons (CC BY-NC-ND 3.0). Feel free to republish and share widely.'
    name: 'licence',
    test: whole(/licensed under (?:a )?creative commons|^(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}|by\b)|all rights reserved\.?$/i),
    scope: 'block',
    reason: 'a copyright or licence notice',
  },
  {
    // 'What do you think?', '22 Points', 'Upvote Downvote', 'Notify of', 'Inline Feedbacks', 'View all comments'
    name: 'comment-widget',
    test: whole(/^(?:what do you think\??|\d+\s+points?|upvote\s*downvote|notify of|\d*\s*inline feedbacks?|view all comments|\d*\s*comments?|leave a (?:comment|reply)|(?:log ?in|sign in) to comment|be the first to comment|oldest|newest|most voted|reply|report)$/i),
    scope: 'block',
    reason: 'part of a comment widget',
  },
  {
    // 'mirvane_nurse · 41 votes', 'hesra_watch · 9 votes': the head of a reader's comment; in the second half of the page
    // the comments follow it to the end.
    name: 'comment-widget',
    test: whole(/^[\p{L}\p{N}_.-]{1,40}(?: [\p{L}\p{N}_.-]{1,40}){0,2}\s*[·•|]\s*\d+\s+(?:votes?|points?|likes?)$/u),
    scope: 'tail',
    reason: "the head of a reader's comment",
  },
  {
    // 'The statements, views and opinions expressed in this column are solely those of the author ...'
    name: 'disclaimer',
    test: whole(/^the (?:statements|views|opinions)\b[^.]{0,80}\bexpressed (?:in|on|by) this\b|\bdo not necessarily (?:represent|reflect) (?:those|the views)\b/i),
    scope: 'block',
    reason: 'an editorial disclaimer',
  },
  {
    // '(bold italics added)', '[emphasis added]'
    name: 'editorial-note',
    test: whole(/^[([](?:bold|italics?|bold italics|emphasis|underlining) (?:added|mine|ours)[)\]]\.?$/i),
    scope: 'block',
    reason: 'an editorial note about formatting',
  },
  {
    // 'read more:' alone on its line: what follows is another article appended by the scraper (seed 001)
    name: 'appended-article',
    test: whole(/^(?:read more|more from [^:]{2,40}|you may also like|recommended):$/i),
    scope: 'rest-of-page',
    reason: 'everything from this marker on is another page',
  },
  {
    // 'Read More »' under a teaser headline ('Islamic State chief urges militants to fight on')
    name: 'related-articles',
    test: whole(/^(?:read|see) (?:more|also|full story)\s*[»>→]+$/i),
    scope: 'with-previous',
    reason: 'a teaser link to another article, with its headline',
  },
  {
    // 'Related post', 'Related articles:', 'Read more: Islamic State chief urges militants to fight on'
    name: 'related-articles',
    test: whole(/^(?:related(?: posts?| articles?| stories| content| coverage| news| reading)?|more (?:stories|news|articles)|you (?:may|might) also like|recommended(?: for you)?|(?:read|see) (?:more|also)\b.{0,160})[:.]?$/i),
    scope: 'block',
    reason: 'a link to related articles',
  },
  ...multilingualBoilerplateRules,
];
