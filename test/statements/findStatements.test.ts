import { describe, expect, it } from 'vitest';
import { analyzeText, entitiesIn } from './analyzeText.js';

interface Expected {
  speaker: string | null;
  cue: string;
  content: string;
  canonical?: string;
  kind?: string;
  hedges?: string[];
}

function find(text: string, title = false) {
  return analyzeText(text, title).map((s) => ({
    speaker: s.speaker?.text ?? null,
    canonical: s.speaker?.canonical,
    cue: s.cue.text,
    content: s.content.text,
    kind: s.kind,
    hedges: s.hedges.map((h) => h.text),
    negated: s.negated,
  }));
}

describe('findStatements: one construction per row', () => {
  it.each<[string, Expected]>([
    ['“We have irrefutable information,” said Abu Ali al-Basri, head of the Iraqi interior ministry’s intelligence department.',
      { speaker: 'Abu Ali al-Basri', cue: 'said', content: 'We have irrefutable information', kind: 'direct' }],
    ['The Russian Foreign Ministry said Thursday that it was highly likely the leader was killed.',
      { speaker: 'The Russian Foreign Ministry', cue: 'said', content: 'it was highly likely the leader was killed' }],
    ['Two US security sources told Reuters recently that US government experts believe Baghdadi is still alive.',
      { speaker: 'Two US security sources', cue: 'told Reuters', content: 'US government experts believe Baghdadi is still alive' }],
    ['Islamic State leader Abu Bakr al-Baghdadi overcame an attempted coup, witnesses told the Guardian.',
      { speaker: 'witnesses', cue: 'told the Guardian', content: 'Islamic State leader Abu Bakr al-Baghdadi overcame an attempted coup' }],
    ['One of Baghdadi’s aides may have been killed rather than Baghdadi himself, the colonel said.',
      { speaker: 'the colonel', cue: 'said', content: 'One of Baghdadi’s aides may have been killed rather than Baghdadi himself' }],
    ['There may be 14,000 militants in Syria, according to a recent report by the UN sanctions monitoring team.',
      { speaker: 'a recent report by the UN sanctions monitoring team', cue: 'according to', content: 'There may be 14,000 militants in Syria', kind: 'according-to' }],
    ['Baghdadi is alive but seriously injured, according to new reports.',
      { speaker: 'new reports', cue: 'according to', content: 'Baghdadi is alive but seriously injured' }],
    ['Though nothing was confirmed, the Russian military on Friday claimed it may have killed Abu Bakr al-Baghdadi.',
      { speaker: 'the Russian military', cue: 'claimed', content: 'it may have killed Abu Bakr al-Baghdadi' }],
    ['Hamdan said Baghdadi then moved to Baghouz, and in early January he fled to the desert.',
      { speaker: 'Hamdan', cue: 'said', content: 'Baghdadi then moved to Baghouz, and in early January he fled to the desert' }],
    ['As the militants take a pounding, US officials and Syrian activists say many commanders have fled Mosul.',
      { speaker: 'US officials and Syrian activists', cue: 'say', content: 'many commanders have fled Mosul' }],
    ['After Russia first reported the possible death, the Pentagon said at the time that it had no supporting information.',
      { speaker: 'the Pentagon', cue: 'said', content: 'it had no supporting information' }],
    ['The Defense Ministry added that it had warned the US of the coming strike.',
      { speaker: 'The Defense Ministry', cue: 'added', content: 'it had warned the US of the coming strike' }],
    ['He reiterated a Defense Ministry statement from June 16.',
      { speaker: 'He', cue: 'reiterated', content: 'a Defense Ministry statement from June 16' }],
    ['IS has a bounty on the head of the main plotter, Abu Muath al-Jazairi, who is believed to be a veteran foreign fighter.',
      { speaker: null, cue: 'is believed', content: 'to be a veteran foreign fighter' }],
    ['A colonel with the Iraqi national security service told Reuters Baghdadi was not in Raqqa.',
      { speaker: 'A colonel with the Iraqi national security service', cue: 'told Reuters', content: 'Baghdadi was not in Raqqa' }],
    ['“The game is up,” U.S. Air Force Brigadier General Matthew Isler told Reuters, saying the battle for Mosul has reached its late stages.',
      { speaker: 'U.S. Air Force Brigadier General Matthew Isler', cue: 'told Reuters', content: 'The game is up', kind: 'direct' }],
    ['“It was a big deal for the businesses,” said Sen. Jim Whelan who represents Atlantic City.',
      { speaker: 'Sen. Jim Whelan', cue: 'said', content: 'It was a big deal for the businesses', kind: 'direct' }],
    // typewriter quotes, two apostrophes
    ["''Good economic news for the country is bad political news,'' said Geoff Garin, a Democratic pollster.",
      { speaker: 'Geoff Garin', cue: 'said', content: 'Good economic news for the country is bad political news', kind: 'direct' }],
    // a long apposition and a party label between the name and the verb
    ['Shane Shook, a cyber security expert who has helped investigate some of the breaches uncovered to date, said he saw no evidence.',
      { speaker: 'Shane Shook', cue: 'said', content: 'he saw no evidence' }],
    ['Rep. Elijah Cummings (D-Md.), chair of the Platform Committee, said that it was committed to an open process.',
      { speaker: 'Rep. Elijah Cummings (D-Md.)', cue: 'said', content: 'it was committed to an open process' }],
    ['Clinton, 35, the daughter of the former president, said she would run.',
      { speaker: 'Clinton', cue: 'said', content: 'she would run' }],
    ['Analysts suspect he has taken to ground in a desert area, analyst Hisham al-Hashimi, who has advised the Iraqi government, told Reuters.',
      { speaker: 'Analysts', cue: 'suspect', content: 'he has taken to ground in a desert area' }],
    // an adverb of manner after the cue
    ['“God forbid we ask the FBI anything,” Gowdy said sarcastically.',
      { speaker: 'Gowdy', cue: 'said', content: 'God forbid we ask the FBI anything', kind: 'direct' }],
    ['Neither ministry said publicly where the commander is.',
      { speaker: 'Neither ministry', cue: 'said', content: 'where the commander is' }],
    // a verb whose infinitive is the cue
    ['Trump drew criticism after he appeared to suggest that veterans who suffer from PTSD are not as strong.',
      { speaker: 'he', cue: 'appeared to suggest', content: 'veterans who suffer from PTSD are not as strong' }],
    ['The Republican nominee continues to insist, most recently in an interview with ABC News, that he wants to release his taxes.',
      { speaker: 'The Republican nominee', cue: 'continues to insist', content: 'he wants to release his taxes' }],
    ['Anderson largely agreed with McLenny and seemed to think the outreach to black voters was phony.',
      { speaker: 'Anderson', cue: 'seemed to think', content: 'the outreach to black voters was phony', hedges: ['seemed to'] }],
    // a second verb after 'but' and its auxiliary
    ['Clinton has encouraged European nations to spend more but has said she will hold firm to U.S. commitments.',
      { speaker: 'Clinton', cue: 'said', content: 'she will hold firm to U.S. commitments' }],
    // a document's subject with the participle that dates it
    ['A Government Accountability Office report released last year found that the agency could not be sure where the money came from.',
      { speaker: 'A Government Accountability Office report released last year', cue: 'found', content: 'the agency could not be sure where the money came from' }],
    // a name, its description, and an aside between dashes holding an abbreviation
    ['John Dickey, the chief executive of Ora Media -- the production company that owns Mr. King’s programming, which is also streamed on Hulu -- told me, “We’re a content provider.”',
      { speaker: 'John Dickey, the chief executive of Ora Media', canonical: 'John Dickey', cue: 'told me', content: 'We’re a content provider.' }],
    // a verb of urging with its object before the infinitive
    ['She then urges her husband to come out of the car.',
      { speaker: 'She', cue: 'urges', content: 'her husband to come out of the car' }],
    // a participle of speech opening the sentence
    ['Claiming the criticism of Lauer is designed to pressure debate moderators, Trump told Fox that they hit Matt.',
      { speaker: 'Trump', cue: 'Claiming', content: 'the criticism of Lauer is designed to pressure debate moderators' }],
    // an adverb between a relative pronoun and its verb
    ['The impetus came from China and the United States, which together vowed to stave off the worst effects of climate change.',
      { speaker: 'which', cue: 'vowed', content: 'to stave off the worst effects of climate change' }],
    // a name with its description before a verb is no content of an inverted cue
    ['Ivanka Trump, the Republican nominee’s eldest daughter, noted the rule in the interview last week.',
      { speaker: 'Ivanka Trump', cue: 'noted', content: 'the rule in the interview last week' }],
    // an adverb of frequency before the verb
    ['She said professors would sometimes dismiss her proposals.',
      { speaker: 'professors', cue: 'dismiss', content: 'her proposals' }],
    // a participle after 'and' takes the clause's subject, past an irregular past verb and a phrase that is no time
    ['The minister spoke for an hour, praising the army and insisting that the strike had hit only the depot.',
      { speaker: 'The minister', cue: 'insisting', content: 'the strike had hit only the depot' }],
    // a participle of any verb before a quotation
    ['Mr. Trump hardly clarified the matter -- and, when questioned after the debate, asserting, “Of course, I pay federal taxes.”',
      { speaker: 'Mr. Trump', cue: 'asserting', content: 'Of course, I pay federal taxes.', kind: 'direct' }],
    // a verb of speech with its particle
    ['Mr. Trump has attacked loopholes that benefit others, and has called for eliminating the tax treatment of carried interest.',
      { speaker: 'Mr. Trump', cue: 'called for', content: 'eliminating the tax treatment of carried interest' }],
    ['Scott’s family has called on police to release the videos and called on people to protest peacefully.',
      { speaker: 'Scott’s family', cue: 'called on', content: 'police to release the videos' }],
    ['Trump warned against potential hackers from China, Russia and North Korea.',
      { speaker: 'Trump', cue: 'warned against', content: 'potential hackers from China, Russia and North Korea' }],
    // a name ending in 'Today', an adverb of manner after a modal, a listener named before 'by telephone'
    ['Korvath Today could not independently confirm that the man the villagers described was Dren.',
      { speaker: 'Korvath Today', cue: 'confirm', content: 'the man the villagers described was Dren' }],
    ['“The east wing took a direct hit,” Dr. Anika Sorel told Korvath Today by telephone.',
      { speaker: 'Dr. Anika Sorel', cue: 'told Korvath Today', content: 'The east wing took a direct hit', kind: 'direct' }],
    // a long aside after a subject that follows a sentence-opening 'And'
    ['And the Lessarian services, who were wrong about Halvek in March but right about his injuries in June, are now saying flatly that he is on their side of the line.',
      { speaker: 'the Lessarian services', cue: 'are now saying', content: 'he is on their side of the line' }],
    // a phrase of occasion between the speaker and the verb; a middle initial before a description
    ['Last week Stumpf in a televised interview appeared to blame low-level workers for this behavior.',
      { speaker: 'Stumpf', cue: 'appeared to blame', content: 'low-level workers for this behavior' }],
    ['The ministry in a statement with MPA on Friday said 212 people were killed.',
      { speaker: 'The ministry', cue: 'said', content: '212 people were killed' }],
    ['In a panel discussion this weekend in Washington, Marc H. Morial, the chief executive of the National Urban League, forcefully told reporters that it was over.',
      { speaker: 'Marc H. Morial', cue: 'told reporters', content: 'it was over' }],
    // 'going on to say' after a comma; an adverb and a participle modifying a noun of the subject
    ['“That is insane,” Sanders said, going on to say that the country has spent hundreds of years fighting bigotry.',
      { speaker: 'Sanders', cue: 'going on to say', content: 'the country has spent hundreds of years fighting bigotry' }],
    ['Donations to super PACs hit nearly $1.1 billion, a USA TODAY analysis of newly filed campaign-finance reports shows.',
      { speaker: 'a USA TODAY analysis of newly filed campaign-finance reports', cue: 'shows', content: 'Donations to super PACs hit nearly $1.1 billion' }],
    // an aside opened by a relative pronoun, a participle or 'during', with commas of its own
    ['Marco Rubio, whose hometown, Miami, is projected to be largely underwater, argues that such efforts will destroy the economy.',
      { speaker: 'Marco Rubio', cue: 'argues', content: 'such efforts will destroy the economy' }],
    ['Sen. Chuck Grassley, facing a spirited Democratic challenge in Iowa, a swing state, said he would welcome Cruz.',
      { speaker: 'Sen. Chuck Grassley', cue: 'said', content: 'he would welcome Cruz' }],
    ['Clinton, during a town hall meeting in Columbus, Ohio, said she would put coal companies out of business.',
      { speaker: 'Clinton', cue: 'said', content: 'she would put coal companies out of business' }],
    ['Trump, speaking at a rally in Wilmington, N.C., warned that Clinton would appoint liberal justices.',
      { speaker: 'Trump', cue: 'warned', content: 'Clinton would appoint liberal justices' }],
    // a floating quantifier, a linking adverb and an adverbial of two words between the subject and its verb
    ['Donald J. Trump and Senator Bernie Sanders have both argued that blue-collar workers have lost jobs.',
      { speaker: 'Donald J. Trump and Senator Bernie Sanders', cue: 'argued', content: 'blue-collar workers have lost jobs' }],
    ['Clinton has nevertheless called his vote an irresponsible one.',
      { speaker: 'Clinton', cue: 'called', content: 'his vote an irresponsible one' }],
    ['Domestic and international critics have in particular noted the explosive campaign material.',
      { speaker: 'Domestic and international critics', cue: 'noted', content: 'the explosive campaign material' }],
    ['Both said the plan was bad.', { speaker: 'Both', cue: 'said', content: 'the plan was bad' }],
    // a verb coordinated inside a relative clause has the relative pronoun as its subject
    ['The unreleased video has become a focal point for demonstrators here, who have taken to the streets and called for footage to be released.',
      { speaker: 'who', cue: 'called for', content: 'footage to be released' }],
  ])('%s', (text, expected) => {
    expect(find(text)).toContainEqual(expect.objectContaining(expected));
  });

  it('reads a headline with its hedge', () => {
    expect(find('Russian Military Says It May Have Killed ISIS Leader al-Baghdadi', true)).toEqual([
      expect.objectContaining({ speaker: 'Russian Military', cue: 'Says', content: 'It May Have Killed ISIS Leader al-Baghdadi', kind: 'headline', hedges: ['May Have'] }),
    ]);
    expect(find('Russia says it’s ‘highly likely’ IS leader killed in recent airstrike', true)).toEqual([
      expect.objectContaining({ speaker: 'Russia', kind: 'headline', hedges: ['highly likely'] }),
    ]);
  });

  it('marks negation and hedges in the content', () => {
    const [statement] = find('American officials at the time said they had no evidence to corroborate the report.');
    expect(statement).toMatchObject({ speaker: 'American officials', hedges: ['no evidence to corroborate'], negated: true });
  });
});

describe('findStatements: a speaker and a colon', () => {
  it.each<[string, boolean, Expected]>([
    ['Graham: Trump’s Rhetoric Is Destroying the Party’s Chance', true, { speaker: 'Graham', cue: ':', content: 'Trump’s Rhetoric Is Destroying the Party’s Chance', kind: 'headline' }],
    ['Clinton to Planned Parenthood: Trump will reverse the abortion ruling', true, { speaker: 'Clinton', cue: ':', content: 'Trump will reverse the abortion ruling' }],
    ['Pollsters agree - Carl Bialik: “Keep on contacting voters as late as possible.”', false, { speaker: 'Carl Bialik', cue: ':', content: 'Keep on contacting voters as late as possible.', kind: 'direct' }],
  ])('%s', (text, title, expected) => {
    expect(find(text, title)).toEqual([expect.objectContaining(expected)]);
  });

  it.each<[string, boolean]>([
    ['The Latest: Sanders wins Minnesota Democratic caucuses', true],
    ['Wow: Glenn Beck Responded With One Brutal Line', true],
    ['The reason is simple: voters are angry about trade.', false],
    ['Iowa: Trump leads with 30 percent of the vote.', false],
    ['Defence Ministry revises Halvek assessment: Dren "wounded, not eliminated"', true],
  ])('not %s', (text, title) => {
    expect(find(text, title).filter((s) => s.cue === ':')).toEqual([]);
  });

  // A headline's label names its topic, not its speaker, when it says so (src/analyze/statements/colonLabel.ts).
  it.each([
    'Harbour Shooting: Guard Shot at the Old Customs House',
    'Star Wars: The Next Film May Open in Summer',
    'Pure Evil: Militants Behead Aid Worker in Video',
    'Categorically False: Ministry Debunks Claim of Border Crossing',
    'Dren Agent UNMASKED: Militia Spy Named as Former Teacher',
    'Karel Vostrik: Militia Spy Named As Former Teacher From Halvek',
    'Ilsa Marwen: Female Pilot Disowned By Family After Strike',
    'Tomas Beyl: Former Mayor Tomas Beyl Found Dead at Home',
    'Ottmar: Senator Says Prisoners Swapped for Soldier Rejoined Militia',
  ])('a topic, not a speaker: %s', (text) => {
    expect(find(text, true).filter((s) => s.cue === ':')).toEqual([]);
  });

  it('a place before the colon is a dateline or a topic, not a speaker', () => {
    const text = 'Lessaria: Seven pupils return from school trip with fever';
    expect(analyzeText(text, true, entitiesIn(text, [['Lessaria', 'place']])).filter((s) => s.cue.text === ':')).toEqual([]);
  });

  it.each<[string, string]>([
    ['Sanders: Clinton needs to get away from the personality stuff', 'Sanders'],
    ['Jeh Johnson: Politicians Should Not Feed The Flames Of Fear', 'Jeh Johnson'],
    ['Bill Clinton: Hillary thinks the schools test too much', 'Bill Clinton'],
    ['Official: Prisoner traded for soldier reaching out to militants', 'Official'],
    ['Lewandowski: FBI director acted as judge and jury on Clinton', 'Lewandowski'],
    ['Ted Cruz: ‘A Constitutional Conservative.’', 'Ted Cruz'],
    ['Rumor: Apple in late-stage talks to buy Path', 'Rumor'],
  ])('still a speaker: %s', (text, speaker) => {
    expect(find(text, true)).toContainEqual(expect.objectContaining({ speaker, cue: ':' }));
  });

  it('a body named before the colon speaks even when its news is a passive', () => {
    const text = 'Pentagon: One weapons bundle seized by militants';
    expect(analyzeText(text, true, entitiesIn(text, [['Pentagon', 'organization']])).map((s) => s.speaker?.text)).toContain('Pentagon');
  });
});

describe('findStatements: a question in an "asked" clause', () => {
  it.each<[string, string]>([
    ['Asked if he was ever bullied, the candidate said no.', 'if he was ever bullied'],
    ['"You bet I would," Christie said when asked whether he would issue a quarantine.', 'whether he would issue a quarantine'],
    ['Asked on Fox News who leads the party in his view, he named Ryan.', 'who leads the party in his view'],
    ['Asked whether the group’s leader, Vasko Dren, had been at the meeting, Maslan said the results were being assessed.', 'whether the group’s leader, Vasko Dren, had been at the meeting'],
  ])('%s', (text, content) => {
    expect(find(text)).toContainEqual(expect.objectContaining({ speaker: null, cue: expect.stringMatching(/^asked$/i), content }));
  });

  it.each(['He asked whether the vote was fair.', 'She was asked to leave the room.', 'Asked to resign, he refused.'])('not %s', (text) => {
    expect(find(text).filter((s) => s.speaker === null && /^asked$/i.test(s.cue))).toEqual([]);
  });
});

describe('findStatements: a quote closing one paragraph', () => {
  const text = 'Foreign Minister Sergei Lavrov\'s note of caution: "So far, I have no confirmation that he was killed."\n\nOther cautions, from Reuters: "A colonel told Reuters he was not in the town."';

  it('is not the content of a speaker and verb opening the next paragraph', () => {
    expect(find(text).map((s) => s.speaker)).not.toContain('Other');
  });

  it("belongs to the name before a possessive and a noun of saying: \"Lavrov's note of caution: ...\"", () => {
    expect(find(text)[0]).toMatchObject({ speaker: 'Foreign Minister Sergei Lavrov', cue: 'note of caution:', content: 'So far, I have no confirmation that he was killed.' });
  });
});

describe('findStatements: a cue inside a quote', () => {
  it('leaves the quote whole for its own speaker, and ends at the quote', () => {
    const statements = find('“God forbid we ask the FBI anything,” Gowdy said.');
    expect(statements).toContainEqual(expect.objectContaining({ speaker: 'Gowdy', content: 'God forbid we ask the FBI anything' }));
    expect(statements.filter((s) => s.content.includes('Gowdy'))).toEqual([]);
  });

  it('ends what a quoted speaker reports where that speaker goes on in a clause of their own', () => {
    expect(find('“I am here. The Kasterians said I was dead, and they lied about that,” the man says.')).toEqual([
      expect.objectContaining({ speaker: 'the man', content: 'I am here. The Kasterians said I was dead, and they lied about that' }),
      expect.objectContaining({ speaker: 'The Kasterians', content: 'I was dead' }),
    ]);
    expect(find('“Sources have told us three things: Dren was at the depot, he was wounded, and he is alive,” said Hollin.')).toContainEqual(
      expect.objectContaining({ speaker: 'Sources', content: 'three things: Dren was at the depot, he was wounded, and he is alive' }),
    );
  });

  it('reports words inside that quote, never the sentence before the quote opens', () => {
    const text = 'Douglas Brinkley, a historian who attended the session, recalled, "Out of nowhere, he said, we are done with waiting."';
    const inner = find(text).find((s) => s.cue === 'said');
    expect(inner?.content).toBe('Out of nowhere');
    expect(find('The ad uses footage of the mayor asking, “Why aren’t we further ahead, you might ask?”').map((s) => s.content)).not.toContainEqual(
      expect.stringContaining('The ad uses footage'),
    );
  });
});

describe('findStatements: speakers named across sentences', () => {
  it('resolves they, he, the ministry and a surname to the last fitting speaker', () => {
    const text = [
      'American and Iraqi officials quoted by Iraqi media said Baghdadi was injured. They said the information was gleaned from captives.',
      '“We have irrefutable information,” said Abu Ali al-Basri, head of the department. Mr Basri said he was unable to walk.',
      'He said Baghdadi was hiding in the Jazeera region.',
      'The war went on, with the Defense Ministry saying that 30 leaders were killed. The ministry said the leaders had gathered.',
    ].join('\n\n');
    const speakers = find(text).map((s) => [s.speaker, s.canonical]);
    expect(speakers).toEqual([
      ['American and Iraqi officials', 'American and Iraqi officials'],
      ['They', 'American and Iraqi officials'],
      ['Abu Ali al-Basri', 'Abu Ali al-Basri'],
      ['Mr Basri', 'Abu Ali al-Basri'],
      ['He', 'Abu Ali al-Basri'],
      ['the Defense Ministry', 'the Defense Ministry'],
      ['The ministry', 'the Defense Ministry'],
    ]);
  });

  it('ends a content at a coordinated clause with its own speaker and cue, who then speaks on', () => {
    const text = 'The Defence Ministry has denied that any civilian building was struck, and Mereth on Thursday repeated that denial. "We hit what we aimed at," he said.';
    const entities = entitiesIn(text, [['Defence Ministry', 'organization'], ['Mereth', 'person', 'Lukan Mereth']]);
    const found = analyzeText(text, false, entities).map((s) => [s.speaker?.canonical, s.cue.text, s.content.text]);
    expect(found).toEqual([
      ['Defence Ministry', 'denied', 'any civilian building was struck'],
      ['Lukan Mereth', 'repeated', 'denial'],
      ['Lukan Mereth', 'said', 'We hit what we aimed at'],
    ]);
  });

  it.each<[string, string]>([
    ['The strike hit the depot, said a spokesman for the ministry.', 'a spokesman for the ministry'],
    ['The strike hit the depot, said an official at the embassy on Tuesday.', 'an official at the embassy'],
    ['The strike hit the depot, said a source close to the family.', 'a source close to the family'],
    ['The toll is 87, according to officials in Mirvane.', 'officials in Mirvane'],
    // a venue or a time after the speaker is no part of it
    ['The strike hit the depot, said the minister in an interview.', 'the minister'],
    ['The strike hit the depot, said the minister in a statement on Friday.', 'the minister'],
  ])('reads a speaker after its verb with the phrase that ties it to its place: %s', (text, speaker) => {
    expect(find(text)).toEqual([expect.objectContaining({ speaker, content: text.slice(0, text.indexOf(',')) })]);
  });

  it('reads a negated auxiliary before the cue, written out or short, as negating the statement, and not as its speaker', () => {
    expect(find("He didn't suggest retaliation.")).toEqual([expect.objectContaining({ speaker: 'He', cue: 'suggest', content: 'retaliation', negated: true })]);
    expect(find('The militia has not confirmed that Dren was wounded.')).toEqual([
      expect.objectContaining({ speaker: 'The militia', cue: 'confirmed', content: 'Dren was wounded', negated: true }),
    ]);
    // A 'not' in an aside between the speaker and the cue is no part of it.
    expect(find('The ministry, which did not give a figure, said 87 people died.')).toEqual([expect.objectContaining({ speaker: 'The ministry', cue: 'said', negated: false })]);
  });

  it("ends a gerund clause before its subject at the comma, and reads 'citing' after a comma as the subject's", () => {
    expect(find('After saying her right foot was so swollen, she was whisked off to the hospital.')).toEqual([
      expect.objectContaining({ speaker: 'she', cue: 'saying', content: 'her right foot was so swollen' }),
    ]);
    expect(find('In 1986, the Supreme Court blocked the company from abandoning its plants, citing a threat to public health.')).toContainEqual(
      expect.objectContaining({ speaker: 'the Supreme Court', cue: 'citing', content: 'a threat to public health' }),
    );
  });

  it('reads a modal or an adverb before the cue as no speaker, and one statement where two fallbacks read the same words', () => {
    expect(find('I cannot fathom how Hillary Clinton has escaped charges.')).toEqual([expect.objectContaining({ speaker: 'I', content: 'how Hillary Clinton has escaped charges' })]);
    const speakers = find("Obama's aides were also complimentary, perhaps recognizing that imitation is the best form of flattery.").map((s) => s.speaker);
    expect(speakers).not.toContain('perhaps');
    expect(find('After a test in January, the Security Council imposed sweeping new sanctions that bar most trading.').map((s) => s.speaker)).not.toContain('new');
  });

  it("reads no speaker from a word that names nobody: 'there', a particle", () => {
    const taxes = 'Donald Trump, under fire over his taxes, is casting himself as a champion of the little guy when it comes to rewriting the tax code, but there’s little in his plan that matches his rhetoric.';
    expect(find(taxes).map((s) => s.speaker)).not.toContain('there');
    const burma = 'McConnell met with her and other Burmese leaders and came away convinced that concrete reforms from the military regime were underway.';
    expect(find(burma).map((s) => s.speaker)).not.toContain('away');
  });

  it('reads no statement from a speaker inside a free relative, which is part of a noun phrase', () => {
    expect(find('“The voice and the face match older recordings. What I cannot tell you is when it was made,” Brandt said.')).toEqual([
      expect.objectContaining({ speaker: 'Brandt', cue: 'said', content: 'The voice and the face match older recordings. What I cannot tell you is when it was made' }),
    ]);
    expect(find('“This is what we told everyone three weeks ago,” Danek said.')).toEqual([
      expect.objectContaining({ speaker: 'Danek', content: 'This is what we told everyone three weeks ago' }),
    ]);
  });

  it("reads an -s form after a quantifier as its noun ('some calls'), and a bare form as the verb ('some say')", () => {
    expect(find('Young died at a time when some calls into the VA hotline were going to voicemail.')).toEqual([]);
    expect(find('Some say the war is lost.')).toEqual([expect.objectContaining({ speaker: 'Some', cue: 'say', content: 'the war is lost' })]);
    // A number before a plural is its count: 'the 10 judges' are no speaker '10' with the cue 'judges'.
    expect(find('Of the 10 judges who will hear the case, six were appointed by Democratic presidents.')).toEqual([]);
    expect(find('Ten judges say the law is clear.')).toEqual([expect.objectContaining({ speaker: 'Ten judges', cue: 'say' })]);
    // An imperative has no speaker in the sentence.
    expect(find("Don't forget that your child is capable of earning money.").map((s) => s.speaker)).not.toContain("Don't");
  });

  it('reads no time and no clause as the speaker after an inverted verb', () => {
    // The speaker came before the verb; 'Tuesday' is when.
    expect(find('“Our assumption is that the veto will be overridden,” Senate Majority Leader Mitch McConnell, R-Ky., said Tuesday.')).toEqual([
      expect.objectContaining({ speaker: 'Senate Majority Leader Mitch McConnell', cue: 'said', content: 'Our assumption is that the veto will be overridden' }),
    ]);
    // A subject with a relative clause set off by commas says what follows the verb.
    expect(find("Conservative economist Aparna Mathur, who studies tax policy at the American Enterprise Institute, said Ivanka Trump's statement didn't clarify the matter.")).toEqual([
      expect.objectContaining({ speaker: 'Conservative economist Aparna Mathur', cue: 'said', content: "Ivanka Trump's statement didn't clarify the matter" }),
    ]);
    // But a clause after the relative clause is content, and the verb is inverted.
    expect(find('Dren, who fled in March, is alive, said the minister.')).toEqual([
      expect.objectContaining({ speaker: 'the minister', cue: 'said', content: 'Dren, who fled in March, is alive' }),
    ]);
    // A time opening the sentence is no part of the subject a participle takes.
    expect(find('Yesterday the Oren Valley Front put out the video: a bearded man at a table, saying he is Vasko Dren.')).toContainEqual(
      expect.objectContaining({ speaker: 'the Oren Valley Front', cue: 'saying' }),
    );
  });

  it('ends a content at a coordinated clause after a dash, and at a participle of speech after a comma', () => {
    expect(find('Fowler said the politics would be more intense — and he noted that any change would occur later.')).toEqual([
      expect.objectContaining({ speaker: 'Fowler', cue: 'said', content: 'the politics would be more intense' }),
      expect.objectContaining({ speaker: 'he', cue: 'noted', content: 'any change would occur later' }),
    ]);
    expect(find('Trump is defending his early-morning tweets about a former Miss Universe, saying it shows he would be awake for a 3 a.m. call.')).toEqual([
      expect.objectContaining({ speaker: 'Trump', cue: 'is defending', content: 'his early-morning tweets about a former Miss Universe' }),
      expect.objectContaining({ speaker: 'Trump', cue: 'saying', content: 'it shows he would be awake for a 3 a.m. call' }),
    ]);
  });

  it('finds the subject of "... and said" past an opening adverbial, and ends the first verb’s content before it', () => {
    expect(find('In an interview Thursday, the Wisconsin Republican criticized the president’s foreign policy and said allies were rattled.')).toEqual([
      expect.objectContaining({ speaker: 'the Wisconsin Republican', cue: 'criticized', content: 'the president’s foreign policy' }),
      expect.objectContaining({ speaker: 'the Wisconsin Republican', cue: 'said', content: 'allies were rattled' }),
    ]);
  });

  it('finds the subject of "... but acknowledged" in its own clause after a semicolon, past a time opening the sentence', () => {
    const text = "Two years ago, an air strike on Tolbek Children's Hospital killed 19 people; the army at first denied involvement but acknowledged a month later that one of its aircraft had hit the building by mistake.";
    expect(find(text)).toContainEqual(expect.objectContaining({ speaker: 'the army', cue: 'acknowledged', content: 'one of its aircraft had hit the building by mistake' }));
    expect(find('Two years ago, the army denied involvement but acknowledged later that one of its aircraft had hit the building.')).toContainEqual(
      expect.objectContaining({ speaker: 'the army', cue: 'acknowledged' }),
    );
  });

  it.each<[string, string]>([
    ['Donna Sampson Rawlings, 59, of Ashton, Md., said the event brought back memories.', 'Donna Sampson Rawlings'],
    ['Donna Sampson Rawlings, 59, of Ashton, Md., who watched the ceremony on the Mall, said the event brought back memories.', 'Donna Sampson Rawlings'],
  ])('a name before its age and hometown: %s', (text, speaker) => {
    expect(find(text)).toEqual([expect.objectContaining({ speaker, cue: 'said', content: 'the event brought back memories' })]);
  });

  it.each<[string, string]>([
    ['Opposition lawmakers in Telgrad said the ministry owed the public an explanation.', 'Opposition lawmakers in Telgrad'],
    ['Protesters marching through the streets chanted "What curfew?" and kept going.', 'Protesters marching through the streets'],
    // a preposition opening the clause is no part of the subject
    ['In Iowa Sanders said he would win the caucuses.', 'Iowa Sanders'],
  ])('a subject with a prepositional phrase after its head: %s', (text, speaker) => {
    expect(find(text)[0]).toMatchObject({ speaker });
  });

  it('takes no clause of a list before an aside for the subject', () => {
    expect(find('Prices rose, wages fell, growth slowed, Smith, an economist, said.')).toEqual([
      expect.objectContaining({ speaker: 'Smith', cue: 'said', content: 'Prices rose, wages fell, growth slowed' }),
    ]);
  });

  it('but not at a coordinated clause that is no attribution', () => {
    expect(find('Hamdan said Baghdadi then moved to Baghouz, and in early January he fled to the desert.')[0].content).toBe('Baghdadi then moved to Baghouz, and in early January he fled to the desert');
  });

  it('gives quoted sentences that follow to the same speaker', () => {
    const text = '“I saw him with my own eyes,” Jumah Hamdi Hamdan, 53, told the Guardian. “He was in Keshma. The fighting was very intense.”';
    expect(find(text)).toEqual([
      expect.objectContaining({ speaker: 'Jumah Hamdi Hamdan', cue: 'told the Guardian', content: 'I saw him with my own eyes' }),
      expect.objectContaining({ speaker: 'Jumah Hamdi Hamdan', cue: 'told the Guardian', content: 'He was in Keshma. The fighting was very intense.' }),
    ]);
  });

  it('names the speaker of a pronoun after a quote', () => {
    const text = 'SDF spokesman Mustafa Bali on Sunday said his fighters had battled their way forward.\n\n"Our forces are relying on direct combat," he told AFP.';
    expect(find(text).at(-1)).toMatchObject({ speaker: 'he', canonical: 'SDF spokesman Mustafa Bali', cue: 'told AFP', content: 'Our forces are relying on direct combat' });
  });
});

describe('findStatements: lexicon fallback (cue words PolNeAR train confirms)', () => {
  it.each<[string, Expected]>([
    ['Sanders blasted that the trade deal was a giveaway to corporations.',
      { speaker: 'Sanders', cue: 'blasted', content: 'the trade deal was a giveaway to corporations' }],
    ['The Front rejected the claim within hours.',
      { speaker: 'The Front', cue: 'rejected', content: 'the claim within hours' }],
    ['Republicans blasted the decision as one that would hurt farmers.',
      { speaker: 'Republicans', cue: 'blasted', content: 'the decision as one that would hurt farmers' }],
  ])('%s', (text, expected) => {
    expect(find(text)).toEqual([expect.objectContaining(expected)]);
  });

  // A trusted word that is no reporting verb needs a proposition after it; an action, a raising
  // verb or an infinitive is no statement, even where PolNeAR marks one.
  it.each([
    'Sanders blasted the trade deal as a giveaway to corporations.',
    'Trump seemed to back away from his earlier pledge.',
    'Since then, the Kurdish-led alliance has pushed the militants back to a patch of land.',
    'Student Abdalaziz Alhamza and his friends decided to form a band of citizen journalists.',
    'A recording was released, which seems to have caught officials by surprise.',
  ])('reads no statement in %j', (text) => {
    expect(analyzeText(text).filter((s) => s.rule === 'lexicon-speaker-cue')).toEqual([]);
  });

  it('gives way to the reporting-verb parser between its speaker and cue', () => {
    const text = 'American and Iraqi officials quoted by Iraqi media said Baghdadi was injured.';
    expect(find(text).map((s) => s.cue)).toEqual(['said']);
  });
});

describe('findStatements: a possessive before a cue word', () => {
  it('makes it a noun or an adjective, with no speaker', () => {
    expect(find('He did not mention Russia’s suspected ties to the hacking.').filter((s) => s.speaker === 'Russia’s')).toEqual([]);
  });
});

describe('findStatements: clauses near a verb that it does not report', () => {
  it('reads \'that\' right after a verb of saying as opening its clause, not as a speaker', () => {
    expect(find('Rep. Trey Gowdy said that claim smacked of hypocrisy.').map((s) => s.speaker)).toEqual(['Rep. Trey Gowdy']);
  });

  it('keeps a relative clause inside an infinitive’s object out of the verb’s content', () => {
    expect(find('She believes we must continue to push policies that help make up for racial divides.').map((s) => s.cue)).toEqual(['believes']);
  });

  it('is no content of the verb before the object', () => {
    expect(find('All agreed that the proposal would add so many new layers of complexity that it would be a boon for tax lawyers.')).toEqual([
      expect.objectContaining({ speaker: 'All', cue: 'agreed' }),
    ]);
  });
});

describe('findStatements: what a speaker asks of the reporter is no statement', () => {
  it('keeps the quote and drops the request for anonymity', () => {
    expect(find('“Our assessment has not changed,” a ministry official told MPA, speaking on condition of anonymity because he was not authorised to speak.')).toEqual([
      expect.objectContaining({ speaker: 'a ministry official', cue: 'told MPA', content: 'Our assessment has not changed' }),
    ]);
  });
});

describe('findStatements: not attributions', () => {
  it.each([
    'The views expressed in this column are the author’s own.',
    'Voters cast their ballots on Tuesday.',
    'His mother’s endorsed candidate lost the race.',
    'A second blast followed a few minutes later.',
    'The strike has drawn criticism over its toll on civilians.',
    'The Halvek strike has also drawn criticism over its toll on civilians.',
    'The said-to-be leader was never seen again.',
    'He was told to leave the city at once.',
    'They were saying goodbye at the station.',
    'A TASS statement was published on the agency’s site.',
    'Moscow’s claims that the strike hit the target were refuted.',
    'The Russian claim that he was dead was wrong.',
    'This photo shows an image grab taken from a propaganda video.',
    'The city was the first captured by the Islamic State in a blitz in June 2014.',
    'Reading the report, she frowned.',
    'The mine was built near a meandering mountain stream called Miracle Run.',
    'India and Pakistan spar over whether a leader of a Pakistan-based group called Lashkar-e-Taiba belongs on the list.',
    'On some weeks, the mine has had to operate on a three-day schedule because of the low demand for thermal coal, which is used to produce electric power.',
    // 'continue' with a plain object is no speech
    'Republicans in Congress will continue their legislative attacks.',
  ])('%s', (text) => {
    expect(find(text)).toEqual([]);
  });
});

describe('findStatements: the subject of a coordinated verb', () => {
  it('is the subject with its adverb left out, not a noun phrase ending in the verb', () => {
    expect(find('Reid frequently mocked Romney for not releasing his returns, claiming he had a source.')).toContainEqual(expect.objectContaining({ speaker: 'Reid', cue: 'claiming' }));
  });

  it('is never a determiner alone, where the subject could not be read', () => {
    expect(find('The unreleased report of the inquiry was leaked last week and said the army was to blame.').map((s) => s.speaker)).not.toContain('The');
  });
});

describe('findStatements: a cue word after an adjective or a bare verb', () => {
  it.each<[string, string]>([
    ['Trump did not unveil plans to pay for the expansion.', 'plans'],
    ['Clinton says Donald Trump’s flurry of late-night tweets targeting Alicia Machado was unhinged.', 'tweets'],
    ['He was asleep when late-night calls came in during the attack.', 'calls'],
  ])('is a noun: %s', (text, noun) => {
    expect(find(text).map((s) => s.cue)).not.toContain(noun);
  });

  it('is a verb after an adjective that heads its phrase, or a noun a tagger took for a verb', () => {
    expect(find('The military says the strike hit a depot.')).toContainEqual(expect.objectContaining({ speaker: 'The military', cue: 'says' }));
    expect(find('The group compared the images. The later image shows that most of the roof has collapsed.')).toContainEqual(expect.objectContaining({ speaker: 'The later image', cue: 'shows' }));
  });
});

describe('findStatements: what a speaker says they think or want', () => {
  it.each<[string, Expected]>([
    ['Clinton said she thinks America is strongest when people work together.',
      { speaker: 'Clinton', cue: 'said', content: 'she thinks America is strongest when people work together' }],
    ['Bobby Scott said he plans to ramp up fundraising and hire staff.',
      { speaker: 'Bobby Scott', cue: 'said', content: 'he plans to ramp up fundraising and hire staff' }],
    ['Clinton said, “I think it’s important to know the facts about any incident like this.”',
      { speaker: 'Clinton', cue: 'said', content: 'I think it’s important to know the facts about any incident like this.', kind: 'direct' }],
  ])('is one statement: %s', (text, expected) => {
    expect(find(text)).toEqual([expect.objectContaining(expected)]);
  });

  it.each<[string, string]>([
    // another's intention, told by the speaker, is a relay
    ['Merrill says Machado promised to continue supporting Clinton.', 'promised'],
    ['Merrill says Machado hopes to continue supporting Clinton.', 'hopes'],
    // a pronoun after 'according to' is not the source
    ['According to MPA, he believes those sources are wrong.', 'believes'],
    // a deed told as past is a statement of its own
    ['He said he declined to describe those sources.', 'declined'],
    // a negated belief decides the stance toward its content
    ['He said he does not think Dren is dead.', 'think'],
    ['Clinton said, “I don’t believe he is dead.”', 'believe'],
  ])('keeps the statement inside: %s', (text, cue) => {
    expect(find(text).map((s) => s.cue)).toContain(cue);
  });

  it('keeps the thought of a pronoun that does not open the content', () => {
    expect(find('Chaffetz insisted he has different questions for Pagliano than the ones he believes were answered.').map((s) => s.cue)).toContain('believes');
  });
});

describe('findStatements: a cue word that modifies or names (src/analyze/statements/attributiveCues.ts)', () => {
  it.each<[string, boolean]>([
    ['Broadcaster Plays Alleged Audio of the Halvek Strike', true],
    ['A woman identified as Eva Marten, an activist for the group, demanded to know whether the mayor knew.', false],
    ['Karel Vostrik found dead in his apartment', true],
    // The speaker is only the article and adjective of the cue noun.
    ['A Curious Plan to Fight the Drought: Buy Wells, Sell Water', true],
    // Guards: read right before this rule too, by other means.
    ['Police Probing Purported Video of Militia Leader', true],
    ['The alleged killer was arrested on Tuesday.', false],
    ['Militia spy named as former teacher from Halvek', true],
  ])('no statement: %s', (text, title) => {
    expect(find(text, title).filter((s) => /^(?:alleged|purported|named|identified|found|plan)$/i.test(s.cue))).toEqual([]);
  });

  it.each<[string, string]>([
    ['Police alleged Dren was in the town that night.', 'alleged'],
    ['The study found widespread abuse in the prisons.', 'found'],
    ['Many fear the militia will return to Halvek.', 'fear'],
    ["Nine people were injured by an explosion that Mayor Ana Veld described as “an intentional act.”", "described"],
  ])('still a statement: %s', (text, cue) => {
    expect(find(text).map((s) => s.cue)).toContain(cue);
  });
});

describe('findStatements: a source that is only the modifier of the noun after it', () => {
  it.each<[string, boolean]>([
    ['The latest reports about the injuries he suffered as a result of the drone strike suggest that the true reason they spread was because his wounds were so severe.', false],
    ['The Latest: Militia’s leaked files not from Halvek', true],
  ])('%s', (text, title) => {
    expect(find(text, title).map((s) => s.speaker?.toLowerCase())).not.toContain('the latest');
  });
});

describe('findStatements: a pronoun does not point to the one told (resolveSpeakers.ts)', () => {
  it("'in confirming the story to CNN, they said': they are the officials, not CNN", () => {
    const text = 'American officials said the commander had been wounded. However, in confirming the story to CNN, they said it was still unclear when he had been hit.';
    const they = analyzeText(text, false, entitiesIn(text, [['CNN', 'organization']])).find((s) => s.speaker?.text === 'they');
    expect(they?.speaker?.canonical).toBe('American officials');
  });
});
