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
 * A block as JSON, repaired by jsonrepair when a CMS template broke it in the
 * usual ways (a closing brace too many, a trailing comma, a raw line break
 * in a string: avaz.ba's NewsArticle ends in one '}' more than it opens);
 * undefined when it cannot be read either way.
 */
function parseLeniently(source: string): Json | undefined {
  try {
    return JSON.parse(source) as Json;
  } catch {
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
  for (const source of scripts) {
    const parsed = parseLeniently(source);
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
