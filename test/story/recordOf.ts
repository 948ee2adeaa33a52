import type { ArticleRecord } from '../../src/record/articleRecord.js';

type Entity = ArticleRecord['entities'][number];
type Statement = ArticleRecord['statements'][number];

/**
 * A one-statement article record built by hand, so stance and proposition
 * tests do not depend on the extraction stages: `speaker said: content`,
 * with the named people tagged wherever they occur.
 */
export function recordOf(speaker: string, content: string, people: string[] = [], extra: Partial<Statement> = {}): ArticleRecord {
  const title = 'Story';
  const body = `${speaker} said ${content}`;
  const text = `${title}\n\n${body}`;
  const bodyStart = title.length + 2;
  const contentStart = bodyStart + speaker.length + 6;
  const entities: Entity[] = [];
  for (const name of people) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      entities.push({ text: name, type: 'person', canonical: name, start: at, end: at + name.length, rule: 'fixture' });
    }
  }
  return {
    id: `fixture-${content.length}`,
    source: 'fixture.txt',
    url: null,
    format: 'text',
    encoding: 'utf-8',
    title,
    title_how: 'fixture',
    outlet: { name: 'Fixture Post', how: 'manifest' },
    published: { value: '2017-06-16', earliest: null, latest: null, how: 'manifest', confidence: 1 },
    authors: [],
    text_how: null,
    text,
    paragraphs: [
      { start: 0, end: title.length, kind: 'title' },
      { start: bodyStart, end: text.length, kind: 'body' },
    ],
    removed: [],
    entities,
    times: [],
    statements: [
      {
        id: 's1',
        speaker: { text: speaker, canonical: speaker, start: bodyStart, end: bodyStart + speaker.length },
        cue: { text: 'said', start: bodyStart + speaker.length + 1, end: bodyStart + speaker.length + 5 },
        content: { text: content, start: contentStart, end: contentStart + content.length },
        kind: 'indirect',
        hedges: [],
        negated: false,
        negation: [],
        rule: 'fixture',
        ...extra,
      },
    ],
  };
}

/**
 * An article of the outlet's own sentences only, no statements, with the
 * given names tagged as `type` wherever they occur: for what a story reads
 * from narration ('Killed in the strike: wrong.', 'had hit the building').
 */
export function narrationOf(body: string, names: string[], type: Entity['type'], title = 'Story'): ArticleRecord {
  const base = recordOf('Nobody', 'nothing', []);
  const text = `${title}\n\n${body}`;
  const entities = names.flatMap((name) =>
    [...text.matchAll(new RegExp(name, 'g'))].map((m): Entity => ({ text: name, type, canonical: name, start: m.index, end: m.index + name.length, rule: 'fixture' })));
  return { ...base, text, entities, statements: [], title, paragraphs: [{ start: 0, end: title.length, kind: 'title' }, { start: title.length + 2, end: text.length, kind: 'body' }] };
}
