import { describe, expect, it } from 'vitest';
import { analyzeText } from './analyzeText.js';

function found(text: string): string[] {
  return analyzeText(text).entities.map((entity) => `${entity.text}/${entity.type}`);
}

describe('findEntities', () => {
  it.each([
    // titles are kept out of the name but make it a person
    ['said Russian Deputy Foreign Minister Oleg Syromolotov on Thursday.', ['Oleg Syromolotov/person']],
    ['From the roof, Maj. Gen. Ali Alami said the complex was liberated.', ['Ali Alami/person']],
    ['Iraqi Prime Minister Haider al-Abadi said the destruction was a declaration of defeat.', ['Haider al-Abadi/person']],
    ['“The game is up,” U.S. Air Force Brigadier General Matthew Isler told Reuters.', ['U.S. Air Force/organization', 'Matthew Isler/person', 'Reuters/organization']],
    ['Mr Basri said he was unable to walk without assistance.', ['Basri/person']],
    // lowercase role nouns before a name
    ['analyst Hisham al-Hashimi, who has advised the government, told Reuters.', ['Hisham al-Hashimi/person', 'Reuters/organization']],
    ['SDF spokesman Mustafa Bali on Sunday afternoon said his fighters had battled on.', ['SDF/organization', 'Mustafa Bali/person']],
    // Arabic name particles stay inside the name
    ['the leader of the group, Abu Bakr al-Baghdadi, addressed worshippers.', ['Abu Bakr al-Baghdadi/person']],
    ['a man identified as Ibrahim Awwad Ibrahim Ali al-Badri al-Samarrai.', ['Ibrahim Awwad Ibrahim Ali al-Badri al-Samarrai/person']],
    // organisation heads, connectors and known names
    ['the Russian Defense Ministry said via state news agency TASS that it struck.', ['Russian Defense Ministry/organization', 'TASS/organization']],
    ['The claim received corroboration from the Syrian Observatory for Human Rights on Monday.', ['Syrian Observatory for Human Rights/organization']],
    ['Back in June the Russian Ministry of Defence published a claim.', ['Russian Ministry of Defence/organization']],
    ['After Russia first reported it, the Pentagon said it had no information.', ['Russia/place', 'Pentagon/organization']],
    ['witnesses told the Guardian on Monday.', ['Guardian/organization']],
    // places: gazetteer, prepositions and place nouns
    ['It took place in September in a hamlet in eastern Syria, al-Keshma, near Baghouz.', ['Syria/place', 'Baghouz/place']],
    ['He was in Keshma when it began.', ['Keshma/place']],
    ['He said Baghdadi was hiding in the Jazeera region, close to the Euphrates River.', ['Jazeera/place', 'Euphrates River/place']],
    ['A son of Baghdadi was killed in the Syrian city of Homs last year.', ['Homs/place']],
    // possessives and hyphenated modifiers are cut off
    ['Foreign Minister Sergei Lavrov’s note of caution came later.', ['Sergei Lavrov/person']],
    ['IS jihadists blew up Mosul’s iconic leaning minaret.', ['IS/organization', 'Mosul/place']],
    ['under attack by the US-backed Syrian Democratic Forces (SDF).', ['US/place', 'Syrian Democratic Forces/organization', 'SDF/organization']],
    ['the mosque in the IS-held northern Iraqi city of Mosul.', ['IS/organization', 'Mosul/place']],
    // a surname alone is typed by the full name elsewhere in the article
    ['“I saw him,” Jumah Hamdi Hamdan, 53, told reporters. Hamdan said he then moved on.', ['Jumah Hamdi Hamdan/person', 'Hamdan/person']],
  ])('finds the names in %j', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  // Each text with a word that must not come out as (part of) an entity.
  it.each([
    ['The ministry said the IS leaders were gathered.', 'The'],
    ['However, he had now recovered to some extent, they believe.', 'However'],
    ['Supposedly Al-Baghdadi’s injuries were severe, and the injuries were known.', 'Supposedly'],
    ['The strike took place on Thursday, May 28.', 'May'],
    ['The strike took place on Thursday, May 28.', 'Thursday'],
    ['the Russian air strike which took place in May', 'Russian'],
    ['Reports by US and Iraqi officials apparently confirm the claims.', 'Iraqi'],
    ['The Russians subsequently claimed that the Russians were right.', 'Russians'],
    ['They were mainly Tunisians and there were many people killed.', 'Tunisians'],
    ['populated by Sunni Arab tribes, analysts say.', 'Sunni Arab'],
    ['the Iraqi interior ministry’s intelligence department', 'ministry'],
    ['a group of Su-34 bombers and Su-35 fighter jets', 'Su-34'],
    ['THE LEADER IS DEAD, SAYS THE RUSSIAN MILITARY', 'IS'],
    ['Help us grow. Support the site.', 'Help'],
  ])('in %j finds no entity %j', (text, word) => {
    const texts = analyzeText(text).entities.map((entity) => entity.text);
    expect(texts.filter((name) => name.split(/\s+/).includes(word) || name === word)).toEqual([]);
  });

  it('keeps a possessive out of the span', () => {
    const doc = analyzeText('Abu Bakr al-Baghdadi leads it. Baghdadi’s whereabouts are unknown.');
    const baghdadi = doc.entities.find((entity) => entity.text === 'Baghdadi');
    expect(baghdadi && doc.text.slice(baghdadi.start, baghdadi.end)).toBe('Baghdadi');
  });

  it("keeps a possessive inside an institution's name, and out of a person's", () => {
    expect(found("Two years ago, an air strike on Tolbek Children's Hospital killed 19 people.").map((n) => n.split('/')[0])).toEqual(["Tolbek Children's Hospital"]);
    expect(found("Sergei Lavrov's note reached the Foreign Ministry.")).toContain('Sergei Lavrov/person');
  });

  it('records the rule behind every entity', () => {
    for (const entity of analyzeText('Iraqi Prime Minister Haider al-Abadi spoke in Mosul.').entities) expect(entity.rule).not.toBe('');
  });
});
