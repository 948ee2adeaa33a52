import { jsonrepair } from 'jsonrepair';

/**
 * What the page's JSON-LD (<script type="application/ld+json">) says about
 * the article: schema.org datePublished/dateModified, headline and publisher
 * name. Article-like types win over others ('NewsArticle' over 'WebSite').
 */
export interface JsonLdFacts {
  datePublished?: string;
  dateModified?: string;
  headline?: string;
  publisher?: string;
}

const ARTICLE_TYPE = /article|posting|report|webpage/i;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function* nodesOf(value: Json): Generator<Record<string, Json>> {
  if (Array.isArray(value)) {
    for (const item of value) yield* nodesOf(item);
  } else if (value !== null && typeof value === 'object') {
    yield value;
    for (const key of ['@graph', 'mainEntity', 'mainEntityOfPage']) {
      if (key in value) yield* nodesOf(value[key]);
    }
  }
}

const stringOf = (value: Json | undefined): string | undefined => {
  if (typeof value === 'string' && value.trim().length > 0) return value.trim();
  if (Array.isArray(value)) return stringOf(value[0]);
  return undefined;
};

/**
 * The largest block, and the most blocks per page, that are repaired:
 * jsonrepair takes time that grows with the square of some inputs (100 kB
 * of '"a' took 1.2 s, 5 MB would take an hour), while an article's JSON-LD
 * is a few kilobytes. A larger broken block is skipped, as every broken
 * block was before.
 */
const repairableBytes = 32_768;
const repairsPerPage = 4;

/**
 * A block as JSON, repaired by jsonrepair when a CMS template broke it in the
 * usual ways (a closing brace too many, a trailing comma, a raw line break
 * in a string: avaz.ba's NewsArticle ends in one '}' more than it opens);
 * undefined when it cannot be read either way, or may not be repaired.
 */
function parseLeniently(source: string, repairs: { left: number }): Json | undefined {
  try {
    return JSON.parse(source) as Json;
  } catch {
    if (repairs.left === 0 || source.length > repairableBytes) return undefined;
    repairs.left -= 1;
    try {
      return JSON.parse(jsonrepair(source)) as Json;
    } catch {
      return undefined;
    }
  }
}

export function readJsonLd(scripts: readonly string[]): JsonLdFacts {
  const facts: JsonLdFacts = {};
  // Whether the date held came from an article-like node, which no other node's date replaces.
  let publishedByArticle = false;
  const repairs = { left: repairsPerPage };
  for (const source of scripts) {
    const parsed = parseLeniently(source, repairs);
    if (parsed === undefined) continue;
    for (const node of nodesOf(parsed)) {
      const type = stringOf(node['@type']) ?? '';
      const articleLike = ARTICLE_TYPE.test(type);
      const published = stringOf(node.datePublished) ?? stringOf(node.dateCreated);
      if (published && !publishedByArticle && (articleLike || !facts.datePublished)) {
        facts.datePublished = published;
        publishedByArticle = articleLike;
      }
      const modified = stringOf(node.dateModified);
      if (modified) facts.dateModified ??= modified;
      const headline = stringOf(node.headline);
      if (headline && articleLike) facts.headline ??= headline;
      const publisher = node.publisher;
      if (publisher && typeof publisher === 'object' && !Array.isArray(publisher)) facts.publisher ??= stringOf(publisher.name);
    }
  }
  return facts;
}
