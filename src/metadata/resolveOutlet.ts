import type { RawArticle } from '../ingest/types.js';
import type { CleanArticle } from '../clean/types.js';
import type { Outlet } from './types.js';
import { bodyParagraphs } from './bodyParagraphs.js';
import { NAME_SUFFIX, outletSignatures } from './outletSignatures.js';
import { readDatelineAgency } from './readWireDateline.js';

function hostOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const host = new URL(url).hostname.replace(/^www\d?\./, '');
    return host.length > 0 ? host : null;
  } catch {
    return null;
  }
}

function fromSignature(clean: CleanArticle): string | null {
  for (const block of clean.removed) {
    for (const signature of outletSignatures) {
      const name = signature.pattern.exec(block.text)?.[1]?.replace(NAME_SUFFIX, '').trim();
      if (name) return name;
    }
  }
  return null;
}

/**
 * Supplied outlet > the page's og:site_name / application-name > the site's
 * own signature in removed boilerplate > the URL's host ('theduran.com') >
 * the agency of a dateline ('WASHINGTON, Oct 27, 2019 (Reuters) -' gives Reuters) > unknown.
 */
export function resolveOutlet(raw: RawArticle, clean: CleanArticle): Outlet {
  const supplied = raw.supplied?.outlet?.trim();
  // Only a manifest, a JSONL line or the upload form names the outlet; a feed's or archive's title is not the outlet's name ('Reuters: World News').
  const from = raw.supplied?.from;
  if (supplied && (from === 'manifest' || from === 'jsonl' || from === 'upload')) return { name: supplied, how: from };
  if (clean.page.siteName) return { name: clean.page.siteName, how: 'html-meta' };
  const signed = fromSignature(clean);
  if (signed) return { name: signed, how: 'signature' };
  const source = /^https?:\/\//.test(raw.source) ? raw.source : undefined;
  const host = hostOf(raw.supplied?.url) ?? hostOf(clean.page.url) ?? hostOf(source);
  if (host) return { name: host, how: 'url-host' };
  // Where the copy was published says more than who wrote it, so the agency only when nothing names the publisher.
  const [first] = bodyParagraphs(clean);
  const agency = first ? readDatelineAgency(first) : null;
  if (agency) return { name: agency, how: 'dateline-agency' };
  return { name: 'unknown', how: 'unknown' };
}
