/**
 * A synthetic news corpus for the scale benchmark: N articles about one
 * contested story (or several, of halving sizes: `stories`), written from a fixed pool of claims so that the same
 * claim recurs across many articles in different words (different cue,
 * hedge, relay, date), as it does across real outlets. Seeded, so every run
 * of a size produces the same corpus.
 *
 * Each article is 2-6 KB with a headline, a standfirst, a dateline lead,
 * quoted and reported statements, background with relative dates, and the
 * page furniture scrapes carry. Like real input it comes in three shapes:
 * scraped text files (60%), HTML pages (30%) and JSONL feed lines (10%).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { seededRandom } from '../seededRandom.js';

type Random = () => number;

const seeded = seededRandom;

const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)];

const outlets = ['Meridian Press Agency', 'Korvath Today', 'The Sorvo Ledger', 'Northwind Herald', 'Ridgeline Post', 'Frontier Dispatch', 'Civic Lens', 'KRT News'];
export const places = ['Halvek', 'Brask', 'Telgrad', 'Vell Pass', 'the Oren Valley', 'Kasteria', 'Lessaria', 'the Serrin Mountains'];
export const speakers = [
  'the Kasterian Defence Ministry', 'Foreign Minister Ilse Varga', 'a spokesman for the Oren Valley Front', 'General Pavel Strand',
  'the Lessarian Interior Ministry', 'Halvek hospital director Amra Solen', 'a senior security official', 'local residents',
  'the United Nations mission', 'Governor Jonas Teller', 'two witnesses', 'a militia commander who asked not to be named',
];
export const propositions = [
  'Vasko Dren was killed in the drone strike on Halvek', 'Vasko Dren survived the strike with serious injuries',
  'the hospital wing in Halvek was hit by a missile', 'the hospital was used to store weapons', 'militia fighters crossed the border at Vell Pass',
  'the video released by the militia was recorded after the strike', 'the strike killed at least 14 civilians', 'no civilians were in the building',
  'Dren had left Halvek two days before the strike', 'Kasterian troops fired first near the border post', 'the convoy carried medical supplies',
  'the militia had moved its headquarters to the Serrin Mountains', 'a ceasefire had been agreed on the eve of the strike', 'the bridge at Brask was destroyed by shelling',
];
const cues = ['said', 'told reporters', 'said in a statement', 'told Reuters', 'claimed', 'insisted', 'wrote on social media', 'confirmed'];
const denials = ['denied that', 'rejected claims that', 'dismissed reports that'];
const hedges = ['', '', 'it is likely that ', 'it is believed that ', 'there is evidence that '];
const times = ['on Monday', 'on Tuesday', 'last week', 'on March 13', 'in late March', 'two days later', 'on the morning of April 2', 'earlier this month', 'three weeks ago'];
const background = [
  'The conflict in the Oren Valley has displaced tens of thousands of people since the autumn, according to aid agencies.',
  'Kasteria and Lessaria have traded accusations over the border region for more than a decade.',
  'Independent journalists have had little access to the area, and claims by both sides could not be verified.',
  'The militia controls most of the villages north of the Halvek road, a route that is closed to vehicles in winter.',
  'Satellite images published by a private company showed damage to at least three buildings in the town centre.',
  'Previous reports of the commander\'s death, in 2019 and again last year, proved to be false.',
];
const furniture = ['Share this article', 'Read more: Timeline of the Oren Valley conflict', 'Advertisement', 'Sign up for our morning briefing', 'Comments (12)'];

function statement(random: Random, claim: number): string {
  const [speaker, proposition] = [speakers[claim % speakers.length], propositions[claim % propositions.length]];
  const when = pick(random, times);
  const capital = speaker[0].toUpperCase() + speaker.slice(1);
  switch (Math.floor(random() * 4)) {
    case 0:
      return `"${(pick(random, hedges) + proposition).replace(/^./, (c) => c.toUpperCase())}," ${speaker} ${pick(random, cues)} ${when}.`;
    case 1:
      return `${capital} ${pick(random, cues)} ${when} that ${pick(random, hedges)}${proposition}.`;
    case 2:
      return `${capital} ${pick(random, denials)} ${proposition}, calling the reports "baseless".`;
    default:
      return `According to ${speaker}, ${pick(random, hedges)}${proposition}. The claim could not be independently verified.`;
  }
}

interface Article {
  title: string;
  outlet: string;
  published: string;
  paragraphs: string[];
}

/** One article; `serial` keeps every text distinct, so every content hash differs. */
function article(random: Random, serial: number, claimPool: number): Article {
  const outlet = pick(random, outlets);
  const day = 1 + (serial % 90);
  const published = new Date(Date.UTC(2025, 2, 1 + day)).toISOString().slice(0, 10);
  const claims = Array.from({ length: 3 + Math.floor(random() * 4) }, () => Math.floor(random() * claimPool));
  const place = pick(random, places);
  const paragraphs = [`${place.replace(/^the /, '').toUpperCase()} (${outlet}) — ${statement(random, claims[0])}`];
  for (const claim of claims.slice(1)) {
    paragraphs.push(statement(random, claim));
    if (random() < 0.6) paragraphs.push(pick(random, background));
    if (random() < 0.5) paragraphs.push(`${pick(random, speakers).replace(/^./, (c) => c.toUpperCase())} ${pick(random, cues)} ${pick(random, times)} that talks in ${pick(random, places)} would resume.`);
  }
  while (paragraphs.join('\n\n').length < 1800 + random() * 3000) paragraphs.push(pick(random, background), statement(random, Math.floor(random() * claimPool)));
  paragraphs.push(`Report number ${serial}; additional reporting from ${pick(random, places)}.`);
  return { title: `${propositions[claims[0] % propositions.length].replace(/^./, (c) => c.toUpperCase())}, says ${speakers[claims[0] % speakers.length]}`, outlet, published, paragraphs };
}

/*
 * The names each further story is told with, in place of the first one's:
 * another commander, towns, valley and countries, so its claims are about
 * other subjects and its speakers other sides. Story 0 keeps the names above.
 */
const storyNames: readonly (readonly [RegExp, string][])[] = [
  [],
  [[/Vasko Dren/g, 'Marek Oslin'], [/\bDren\b/g, 'Oslin'], [/Halvek/g, 'Tarsin'], [/Oren Valley/g, 'Ardel Basin'], [/Kasteria/g, 'Vornia'], [/Lessaria/g, 'Peldova'], [/Brask/g, 'Ostry'], [/Serrin Mountains/g, 'Kalm Hills']],
  [[/Vasko Dren/g, 'Ilya Brenn'], [/\bDren\b/g, 'Brenn'], [/Halvek/g, 'Mosva'], [/Oren Valley/g, 'Sarn Delta'], [/Kasteria/g, 'Ruthenia'], [/Lessaria/g, 'Galdovia'], [/Brask/g, 'Vesk'], [/Serrin Mountains/g, 'Dorn Range']],
  [[/Vasko Dren/g, 'Tomas Quill'], [/\bDren\b/g, 'Quill'], [/Halvek/g, 'Lirona'], [/Oren Valley/g, 'Cael Plain'], [/Kasteria/g, 'Osmania'], [/Lessaria/g, 'Terevia'], [/Brask/g, 'Hult'], [/Serrin Mountains/g, 'Varo Heights']],
];

/** Which story each article tells: story k holds about half as many as story k - 1 (4 stories: 53 %, 27 %, 13 %, 7 %). */
function storyOf(random: Random, stories: number): number {
  const weights = Array.from({ length: stories }, (_, k) => 2 ** -k);
  let draw = random() * weights.reduce((a, b) => a + b, 0);
  for (let k = 0; k < stories; k++) if ((draw -= weights[k]) < 0) return k;
  return stories - 1;
}

function toldIn(a: Article, story: number): Article {
  const rename = (text: string) => storyNames[story].reduce((t, [from, to]) => t.replace(from, to), text);
  return { ...a, title: rename(a.title), paragraphs: a.paragraphs.map(rename) };
}

function asText(random: Random, a: Article): string {
  return [a.outlet, 'Home | World | Politics | Opinion | Contact', '', a.title, '', `Published ${a.published}`, '', ...a.paragraphs.flatMap((p) => [p, '']), pick(random, furniture), `© 2025 ${a.outlet}. All rights reserved.`].join('\n');
}

function asHtml(a: Article): string {
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escape(a.title)} - ${a.outlet}</title>
<meta property="og:site_name" content="${a.outlet}"><meta property="article:published_time" content="${a.published}T09:00:00Z">
<script>window.analytics = { page: "article" };</script></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/politics">Politics</a></nav>
<article><h1>${escape(a.title)}</h1><time datetime="${a.published}">${a.published}</time>
${a.paragraphs.map((p) => `<p>${escape(p)}</p>`).join('\n')}
</article><aside><h2>Most read</h2><ul><li><a href="/1">Markets fall</a></li><li><a href="/2">Weather warning</a></li></ul></aside>
<footer>© 2025 ${a.outlet}. <a href="/privacy">Privacy</a></footer></body></html>`;
}

/**
 * Writes N articles under `folder`: text/NNNNNN.txt, html/NNNNNN.html and
 * feeds/NNNN.jsonl (100 lines each); returns the bytes written. The claim
 * pool grows with N (one claim per 50 articles, at least 40), so a claim
 * recurs in about 50 / 4.5 ≈ 10 articles at every size. With `stories` > 1
 * (at most 4) each article tells one of that many stories, of halving sizes,
 * each with its own names; the draw uses its own seed, so the articles of
 * one story are otherwise those a one-story corpus would have.
 */
export async function writeSyntheticCorpus(folder: string, count: number, seed = 6, stories = 1): Promise<number> {
  if (stories < 1 || stories > storyNames.length) throw new Error(`stories must be 1 to ${storyNames.length}, not ${stories}`);
  const random = seeded(seed);
  const storyRandom = seeded(seed + 1000);
  const claimPool = Math.max(40, Math.round(count / 50));
  for (const sub of ['text', 'html', 'feeds']) await mkdir(path.join(folder, sub), { recursive: true });
  let bytes = 0;
  let feed: string[] = [];
  const flushFeed = async (serial: number) => {
    if (!feed.length) return;
    const content = `${feed.join('\n')}\n`;
    await writeFile(path.join(folder, 'feeds', `${String(serial).padStart(6, '0')}.jsonl`), content);
    bytes += Buffer.byteLength(content);
    feed = [];
  };
  for (let serial = 0; serial < count; serial++) {
    const a = stories > 1 ? toldIn(article(random, serial, claimPool), storyOf(storyRandom, stories)) : article(random, serial, claimPool);
    const name = String(serial).padStart(6, '0');
    const shape = random();
    if (shape < 0.6) {
      const content = asText(random, a);
      await writeFile(path.join(folder, 'text', `${name}.txt`), content);
      bytes += Buffer.byteLength(content);
    } else if (shape < 0.9) {
      const content = asHtml(a);
      await writeFile(path.join(folder, 'html', `${name}.html`), content);
      bytes += Buffer.byteLength(content);
    } else {
      feed.push(JSON.stringify({ text: `${a.title}\n\n${a.paragraphs.join('\n\n')}`, title: a.title, outlet: a.outlet, published: a.published }));
      if (feed.length === 100) await flushFeed(serial);
    }
  }
  await flushFeed(count);
  return bytes;
}
