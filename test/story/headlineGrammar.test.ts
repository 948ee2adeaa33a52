import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/analyze/analyzeArticle.js';
import { articleFromJsonl } from '../../src/ingest/jsonlArticle.js';
import { toArticleRecord } from '../../src/record/toArticleRecord.js';
import { readMembers } from '../../src/relate/readMembers.js';

/** A headline-only article, as a feed item or an Emergent row arrives (JSONL with title and text), read to 'subject|predicate|object|negated'. */
function readHeadline(title: string, text = title): string[] {
  const read = articleFromJsonl({ title, text, outlet: 'Wire' }, 'headlines.jsonl#1');
  if (!('article' in read)) throw new Error(read.reason);
  return readMembers(toArticleRecord(analyzeArticle(read.article))).map((m) => {
    const p = m.proposition;
    return `${p.subject}|${p.predicate}|${p.object ?? ''}|${p.negated ? 'not' : ''}`;
  });
}

describe('headline grammar: the auxiliaries a headline drops (Emergent headlines that made no claim)', () => {
  it.each([
    // A participle or an -s form where the tagger, trained on prose, finds no verb.
    ['Second American Journalist Beheaded by Islamic State Terrorists', 'journalist|killed||'],
    ["Small Meteorite Strikes in Nicaragua's Capital City of Managua", 'meteorite|hit||'],
    // A dropped 'is', before an adjective or a noun phrase, negated or not; a source named after a comma.
    ['Islamic State Leader al-Baghdadi Not Dead', 'baghdadi|killed||not'],
    ['Baghdadi dead, says Iraqi TV', 'baghdadi|killed||'],
    // The tagger reads 'checks' as a noun and 'Ford' as the verb 'to ford'; inside a name, 'Ford' is part of it (ECB+ topic 1).
    ['Lindsay Lohan checks into Betty Ford Center', 'lohan|check into|betty-ford-center|'],
    // ... but a verb between two names, inflected, stays the verb.
    ['President Obama Meets Putin In Moscow', 'obama|meet|putin|'],
    // An -s verb after the opening phrase that the tagger read as a plural noun, and the participle opening its object.
    ['ISIS Beheads Kidnapped Photojournalist James Wright Foley in Horrific Video Message', 'foley|killed||'],
    ['ISLAMIC STATE BEHEADS MISSING AMERICAN JOURNALIST JAMES WRIGHT FOLEY', 'foley|killed||'],
    // A predicate noun that opens the headline, capitalised and so tagged a name; a participle after 'of'.
    ['Beheading of kidnapped journalist James Foley', 'foley|killed||'],
    // What a speaker says something is, or is not, is a claim; the outlet's own descriptions are not (readPropositions).
    ['Priest claims God is a woman', 'god|woman||'],
    ['Managua explosion not a meteorite, NASA suggests', 'explosion|meteorite||not'],
    // A gerund after a verb of admission is the speaker's own deed.
    ["Joan Rivers's doctor denies taking selfie during surgery", 'doctor|take|selfie|'],
    // A label before the colon is no part of what happened.
    ['BREAKING: Soldier shot at War Memorial in Ottawa', 'soldiers|shoot||'],
    // 'missing' before a noun describes it: the journalist is who was killed.
    ['Islamic State militants claim to behead missing American journalist', 'journalist|killed||'],
    // A plan's state between the opening phrase and its 'to'.
    ['Korvath Mining in late-stage talks to acquire Telgrad Steel', 'mining|acquire|steel|'],
    // An obituary's apposition may join two descriptions.
    ['Ilko Marant, singer and founder of the Halvek choir, dies at 71', 'marant|killed||'],
    // A capitalised word in a sentence-case headline is a name, and 'found' before 'dead' says he is.
    ['Video shows beheading of aid worker Karel James', 'james|killed||'],
    ['Karel Vostrik found dead in his apartment', 'vostrik|killed||'],
    // A hedging adverb where the 'is' was dropped.
    ['Militia video probably a fake', 'video|fake||'],
    // After 'has' stands a verb, though title case made the tagger read an adjective; a participle may open an apposition.
    ['Militia Has Reportedly Beheaded Aid Worker Karel Vostrik', 'vostrik|killed||'],
    ['Karel Vostrik, Kidnapped Aid Worker, Apparently Executed by Militia', 'vostrik|killed||'],
  ])('%s', (headline, expected) => {
    expect(readHeadline(headline)).toContain(expected);
  });

  it('reads a headline that asks whether as raising its claim, reported and not asserted; one that asks who or what raises none', () => {
    const stances = (title: string) => {
      const read = articleFromJsonl({ title, text: title, outlet: 'Wire' }, 'q.jsonl#1');
      return readMembers(toArticleRecord(analyzeArticle((read as { article: Parameters<typeof analyzeArticle>[0] }).article))).map((m) => `${m.proposition.subject}|${m.proposition.predicate}|${m.stance}`);
    };
    expect(stances('Was the militia video recorded before the strike?')).toContain('video|recorded|reports');
    expect(stances('Vasko Dren Dead?')).toEqual(['dren|killed|reports']);
    expect(stances("Kasteria's drone programme: who builds the aircraft?")).toEqual([]);
    // A question that opens with 'is' puts its subject after it.
    expect(stances('Is Vasko Dren alive?')).toEqual(['dren|alive|reports']);
    expect(stances('Is the militia video a fake?')).toEqual(['video|fake|reports']);
  });

  it("reads 'X to do Y' in a headline as X's plan, hedged by the 'to'", () => {
    const read = articleFromJsonl({ title: 'Seth Rogen to Play Apple Co-Founder Wozniak in Steve Jobs Biopic', outlet: 'Wire' }, 'h.jsonl#1');
    const members = readMembers(toArticleRecord(analyzeArticle((read as { article: Parameters<typeof analyzeArticle>[0] }).article)));
    const plan = members.find((m) => m.proposition.predicate === 'play');
    expect(plan?.proposition.subject).toBe('rogen');
    expect(plan?.proposition.modality).toEqual(['to']);
  });

  it('leaves prose alone: a request is no plan, and a headline with a verb keeps its own reading', () => {
    const body = 'Officials met on Monday.\n\nLessaria has in the past asked Kasteria to share its targeting data for operations close to populated areas.';
    expect(readHeadline('Officials meet', body).some((m) => m.startsWith('kasteria|share'))).toBe(false);
    expect(readHeadline('Militia chief "not believed to have been" in Halvek').some((m) => m.startsWith('militia|chief'))).toBe(false);
  });
});

describe('a headline whose verb is no cue', () => {
  it('reads no statement from a verb inside a headline, only from one that ends it', () => {
    const read = articleFromJsonl({ title: 'Missing Mexico students not among 28 bodies found in mass grave', outlet: 'Wire' }, 'h.jsonl#1');
    const record = toArticleRecord(analyzeArticle((read as { article: Parameters<typeof analyzeArticle>[0] }).article));
    expect(record.statements).toEqual([]);
  });

  it("leaves the outlet's own description of someone out of the claims", () => {
    expect(readHeadline('Vasko Dren is a former teacher from Halvek')).not.toContain('dren|teacher||');
  });

  it('reads no statement from a verb of cognition in a headline with no clause after it', () => {
    for (const title of ['Tesla chooses Nevada for battery factory: Sources', 'Woman catches husband cheating with her twin']) {
      const read = articleFromJsonl({ title, outlet: 'Wire' }, 'h.jsonl#1');
      const record = toArticleRecord(analyzeArticle((read as { article: Parameters<typeof analyzeArticle>[0] }).article));
      expect(record.statements.filter((s) => s.rule === 'learned-tagger')).toEqual([]);
    }
  });

  it("reads a passive report's subject as its infinitive's, hedged ('X said to', 'X is said to')", () => {
    for (const title of ['Tesla Said to Select Nevada for Its First Battery Site', 'Tesla is said to have chosen Nevada for its battery factory']) {
      const read = articleFromJsonl({ title, outlet: 'Wire' }, 'h.jsonl#1');
      const members = readMembers(toArticleRecord(analyzeArticle((read as { article: Parameters<typeof analyzeArticle>[0] }).article)));
      expect(members.map((m) => [m.proposition.subject, m.stance, m.hedged])).toContainEqual(['tesla', 'asserts', true]);
    }
  });
});
