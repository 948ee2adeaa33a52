import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/analyze/analyzeArticle.js';
import { articleFromJsonl } from '../../src/ingest/jsonlArticle.js';
import type { ArticleRecord } from '../../src/record/articleRecord.js';
import { toArticleRecord } from '../../src/record/toArticleRecord.js';
import { readMembers } from '../../src/relate/readMembers.js';
import { relateArticles } from '../../src/relate/relateArticles.js';

/** An article as a user's JSONL gives it, through the whole analysis. */
function article(title: string, body: string, url: string): ArticleRecord {
  const read = articleFromJsonl({ title, text: `${title}\n\n${body}`, outlet: 'Wire', url, date: '2008-12-13' }, 'wordings.jsonl#1');
  if (!('article' in read)) throw new Error(read.reason);
  return toArticleRecord(analyzeArticle(read.article));
}

/** What the body's sentences assert, as 'subject|predicate|object|agent'. */
function read(body: string): string[] {
  return readMembers(article('Wire report', body, 'https://wire.example/1'))
    .filter((m) => m.ref.start > 'Wire report'.length)
    .map((m) => `${m.proposition.subject}|${m.proposition.predicate}|${m.proposition.object ?? ''}|${m.proposition.agent ?? ''}`);
}

describe('one event however an article words it (ECB+ mentions no claim covered)', () => {
  it('reads a name the entity stage left untagged as that name, not as a common noun', () => {
    // Two capitalised words opening a sentence, and one inside it, are a name.
    expect(read('Bettie Page died on Thursday.')).toEqual(['page|killed||']);
    expect(read("The Sixers fired Jim O'Brien on Monday.")).toEqual(['sixers|fire|obrien|']);
    // One capitalised word opening a sentence may be any word: 'Police' stays the common noun.
    expect(read('Police arrested two men on Thursday.')).toEqual(['man|captured||police']);
  });

  it("reads a verb that links its subject to an adjective as 'is' ('remained alive', 'appears dead', hedged), and any other use as a verb", () => {
    expect(read('Vasko Dren remained alive in March.')).toEqual(['dren|alive||']);
    expect(read('Vasko Dren was found dead in his flat.')).toEqual(['dren|killed||']);
    const appears = readMembers(article('Wire report', 'Vasko Dren appears dead.', 'https://wire.example/2')).find((m) => m.ref.text.startsWith('Vasko'));
    expect(appears?.proposition.predicate).toBe('killed');
    expect(appears?.proposition.modality).toEqual(['appears']);
    expect(read('The ministry proved the recording was real.')).toContain('ministry|authentic|recording|');
  });

  it('reads the members of a body it names as that body doing it: one killer, however the article words it', () => {
    // 'Islamic State' is a known organisation; its militants killed as it did, and the agent does not split the claim.
    expect(read('Karel Vostrik was killed by Islamic State militants.')).toEqual(['vostrik|killed||islamic-state']);
    expect(read('Karel Vostrik was killed by Islamic State.')).toEqual(['vostrik|killed||islamic-state']);
    // Militants the article does not name a body for stay the militants.
    expect(read('Karel Vostrik was killed by militants.')).toEqual(['vostrik|killed||fighters']);
  });

  it('reads a capitalised word in a sentence-case fragment as a name, not a verb', () => {
    // 'James' is also the verb 'jams'; a fragment with lower-case words writes its verbs in lower case.
    expect(read('Video of the beheading of American journalist James Foley.').join(' ')).not.toMatch(/\|jam\|/u);
  });

  it('reads a bare number that changes hands as an amount, and a number after a name as part of the name, not as people', () => {
    expect(read('A devoted owner paid 460 for surgery on his goldfish.').join(' ')).not.toMatch(/people/u);
    expect(read('The teenager made 72 million on the stock market.').join(' ')).not.toMatch(/people/u);
    expect(read('On March 27 released a video of the commander.').join(' ')).not.toMatch(/people/u);
    // A count of people stays one: what was done to them says so.
    expect(read('The strike killed 23.').join(' ')).toMatch(/people\|killed/u);
  });

  it('reads the subject of a verb past an apposition that joins two descriptions', () => {
    expect(read('Karel Vostrik, a surgeon and former mayor of Halvek, died on Monday.')).toEqual(['vostrik|killed||']);
  });

  it('reads an aside opened by a participle as said of the subject, and the verb after it as the subject\'s', () => {
    expect(read('Vasko Dren, wounded twice, survived the strike.')).toEqual(['dren|injured||', 'dren|alive|strike|']);
    // A place after a preposition is no subject: these participles have none in the sentence.
    expect(read('Wounded in Halvek, taken out of town, hidden in the high villages: that is one story.').join(' ')).not.toMatch(/halvek\|/u);
  });

  it("reads 'gone to ground' and 'taken to ground' as hiding, not as the verb 'grind'", () => {
    expect(read('Abu Bakr al-Baghdadi has gone to ground.')).toEqual(['baghdadi|hiding||']);
    expect(read('Abu Bakr al-Baghdadi has taken to ground in the desert.')).toEqual(['baghdadi|hiding||']);
  });

  it('says a verb after a relative clause of the phrase the clause hangs on, not of that clause\'s object', () => {
    expect(read('The strike that killed Vasko Dren hit the depot.')).toEqual(['dren|killed||strike', 'depot|hit||strike']);
    expect(read('The air strike which wounded Vasko Dren took place in May.')).toContain('strike|take|place|');
    // A participle with no object of its own is said of the phrase before it: the depot was used, not the strike.
    expect(read('A strike hit a former depot used by the militia.')).toEqual(['depot|hit||strike']);
  });

  it("reads a 'not' set off by commas before a noun as denying the alternative, not the verb: 'a rocket, not an air strike, caused the blast'", () => {
    const members = readMembers(article('Wire report', 'A misfired rocket, not an air strike, caused the blast. Vasko Dren was injured, not killed.', 'https://wire.example/3'));
    const said = members.filter((m) => m.ref.start > 11).map((m) => `${m.proposition.subject}|${m.proposition.predicate}|${m.proposition.negated ? 'not' : ''}`);
    expect(said).toContain('blast|caused|');
    expect(said).toContain('dren|killed|not');
  });

  it("reads 'the blast was caused by a misfired rocket' as the site the blast struck hit by the rocket, beside 'hit by an air strike'", () => {
    const story = relateArticles([article(
      'Army blames rocket for blast at Mirvane Municipal Hospital',
      'The army said on Wednesday that the blast was caused by a misfired rocket. The Hesran Health Ministry said the hospital was hit by an air strike.',
      'https://wire.example/4',
    )]);
    const hits = story.claims.filter((c) => c.subject === 'mirvane-municipal-hospital' && c.predicate === 'hit');
    expect(hits.map((c) => c.agent).sort()).toEqual(['rocket', 'strike']);
    expect(story.relations).toContainEqual(expect.objectContaining({ kind: 'contradicts', why: 'different agents or causes of the same event' }));
    // An article that names no hospital: the hospital the blast is named after, by its common noun.
    expect(read('Army audio proves militant rocket caused Mirvane hospital blast.')).toContain('hospital|hit||rocket');
    // A fire is no blast: 'the fire was caused by arson' stays a claim about the fire.
    expect(read('The fire at Mirvane Municipal Hospital was caused by arson.')).toEqual(['fire|caused||arson']);
  });

  it("reads a projectile arriving on a site as the site hit by it: 'had fallen on Mirvane Municipal Hospital', 'reached the hospital grounds'", () => {
    const hits = (body: string) => readMembers(article('Rocket blamed for hospital blast', body, 'https://wire.example/5'))
      .filter((m) => m.proposition.predicate === 'hit').map((m) => `${m.proposition.subject}|${m.proposition.agent}`);
    expect(hits('A rocket fired by the militants had misfired and fallen on Mirvane Municipal Hospital.')).toEqual(['mirvane-municipal-hospital|rocket']);
    expect(hits('The ministry said fragments from the strike may have reached the hospital grounds.')).toEqual(['hospital|fragment']);
    // Not what is no projectile: 'the delegation reached the hospital' is a visit.
    expect(hits('The delegation reached Mirvane Municipal Hospital on Friday.')).toEqual([]);
  });

  it('takes a bare time after the verb for when, not for what: "died Thursday at age 85"', () => {
    expect(read('Bettie Page died Thursday at age 85.')).toEqual(read('Bettie Page died on Thursday.'));
  });

  it("reads a verb by the class of the verb whose main sense it shares: 'passed away', 'murdered', 'nabbed'", () => {
    expect(read('Bettie Page passed away on Thursday.')).toEqual(['page|killed||']);
    expect(read('The gunman murdered three co-workers.')).toEqual(['co-worker|killed||gunman']);
    expect(read('Police nabbed two men on Thursday.')).toEqual(['man|captured||police']);
    // 'defeat' is only the second sense of 'kill' ('kill the bill'): a win is no death.
    expect(read('Creighton defeated Drake on Saturday.')).toEqual(['creighton|defeat|drake|']);
  });

  it('groups two verbs of one main sense across articles, and keeps apart verbs that share a lesser sense', () => {
    const story = relateArticles([
      article('Defence news', 'The Kasterian Defence Ministry replied on Friday.', 'https://wire.example/a'),
      article('Defence update', 'The Kasterian Defence Ministry answered on Friday.', 'https://wire.example/b'),
      article('Video', 'Vasko Dren appeared in a video on Friday.', 'https://wire.example/c'),
      article('Photo', 'Vasko Dren looks into the camera in a photograph.', 'https://wire.example/d'),
    ]);
    const claimsOf = (subject: string) => story.claims.filter((c) => c.subject === subject).map((c) => `${c.predicate}:${c.members.length}`);
    // Which of the two names the claim depends only on the articles' order (here their ids).
    expect(claimsOf('kasterian-defence-ministry')).toEqual([expect.stringMatching(/^(?:reply|answer):2$/u)]);
    // 'appear' shares a sense with 'look' ('he looks tired'), but not the main sense of either.
    expect(claimsOf('dren').sort()).toEqual(['appear:1', 'look into:1']);
  });

  it('reads one killing said to be by two doers as two wordings, not two deaths or rival causes; a strike and a raid stay two deaths', () => {
    const relationsOf = (bodies: string[]) => {
      const story = relateArticles(bodies.map((body, i) => article('Journalist killed', body, `https://wire.example/k${i}`)));
      return story.relations.filter((r) => r.kind === 'contradicts').map((r) => r.why);
    };
    expect(relationsOf(['James Foley was killed by Islamic State.', 'James Foley was killed by fighters.'])).toEqual([]);
    expect(relationsOf(['Abu Bakr al-Baghdadi was killed in a Russian air strike.', 'Abu Bakr al-Baghdadi was killed in a US raid.'])).toEqual(['killed at two different times']);
    // A count killed by a strike or by a rocket is a disputed cause.
    expect(relationsOf(['23 militants were killed by a strike.', '23 militants were killed by a rocket.'])).toEqual(['different agents or causes of the same event']);
  });
});
