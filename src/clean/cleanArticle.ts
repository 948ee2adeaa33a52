import { parseHTML } from 'linkedom';
import type { RawArticle } from '../ingest/types.js';
import type { Block } from './Block.js';
import type { CleanArticle, PageMetadata, RemovedBlock } from './types.js';
import { assembleText } from './assembleText.js';
import { capNestingDepth } from './capNestingDepth.js';
import { classifyBlocks } from './classifyBlocks.js';
import { normaliseText } from './normaliseText.js';
import { extractMainContent } from './extractMainContent.js';
import { filterBoilerplate } from './filterBoilerplate.js';
import { readPageMetadata } from './readPageMetadata.js';
import { splitTextBlocks } from './splitTextBlocks.js';
import { filterLinkBlocks } from './filterLinkBlocks.js';
import { gatherBody } from './gatherBody.js';
import { htmlToBlocks } from './htmlToBlocks.js';
import { trimEdgeBlocks } from './trimEdgeBlocks.js';
import { keepHeadlineOnly } from './keepHeadlineOnly.js';

interface Prepared {
  blocks: Block[];
  removed: RemovedBlock[];
  page: PageMetadata;
  title: string | null;
  /** Every text block of the source before cleaning, read only for a page with no body (see keepHeadlineOnly). */
  pageText: () => readonly string[];
}

/*
 * linkedom builds no <html>/<body> for a fragment or an empty string; readability needs both.
 * It also takes the first element as the root, so markup before the doctype (a PHP warning:
 * '<br /><b>Warning</b>: mysql_get_server_info() ... <!DOCTYPE html>') would leave an empty
 * body: whatever comes before '<!doctype' or '<html' is dropped.
 */
const PAGE_START = /<!doctype\s|<html[\s>]/i;
function asPage(content: string): string {
  if (!/<html[\s>]/i.test(content)) {
    // A page may leave out <html> ('<!DOCTYPE html><head>...</head><body ...>'); only a fragment gets a new head and body.
    const start = /<head[\s>]|<body[\s>]/i.exec(content);
    if (start) return `<!doctype html><html>${content.slice(start.index)}</html>`;
    return `<!doctype html><html><head></head><body>${content}</body></html>`;
  }
  const start = PAGE_START.exec(content)!.index;
  return start > 0 ? content.slice(start) : content;
}

function prepareHtml(source: string): Prepared {
  const content = capNestingDepth(asPage(source));
  const parse = () => {
    const document = parseHTML(content).document as unknown as Document;
    gatherBody(document);
    return document;
  };
  const document = parse();
  const page = readPageMetadata(document);
  const main = extractMainContent(document, parse);
  const { kept, removed } = filterLinkBlocks(main.blocks);
  const title = main.title ? normaliseText(main.title) : page.title ?? null;
  const pageText = () => htmlToBlocks(parse().body).map((block) => block.text);
  return { blocks: kept, removed, page, title, pageText };
}

/** The file an article was read from, by name ('pat-caddell-democrat-voters.txt'); none for a URL or a line of a JSONL file. */
function fileNameOf(source: string): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:\/\//iu.test(source) || source.includes('#')) return undefined;
  return source.split(/[\\/]/).at(-1);
}

function prepareText(content: string): Prepared {
  const blocks = splitTextBlocks(content);
  return { blocks, removed: [], page: { published: [] }, title: null, pageText: () => blocks.map((block) => block.text) };
}

/**
 * Turns one raw article into clean text: title first, then its paragraphs
 * separated by blank lines, with every removed block and the reason it went.
 * HTML goes through main-content extraction first; both formats then share
 * the paragraph-level boilerplate filter and the title/caption/standfirst
 * classification. An article that is only a headline keeps it as its text
 * (see keepHeadlineOnly).
 */
export function cleanArticle(raw: RawArticle): CleanArticle {
  const prepared = raw.format === 'html' ? prepareHtml(raw.content) : prepareText(raw.content);
  const filtered = filterBoilerplate(prepared.blocks);
  const trimmed = raw.format === 'html' ? trimEdgeBlocks(filtered.kept) : { kept: filtered.kept, removed: [] };
  const classified = keepHeadlineOnly(
    classifyBlocks(trimmed.kept, prepared.title, raw.supplied?.url ?? prepared.page.url, fileNameOf(raw.source)),
    [...prepared.removed, ...filtered.removed, ...trimmed.removed],
    raw.supplied?.title,
    prepared.pageText,
  );
  const assembled = assembleText(classified.paragraphs);
  const page: PageMetadata = {
    ...prepared.page,
    published: [...prepared.page.published, ...filtered.datelines.map((value) => ({ value, from: 'text-dateline' }))],
  };
  return {
    text: assembled.text,
    paragraphs: assembled.paragraphs,
    removed: classified.removed,
    page,
    paragraphRules: assembled.rules,
    ...(classified.headlineOnly ? { headlineOnly: true } : {}),
    pageText: prepared.pageText,
  };
}
