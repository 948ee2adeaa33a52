import type { ParagraphKind } from '../analyze/types.js';
import type { Block } from './Block.js';
import type { RemovedBlock } from './types.js';
import { chooseTitle } from './chooseTitle.js';
import { matchCaptionRule } from './captionRules.js';

export interface ClassifiedBlock {
  text: string;
  kind: ParagraphKind;
  /** The rule that decided the kind. */
  rule: string;
}

export interface Classification {
  paragraphs: ClassifiedBlock[];
  removed: RemovedBlock[];
}

/** A standfirst is one sentence-like line without a full stop, longer than a label. */
const STANDFIRST_MIN_WORDS = 5;
const STANDFIRST_MAX_CHARS = 350;

/** Case, punctuation and spacing aside: 'Commander killed, ministry says' equals 'COMMANDER KILLED — MINISTRY SAYS'. */
export const comparable = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

function looksLikeStandfirst(block: Block): boolean {
  const { text } = block;
  if (block.hint === 'list-item' || block.hint === 'quote' || block.hint === 'cell') return false;
  if (text.length > STANDFIRST_MAX_CHARS || text.split(/\s+/).length < STANDFIRST_MIN_WORDS) return false;
  return !/[.:;,…]["'”’)\]]?$/.test(text);
}

/**
 * Gives each kept block its kind. The title is the one supplied by the page
 * (HTML) or else the first block when it reads as a headline (plain text).
 * Repeats of the title and exact repeats of a caption (seed 001 prints each
 * caption twice) are removed. The standfirst is the first non-caption block
 * after the title when it reads as one unpunctuated sentence.
 */
export function classifyBlocks(blocks: readonly Block[], pageTitle: string | null, url?: string, fileName?: string): Classification {
  const paragraphs: ClassifiedBlock[] = [];
  const removed: RemovedBlock[] = [];
  let rest = blocks;
  let title = pageTitle;
  const choice = title === null ? chooseTitle(blocks, url, fileName) : null;
  if (choice) {
    for (const above of blocks.slice(0, choice.index)) {
      if (matchCaptionRule(above.text)) continue;
      removed.push({ text: above.text, reason: 'masthead', why: 'the site name, tagline or section label above the headline' });
    }
    title = blocks[choice.index].text;
    paragraphs.push({ text: title, kind: 'title', rule: choice.rule });
    rest = blocks.slice(0, choice.index).filter((above) => matchCaptionRule(above.text)).concat(blocks.slice(choice.index + 1));
  } else if (title !== null) {
    paragraphs.push({ text: title, kind: 'title', rule: 'page-title' });
  }

  const titleKey = title === null ? null : comparable(title);
  const captionsSeen = new Set<string>();
  let standfirstOpen = title !== null;
  for (const block of rest) {
    const key = comparable(block.text);
    if (titleKey !== null && key === titleKey) {
      removed.push({ text: block.text, reason: 'duplicate-title', why: 'the headline printed again' });
      continue;
    }
    const captionRule = block.hint === 'caption' ? 'caption:figcaption' : matchCaptionRule(block.text) && `caption:${matchCaptionRule(block.text)!.name}`;
    if (captionRule) {
      if (captionsSeen.has(key)) {
        removed.push({ text: block.text, reason: 'duplicate-caption', why: 'the same caption printed twice' });
      } else {
        captionsSeen.add(key);
        paragraphs.push({ text: block.text, kind: 'caption', rule: captionRule });
      }
      continue;
    }
    if (standfirstOpen && looksLikeStandfirst(block)) {
      paragraphs.push({ text: block.text, kind: 'standfirst', rule: 'standfirst:after-title' });
    } else {
      paragraphs.push({ text: block.text, kind: 'body', rule: 'body' });
    }
    standfirstOpen = false;
  }
  return { paragraphs, removed };
}
