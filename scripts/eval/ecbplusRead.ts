/**
 * Reads ECB+ (Cybulska & Vossen 2014) topics into plain-text articles with
 * their gold event mentions. Only the development topics 1–35 are ever
 * opened: 36–45 are the held-out test split, and readTopic refuses them.
 *
 * A document is tokens (<token t_id sentence number>word</token>), markables
 * (ACTION_OCCURRENCE m_id with <token_anchor t_id/> children; a markable
 * without anchors and with instance_id is an instance), and CROSS_DOC_COREF
 * relations linking source mentions to an instance target. The text is the
 * sentences, one a line, tokens joined back the way they were written
 * ("Reid ' s" -> "Reid's", "`` We" -> "\"We"), with each token's char span.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The last development topic; 36–45 are test and must never be read here. */
export const lastDevelopmentTopic = 35;

export interface EcbToken {
  id: string;
  sentence: number;
  word: string;
  start: number;
  end: number;
}

export interface EcbMention {
  id: string;
  docName: string;
  topic: number;
  sentence: number;
  tokens: EcbToken[];
  /** The cross-document instance it refers to, or null (a singleton). */
  instance: string | null;
}

export interface EcbDocument {
  topic: number;
  docName: string;
  /** Sentence 0 of the ecbplus half: the page address, written as tokens ("http : / / ..."). */
  address: string | null;
  title: string;
  text: string;
  tokens: EcbToken[];
  mentions: EcbMention[];
}

const attr = (tag: string, name: string): string | undefined => new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1];
const unescapeXml = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

// Tokens glued to the previous word: "Center ," -> "Center,", "do n't" -> "don't".
const noSpaceBefore = new Set(['.', ',', ':', ';', '?', '!', ')', ']', '%', "''", '”', '’', '...', '…', "'s", "'re", "'m", "'ve", "'d", "'ll", "n't"]);
// Tokens glued to the next word: "`` We" -> "\"We", "( AP" -> "(AP".
const noSpaceAfter = new Set(['``', '“', '(', '[', '$', '‘']);
const rewritten: Record<string, string> = { '``': '"', "''": '"' };

/** One sentence's words as written, with each token's span relative to the line start. */
export function joinSentence(words: readonly string[]): { line: string; spans: [number, number][] } {
  let line = '';
  const spans: [number, number][] = [];
  let glueNext = true;
  let quoteOpen = false;
  words.forEach((word, i) => {
    const shown = rewritten[word] ?? word;
    // "26 - year - old" -> "26-year-old"; "1 : 30" -> "1:30" (dashes are "--" or "—" and stay spaced).
    const joiner = word === '-' || (word === ':' && /^\d+$/.test(words[i - 1] ?? '') && /^\d+$/.test(words[i + 1] ?? ''));
    let glue = glueNext || joiner || noSpaceBefore.has(word);
    let glueAfter = joiner || noSpaceAfter.has(word);
    // A plain '"' opens then closes: 'said " yes "' -> 'said "yes"'.
    if (word === '"') {
      if (quoteOpen) glue = true;
      else glueAfter = true;
      quoteOpen = !quoteOpen;
    }
    if (!glue) line += ' ';
    spans.push([line.length, line.length + shown.length]);
    line += shown;
    glueNext = glueAfter;
  });
  return { line, spans };
}

const looksLikeAddress = (words: readonly string[]) => /^(https?|www)$/i.test(words[0] ?? '');

/** The checked sentences: "topic/docName" -> sentence numbers (ECBplus_coreference_sentences.csv). */
export function readCheckedSentences(root: string): Map<string, Set<number>> {
  const checked = new Map<string, Set<number>>();
  for (const line of readFileSync(join(root, 'ECBplus_coreference_sentences.csv'), 'utf8').split(/\r?\n/).slice(1)) {
    const [topic, file, sentence] = line.split(',');
    if (!sentence || Number(topic) > lastDevelopmentTopic) continue;
    const key = `${topic}_${file}`;
    checked.set(key, (checked.get(key) ?? new Set()).add(Number(sentence)));
  }
  return checked;
}

export function readDocument(xml: string, topic: number, docName: string): EcbDocument {
  const raw = [...xml.matchAll(/<token\b([^>]*)>([^<]*)<\/token>/g)].map((m) => ({ id: attr(m[1], 't_id')!, sentence: Number(attr(m[1], 'sentence')), word: unescapeXml(m[2]) }));
  const sentences = [...new Set(raw.map((t) => t.sentence))].sort((a, b) => a - b);
  const tokens: EcbToken[] = [];
  const lines: string[] = [];
  let address: string | null = null;
  let offset = 0;
  for (const sentence of sentences) {
    const words = raw.filter((t) => t.sentence === sentence);
    if (sentence === sentences[0] && looksLikeAddress(words.map((w) => w.word))) {
      address = words.map((w) => w.word).join('');
      continue;
    }
    const { line, spans } = joinSentence(words.map((w) => w.word));
    words.forEach((w, i) => tokens.push({ ...w, start: offset + spans[i][0], end: offset + spans[i][1] }));
    lines.push(line);
    offset += line.length + 1;
  }
  const tokenById = new Map(tokens.map((t) => [t.id, t]));
  const markables = xml.split('<Markables>')[1]?.split('</Markables>')[0] ?? '';
  const instanceOf = new Map<string, string>();
  for (const m of markables.matchAll(/<([A-Z_]+)\b([^>]*?)\/>/g)) {
    const instance = attr(m[2], 'instance_id');
    if (instance) instanceOf.set(attr(m[2], 'm_id')!, instance);
  }
  const mentionInstance = new Map<string, string>();
  for (const [, body] of xml.matchAll(/<CROSS_DOC_COREF\b[^>]*>([\s\S]*?)<\/CROSS_DOC_COREF>/g)) {
    const target = /<target m_id="([^"]+)"/.exec(body)?.[1];
    const instance = target ? instanceOf.get(target) : undefined;
    if (!instance) continue;
    for (const s of body.matchAll(/<source m_id="([^"]+)"/g)) mentionInstance.set(s[1], instance);
  }
  const mentions: EcbMention[] = [];
  // Event mentions: ACTION_OCCURRENCE, ACTION_REPORTING, ..., NEG_ACTION_STATE, with their anchors.
  for (const m of markables.matchAll(/<((?:NEG_)?ACTION_[A-Z]+)\b([^>]*?)>([\s\S]*?)<\/\1>/g)) {
    const id = attr(m[2], 'm_id')!;
    const anchored = [...m[3].matchAll(/t_id="([^"]+)"/g)].map((a) => tokenById.get(a[1])).filter((t): t is EcbToken => Boolean(t));
    if (!anchored.length) continue;
    mentions.push({ id: `${docName}:${id}`, docName, topic, sentence: anchored[0].sentence, tokens: anchored, instance: mentionInstance.get(id) ?? null });
  }
  return { topic, docName, address, title: lines[0] ?? docName, text: lines.join('\n'), tokens, mentions };
}

/** Every document of one development topic; a test topic (36–45) is refused, never opened. */
export function readTopic(root: string, topic: number): EcbDocument[] {
  if (!Number.isInteger(topic) || topic < 1 || topic > lastDevelopmentTopic) throw new Error(`ECB+ topic ${topic} is not a development topic (1–${lastDevelopmentTopic}); topics 36–45 are the held-out test split`);
  const folder = join(root, 'ECB+', String(topic));
  return readdirSync(folder)
    .filter((f) => f.endsWith('.xml'))
    .sort()
    .map((f) => readDocument(readFileSync(join(folder, f), 'utf8'), topic, f.replace(/\.xml$/, '')));
}

/** The development topics present under ROOT/ECB+, never listing past 35. */
export function developmentTopics(root: string): number[] {
  return readdirSync(join(root, 'ECB+'))
    .map(Number)
    .filter((t) => Number.isInteger(t) && t >= 1 && t <= lastDevelopmentTopic)
    .sort((a, b) => a - b);
}
