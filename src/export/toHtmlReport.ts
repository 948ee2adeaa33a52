import type { ArticleRecord } from '../model/articleRecord.js';
import type { CorrectionMark, CorrectionRecord } from '../model/correction.js';
import { describeTarget } from '../model/describeCorrection.js';
import type { ClaimRecord, StoryRecord } from '../model/storyRecord.js';
import type { Status } from '../model/vocabulary.js';
import { compareTimexValues } from '../model/timeInterval.js';
import type { ExportInput } from './ExportInput.js';
import { articlesById } from './articleAddress.js';
import { compareDates } from './compareDates.js';
import { escapeHtml as e } from './escapeHtml.js';
import { reportStyle } from './reportStyle.js';
import { statusMeaning } from './statusRating.js';

/**
 * No script, no request: the page's own policy forbids both, so even markup
 * that slipped out of an article's text could not run or call home.
 */
const policy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

/**
 * The story as one self-contained HTML file to send to an editor: the board
 * (every claim with its status and sources), the two clocks, a section per
 * claim with its statements, status history and relations, and the
 * articles. It has no script and loads nothing, so it reads the same offline
 * with JavaScript off; every piece of article text goes through escapeHtml,
 * and only http(s) article addresses become links.
 */
export function toHtmlReport(input: ExportInput): string {
  const { story } = input;
  const articles = articlesById(input.articles);
  const claims = [...story.claims].sort((a, b) => b.statements.length - a.statements.length || (a.id < b.id ? -1 : 1));
  const outlets = new Set(input.articles.map((a) => a.outlet.name)).size;
  const title = claims.length === 1 ? `Claim: ${claims[0].text}` : `Story report: ${claims.length} claims from ${input.articles.length} articles`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${policy}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="corroborate">
<title>${e(title)}</title>
<style>${reportStyle}</style>
</head>
<body>
<header>
<h1>${e(title)}</h1>
<p class="meta">${input.articles.length} articles from ${outlets} outlets${dateSpan(input.articles)}. Exported by ${e(input.publisher)} on ${input.exportedAt.slice(0, 10)}; statuses are as of the latest report, read automatically: check them against the quotes.</p>
<nav><a href="#board">Board</a><a href="#timeline">Timeline</a><a href="#claims">Claims</a><a href="#articles">Articles</a>${input.corrections.length ? '<a href="#corrections">Corrections</a>' : ''}</nav>
</header>
<main>
${board(claims, story)}
${timeline(claims)}
<section id="claims"><h2>Claims</h2>
${claims.map((claim) => claimSection(claim, story, articles)).join('\n')}
</section>
${articleList(input.articles)}
${correctionList(input.corrections)}
</main>
</body>
</html>
`;
}

const status = (s: Status) => `<span class="status status-${s}" title="${e(statusMeaning[s])}">${s}</span>`;
const claimLink = (claim: Pick<ClaimRecord, 'id' | 'text'>) => `<a href="#${anchor(claim.id)}">${e(claim.text)}</a>`;
const anchor = (claimId: string) => `claim-${e(encodeURIComponent(claimId))}`;
const range = (a: string | null, b: string | null) => (a === null ? '' : a === b ? a : `${a} – ${b}`);

function dateSpan(articles: ArticleRecord[]): string {
  const dates = articles.flatMap((a) => a.published.value ?? []).sort();
  return dates.length ? `, published ${range(dates[0], dates.at(-1)!)}` : '';
}

function board(claims: ClaimRecord[], story: StoryRecord): string {
  const rows = claims.map((claim) => {
    const sources = story.sources.filter((s) => s.claim === claim.id);
    const count = (stance: string) => sources.filter((s) => s.stance === stance).length;
    const dates = claim.statements.flatMap((s) => s.reported_on ?? []).sort();
    return `<tr><td>${claimLink(claim)}</td><td>${status(claim.status)}</td><td>${claim.statements.length}</td><td>${claim.independent_sources}</td><td>${count('asserts')} / ${count('denies')} / ${count('doubts')} / ${count('reports')}</td><td>${range(dates[0] ?? null, dates.at(-1) ?? null)}</td></tr>`;
  });
  const legend = (Object.keys(statusMeaning) as Status[]).map((s) => `<li>${status(s)} ${e(statusMeaning[s])}</li>`).join('');
  return `<section id="board"><h2>Board</h2>
<table><thead><tr><th>Claim</th><th>Status</th><th>Statements</th><th>Sources</th><th>Asserting / denying / doubting / reporting sources</th><th>Reported</th></tr></thead>
<tbody>${rows.join('\n')}</tbody></table>
<ul class="meta">${legend}</ul></section>`;
}

function timeline(claims: ClaimRecord[]): string {
  const events = claims
    .filter((c) => c.event_time)
    .sort((a, b) => compareTimexValues(a.event_time!.from, b.event_time!.from))
    .map((c) => `<li><b>${e(range(c.event_time!.from, c.event_time!.to))}</b> ${claimLink(c)} ${status(c.status)}</li>`);
  const reports = claims
    .flatMap((claim) => claim.statements.map((s) => ({ claim, s })))
    .sort((a, b) => compareDates(a.s.reported_on, b.s.reported_on) || (a.claim.id < b.claim.id ? -1 : 1));
  const days: string[] = [];
  let day: string | null | undefined;
  for (const { claim, s } of reports) {
    if (s.reported_on !== day) days.push(`${day === undefined ? '' : '</ul>'}<h4>${e(s.reported_on ?? 'date unknown')}</h4><ul>`);
    day = s.reported_on;
    days.push(`<li><span class="stance-${s.stance}">${s.stance}</span> ${claimLink(claim)}: ${e(s.speaker)}${s.outlet !== s.speaker ? ` (${e(s.outlet)})` : ''} <q>${e(s.text)}</q></li>`);
  }
  return `<section id="timeline"><h2>Timeline</h2>
<h3>When it happened</h3><p class="meta">The event clock: the time each claim's statements give for the event.</p><ul>${events.join('\n')}</ul>
<h3>When it was reported</h3><p class="meta">The report clock: each statement on the day it was made public.</p>${days.join('\n')}${days.length ? '</ul>' : ''}</section>`;
}

function claimSection(claim: ClaimRecord, story: StoryRecord, articles: Map<string, ArticleRecord>): string {
  const history = claim.status_history.map((h) => `<li>${e(h.as_of)}: ${status(h.status)} <span class="meta">(${e(h.rule)})</span></li>`).join('');
  const related = claim.relations.map((r) => {
    const other = story.claims.find((c) => c.id === r.claim);
    const what = other ? claimLink(other) : e(r.claim);
    return `<li>${r.direction === 'from' ? `${r.type} ${what}` : `${what} ${r.type} it`} <span class="meta">${e(r.why)}</span></li>`;
  }).join('');
  const statements = [...claim.statements].sort((a, b) => compareDates(a.reported_on, b.reported_on)).map((s) => {
    const article = articles.get(s.article);
    return `<tr><td>${e(s.reported_on ?? '?')}</td><td class="stance-${s.stance}">${s.stance}${s.evidence.hedged ? ' (hedged)' : ''}${correctedBy(s.corrections)}</td><td>${e(s.speaker)}<div class="meta">${e(s.chain.join(' › '))}</div></td><td><blockquote>${e(s.text)}</blockquote><div class="meta">${articleLink(article, s.article)} ${e(s.statement)}</div></td></tr>`;
  }).join('\n');
  return `<article class="claim" id="${anchor(claim.id)}">
<h3>${e(claim.text)}</h3>
<p class="meta">${status(claim.status)} ${e(claim.id)} · ${claim.statements.length} statements · ${claim.independent_sources} independent sources${claim.event_time ? ` · happened ${e(range(claim.event_time.from, claim.event_time.to))}` : ''}</p>
${claim.corrections ? `<p class="corrected">${correctedBy(claim.corrections)}</p>` : ''}
${history ? `<h4>Status over time</h4><ol>${history}</ol>` : ''}
${related ? `<h4>Related claims</h4><ul>${related}</ul>` : ''}
<h4>Statements</h4>
<table><thead><tr><th>Reported</th><th>Stance</th><th>Speaker</th><th>Said</th></tr></thead><tbody>${statements}</tbody></table>
</article>`;
}

/** The article's title, linked only when its address is http(s): a 'javascript:' URL from a feed stays text. */
function articleLink(article: ArticleRecord | undefined, id: string): string {
  const name = e(article?.title ?? id);
  return article?.url && /^https?:\/\//i.test(article.url) ? `<a href="${e(article.url)}" rel="noreferrer">${name}</a>` : name;
}

function articleList(articles: ArticleRecord[]): string {
  const rows = [...articles]
    .sort((a, b) => compareDates(a.published.value, b.published.value) || (a.id < b.id ? -1 : 1))
    .map((a) => `<tr><td>${e(a.published.value ?? '?')}</td><td>${e(a.outlet.name)}</td><td>${articleLink(a, a.id)}<div class="meta">${e(a.id)}${a.url && !/^https?:\/\//i.test(a.url) ? ` · ${e(a.url)}` : ''}</div></td></tr>`);
  return `<section id="articles"><h2>Articles</h2><table><thead><tr><th>Published</th><th>Outlet</th><th>Article</th></tr></thead><tbody>${rows.join('\n')}</tbody></table></section>`;
}

/** 'corrected by hand (#3 merge, Ana Reyes)', linked to the log at the end; nothing when no correction changed it. */
function correctedBy(marks: CorrectionMark[] | undefined): string {
  if (!marks?.length) return '';
  const which = marks.map((m) => `<a href="#correction-${m.id}">#${m.id} ${m.kind}, ${e(m.by)}</a>`).join('; ');
  return ` <span class="corrected-by">corrected by hand (${which})</span>`;
}

function correctionList(corrections: CorrectionRecord[]): string {
  if (!corrections.length) return '';
  const rows = corrections.map((c) => `<tr id="correction-${c.id}"><td>#${c.id}</td><td>${e(c.at.slice(0, 16).replace('T', ' '))}</td><td>${e(c.by)}</td><td>${e(describeTarget(c.target))}${c.note ? `<div class="meta">${e(c.note)}</div>` : ''}</td><td>${c.undone_at ? `undone ${e(c.undone_at.slice(0, 10))} by ${e(c.undone_by ?? '')}` : 'in force'}</td></tr>`);
  return `<section id="corrections"><h2>Corrections by hand</h2><p class="meta">The automatic reading as corrected by the people who checked it; the story above reads as the corrections in force say.</p><table><thead><tr><th>Id</th><th>Made</th><th>By</th><th>What and why</th><th>State</th></tr></thead><tbody>${rows.join('\n')}</tbody></table></section>`;
}
