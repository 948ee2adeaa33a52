/*
 * Main-content extraction: @mozilla/readability on a linkedom document, with
 * a whole-page fallback.
 *
 * Why readability and not defuddle, both measured on the trafilatura
 * evaluation set (990 pages, 2,951 'with' and 2,966 'without' snippets;
 * title plus extracted text, whitespace-normalised substring matching as
 * trafilatura's tests/eval_common.py does it; 2 cores, both runs in parallel):
 *
 *   extractor            precision  recall  F1     seconds
 *   readability 0.6.0    0.858      0.914   0.885   63
 *   defuddle 0.19.4      0.829      0.935   0.879  184
 *
 * Readability is as good (F1) and three times faster, is synchronous (the
 * defuddle node entry is async), and is maintained by Mozilla for Firefox's
 * reader view. Its misses are of two kinds: boilerplate kept inside the
 * chosen container (our paragraph filters run over its output), and a wrong
 * container (a table of addresses, a list of tags) on pages whose prose lies
 * elsewhere. Against both, page furniture named by class, id or role
 * (comments, share bars, related boxes: boilerplateContainers.ts) is removed
 * first; the element the page marks as its article body (findArticleBody)
 * replaces readability's pick when it holds more prose; the smallest element
 * holding nearly all of the page's prose paragraphs (findDenseContainer)
 * replaces it when it holds much more (readability stopped at one section);
 * and the whole page minus its furniture (prunePage) is taken when
 * readability found much less.
 *
 *   step added (trafilatura set, captions counted)   P      R      F1
 *   readability + pruned-page fallback              0.881  0.910  0.895
 *   + furniture removed by class/id/role            0.892  0.915  0.903
 *   + marked article body when it has more prose    0.882  0.930  0.905
 *   + multilingual boilerplate lines               0.907  0.929  0.918
 *   (scored without captions, as trafilatura)       0.917  0.925  0.921
 *   + page quirks (text before the doctype, prose
 *     in <noscript>, ruby readings, broken UTF-8)   0.917  0.931  0.924
 *   + densest prose container when it has 1.5× more  0.912  0.940  0.925
 *   + link-box headings; body text outside <body>    0.913  0.943  0.928
 *   + short unpunctuated lines trimmed at the edges   0.924  0.936  0.930
 *     (trimEdgeBlocks; with captions counted: 0.914 0.940 0.927)
 *   + short blocks closing on a credit are captions  0.926  0.935  0.931
 */
import { Readability } from '@mozilla/readability';
import type { Block } from './Block.js';
import { htmlToBlocks } from './htmlToBlocks.js';
import { prunePage } from './prunePage.js';
import { pruneBoilerplateContainers } from './pruneBoilerplateContainers.js';
import { findArticleBody } from './findArticleBody.js';
import { unwrapNoscriptProse } from './unwrapNoscriptProse.js';
import { findDenseContainer } from './findDenseContainer.js';
import { markNamedCaptions } from './markNamedCaptions.js';

export interface MainContent {
  blocks: Block[];
  /** Readability's cleaned title, when it found one. */
  title: string | null;
  how: 'readability' | 'marked-body' | 'dense-container' | 'pruned-page';
}

/** A paragraph of prose: long enough and mostly not links. */
const PROSE_CHARS = 80;
/** Readability wins unless the pruned page has this many times more prose. */
const FALLBACK_RATIO = 3;
/*
 * The densest container (findDenseContainer) replaces the pick when it has this many times more prose.
 * Measured on the trafilatura set (F1): 1.3 gives 0.924, 1.5 gives 0.925, 2.5 gives 0.924; lower
 * ratios gain pages readability cut short but also take in teasers beside the article.
 */
const DENSE_RATIO = 1.5;

function proseLength(blocks: readonly Block[]): number {
  return blocks.filter((b) => b.text.length >= PROSE_CHARS && b.linkDensity < 0.3 && b.hint !== 'cell' && b.hint !== 'list-item').reduce((sum, b) => sum + b.text.length, 0);
}

/**
 * Mutates the document; read metadata first. `reparse` gives a fresh copy for the fallback:
 * a second parse, because linkedom's cloneNode(true) is not an exact copy (measured: F1 0.931
 * with a reparse, 0.929 with a clone on the trafilatura set).
 */
export function extractMainContent(document: Document, reparse: () => Document): MainContent {
  unwrapNoscriptProse(document);
  markNamedCaptions(document);
  pruneBoilerplateContainers(document);
  // Readability takes the document apart, so the marked-up body is converted first.
  const marked = findArticleBody(document);
  const markedBlocks = marked ? htmlToBlocks(marked) : [];
  const dense = findDenseContainer(document);
  const denseBlocks = dense ? htmlToBlocks(dense) : [];
  const article = new Readability<Element>(document, { serializer: (node) => node as Element }).parse();
  const title = article?.title?.trim() || null;
  const chosen = article?.content ? htmlToBlocks(article.content) : [];
  const fresh = reparse();
  unwrapNoscriptProse(fresh);
  markNamedCaptions(fresh);
  const pruned = prunePage(fresh);
  const page = pruned ? htmlToBlocks(pruned) : [];
  if (proseLength(page) > FALLBACK_RATIO * proseLength(chosen) + PROSE_CHARS) return { blocks: page, title, how: 'pruned-page' };
  // Measured on the trafilatura set: taking the marked body when it has more prose gives F1 0.921;
  // requiring 1.15× gives 0.921 with fewer pages changed, 0.7× gives 0.918.
  const best = proseLength(markedBlocks) > proseLength(chosen) ? { blocks: markedBlocks, how: 'marked-body' as const } : { blocks: chosen, how: 'readability' as const };
  if (proseLength(denseBlocks) > DENSE_RATIO * proseLength(best.blocks)) return { blocks: denseBlocks, title, how: 'dense-container' };
  return { ...best, title };
}
