/**
 * Compares the two taggers that install from npm with their data inside:
 * wink-nlp (the one used) and compromise, on the sample corpora's text
 * files, for speed and for how each tags Title Case headlines.
 *
 *   npx tsx scripts/bench/compareTaggers.ts
 */
import { readFileSync, readdirSync } from 'node:fs';
import nlp from 'compromise';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
const texts = readdirSync('samples/corpus/text').map(f => readFileSync(`samples/corpus/text/${f}`, 'utf8'))
  .concat(readdirSync('samples/hospital-blast/text').map(f => readFileSync(`samples/hospital-blast/text/${f}`, 'utf8')));
const all = texts.join('\n').repeat(5);
const w = winkNLP(model);
let t = performance.now(); const d = w.readDoc(all); const n = d.tokens().out(w.its.pos).length; const wt = performance.now() - t;
t = performance.now(); const c = nlp(all); const cn = c.terms().json().length; const ct = performance.now() - t;
console.log(`tokens wink ${n} in ${wt.toFixed(0)} ms (${(n / wt * 1000).toFixed(0)}/s); compromise ${cn} terms in ${ct.toFixed(0)} ms (${(cn / ct * 1000).toFixed(0)}/s)`);
for (const h of ['Apple Watch Developers Told to Limit Features to Save Battery Life', 'Hospital Struck as Militants Fled the Town']) {
  console.log('compromise', nlp(h).terms().json().map((x: { text: string; terms: { tags: string[] }[] }) => `${x.text}/${x.terms[0].tags.filter((g) => ['Verb','Noun','ProperNoun','Adjective','PastTense'].includes(g)).join('+')}`).join(' '));
  const wd = w.readDoc(h); console.log('wink', wd.tokens().out(w.its.pos).join(' '));
}
console.log('compromise infinitive of struck/fled:', nlp('It struck. He fled.').verbs().toInfinitive().text());
