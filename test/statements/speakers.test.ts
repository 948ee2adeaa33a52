import { describe, expect, it } from 'vitest';
import type { EntityType } from '../../src/analyze/types.js';
import { analyzeText, entitiesIn } from './analyzeText.js';

/** (speaker as written, canonical, cue) of each statement, with the named entities the entity stage would find. */
function speakers(text: string, names: [string, EntityType, string?][] = [], title = false) {
  return analyzeText(text, title, entitiesIn(text, names)).map((s) => [s.speaker?.text ?? null, s.speaker?.canonical ?? null, s.cue.text]);
}

describe('findStatements: a pronoun speaker continues the last speaker', () => {
  const danek = [
    'Colonel Aurel Danek told the Ledger that Dren was not believed to have been in Halvek.',
    'Danek said the deputy, Emil Vantosh, may have been killed in the strike. He said his officers had found "nothing that points to Dren" in the rubble.',
    'Asked about Kasteria’s figure of 23 dead militants, he said only that "the number will be lower than that".',
  ].join('\n\n');
  const names: [string, EntityType, string?][] = [['Aurel Danek', 'person'], ['Danek', 'person', 'Aurel Danek'], ['Emil Vantosh', 'person'], ['Dren', 'person', 'Vasko Dren'], ['Kasteria', 'organization']];

  it('not a person named inside the previous content, nor one after an opening adverbial clause', () => {
    expect(speakers(danek, names)).toEqual([
      ['Colonel Aurel Danek', 'Aurel Danek', 'told the Ledger'],
      ['Danek', 'Aurel Danek', 'said'],
      ['He', 'Aurel Danek', 'said'],
      [null, null, 'Asked'],
      ['he', 'Aurel Danek', 'said'],
    ]);
  });

  it('unless someone is named in the narration of its own sentence', () => {
    const text = 'Hollin spoke as the Interior Ministry announced arrests.\n\nHollin’s news conference came as the Interior Ministry announced that it had arrested four men, a case he said was "connected to the treatment of the commander".';
    expect(speakers(text, [['Hollin', 'person', 'Kasimir Hollin'], ['Interior Ministry', 'organization']]).at(-1)).toEqual(['he', 'Kasimir Hollin', 'said']);
  });

  it('but a pronoun inside a quotation is the quoted speaker’s own word', () => {
    const text = 'The Ledger asked the ministry.\n\n"They say nothing civilian was hit. Let them come and see," Sorel said.';
    expect(speakers(text, [['Ledger', 'organization'], ['Sorel', 'person', 'Anika Sorel']])).toContainEqual(['They', 'They', 'say']);
  });

  it('and "it" after a preposition is an object, not the speaker', () => {
    expect(speakers('The man in it calls the strike "the cowardly attack at the depot".')).toEqual([['The man in it', 'The man in it', 'calls']]);
  });
});

describe('findStatements: "the ministry" points back like a pronoun', () => {
  const names: [string, EntityType, string?][] = [['Defence Ministry', 'organization'], ['Kasimir Hollin', 'person'], ['Lessarian Interior Ministry', 'organization'], ['Interior Ministry', 'organization']];

  it('to the ministry that spoke, not one named in another speaker’s apposition', () => {
    const text = [
      'The Defence Ministry said on Friday that Dren survived the strike.',
      'Brigadier Kasimir Hollin, the intelligence director of the Lessarian Interior Ministry, said Dren had been injured.',
      'Four days after the strike, the ministry said that Dren may have been eliminated.',
    ].join('\n\n');
    expect(speakers(text, names).at(-1)).toEqual(['the ministry', 'Defence Ministry', 'said']);
  });

  it('else to a ministry named in the narration', () => {
    const text = 'The Interior Ministry opened an inquiry on Monday.\n\nThe ministry said four men were held.';
    expect(speakers(text, names)).toEqual([['The ministry', 'Interior Ministry', 'said']]);
  });

  it('but not to one named only in an apposition', () => {
    const text = 'Kasimir Hollin, the director of the Interior Ministry, said Dren was hurt.\n\nThe ministry said four men were held.';
    expect(speakers(text, names).at(-1)).toEqual(['The ministry', 'The ministry', 'said']);
  });
});

describe('findStatements: what stands before or after the speaker is not part of it', () => {
  it.each<[string, string, string]>([
    // a time adverbial opening the clause
    ['On Tuesday its spokesman, Colonel Teodor Maslan, said the strike had hit only a command post.', 'its spokesman, Colonel Teodor Maslan', 'Teodor Maslan'],
    ['In late March the ministry said a militia video had been recorded before the strike.', 'the ministry', 'the ministry'],
    ['For three months the ministry told us the commander was dead.', 'the ministry', 'the ministry'],
    ['On Thursday The Frontier Dispatch reported that Dren was brought over the ridge.', 'The Frontier Dispatch', 'The Frontier Dispatch'],
    ['Today the ministry’s spokesman told the state broadcaster that the video was old.', 'the ministry’s spokesman', 'the ministry’s spokesman'],
    // but a time word that modifies the noun stays
    ['The later image shows that most of the roof has collapsed.', 'The later image', 'The later image'],
    // a name in apposition gives the canonical
    ['The ministry’s spokesman, Igor Konashenkov, said the strike was planned.', 'The ministry’s spokesman, Igor Konashenkov', 'Igor Konashenkov'],
    // an aside that is not a name does not
    ['Hamdan, 53, told the Guardian he saw him.', 'Hamdan', 'Hamdan'],
  ])('%s', (text, speaker, canonical) => {
    expect(speakers(text)[0]).toEqual([speaker, canonical, expect.any(String)]);
  });

  it('an object with an indefinite article is no speaker: "struck a more cautious note"', () => {
    expect(speakers('Foreign Minister Mira Oszko struck a more cautious note. Speaking at a news conference, she said nothing.')).not.toContainEqual(expect.arrayContaining(['note']));
  });

  it('takes the entity of the head word, not of a modifier', () => {
    const text = 'Colonel Teodor Maslan said the target was hit. On Tuesday its spokesman, Colonel Teodor Maslan, said no hospital was hit. Korvath security head says Dren was elsewhere.';
    expect(speakers(text, [['Teodor Maslan', 'person'], ['Korvath', 'place']])).toEqual([
      ['Colonel Teodor Maslan', 'Teodor Maslan', 'said'],
      ['its spokesman, Colonel Teodor Maslan', 'Teodor Maslan', 'said'],
      ['Korvath security head', 'Korvath security head', 'says'],
    ]);
  });
});

describe('findStatements: headline speakers are noun phrases', () => {
  it.each<[string, string]>([
    ['Militia chief "not believed to have been" in Halvek, Korvath security head says', 'Korvath security head'],
    ['Dren survived Halvek strike with severe injuries, Lessarian intelligence says', 'Lessarian intelligence'],
    ['Russia says it’s ‘highly likely’ IS leader killed in recent airstrike', 'Russia'],
  ])('%s', (title, speaker) => {
    const names: [string, EntityType, string?][] = [['Korvath', 'place'], ['Lessarian', 'organization'], ['Russia', 'place'], ['Halvek', 'place']];
    expect(speakers(title, names, true)[0]).toEqual([speaker, speaker, expect.stringMatching(/^says$/i)]);
  });
});

describe('findStatements: no second statement for a passive inside reported words', () => {
  it('Danek told the Ledger Dren was not believed to have been in Halvek', () => {
    expect(speakers('But Colonel Aurel Danek told the Ledger that Dren was not believed to have been in Halvek when the drones struck.')).toEqual([
      ['Colonel Aurel Danek', 'Colonel Aurel Danek', 'told the Ledger'],
    ]);
  });

  it('keeps a passive with no speaker around it', () => {
    expect(speakers('Dren was not believed to have been in Halvek.')).toEqual([[null, null, 'was not believed']]);
  });
});
