import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/analyze/analyzeArticle.js';

const entitiesOf = async (text: string): Promise<string[]> => {
  const analysed = await analyzeArticle({ source: 'story.txt', format: 'text', content: text, encoding: 'utf-8' });
  return analysed.document.entities.map((entity) => `${entity.text}:${entity.type}`);
};

describe('a full name opening a sentence, confirmed by its surname mid-sentence', () => {
  it("reads 'Vasko Dren' as a person, and 'Dren' after it, when 'Dren' alone stands inside a sentence", async () => {
    const entities = await entitiesOf(
      'Villagers say the chief is hiding\n\nVasko Dren, the Oren Valley Front commander who survived a drone strike in Halvek, has been hiding in villages. A shepherd said he recognised Dren from posters.',
    );
    expect(entities).toContain('Vasko Dren:person');
    expect(entities).toContain('Dren:person');
  });

  it('leaves a sentence-opening pair of capitals alone when nothing else names it', async () => {
    const entities = await entitiesOf('Storm warning\n\nHeavy Rain fell on the coast overnight, and the roads were closed until noon.');
    expect(entities.filter((entity) => entity.startsWith('Heavy Rain'))).toEqual([]);
  });
});
