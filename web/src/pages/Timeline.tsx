import { useEffect, useRef, useState } from 'preact/hooks';
import { api } from '../api.js';
import { Await } from '../components/Loaded.js';
import { ShowMore, useMorePages } from '../components/ShowMore.js';
import { ticksFor } from '../components/timeAxis.js';
import { useZoom, type View } from '../components/useZoom.js';
import { formatDate } from '../format.js';
import { href } from '../router.js';
import { dayOf, eventSpan, isoDay, type Span } from '../timex.js';
import { stances, type TimelineView } from '../types.js';
import { useApi } from '../useApi.js';

type Report = TimelineView['reports'][number];

interface Row {
  claim: string;
  text: string;
  event: Span | null;
  eventLabel: string | null;
  reports: Report[];
  first: number;
}

/** One row per claim: when it happened (a bar, the event clock) and each report of it (a dot, the report clock). */
function rowsOf(timeline: { events: TimelineView['events']; reports: Report[] }): Row[] {
  const rows = new Map<string, Row>();
  const rowFor = (claim: string, text: string) => {
    let row = rows.get(claim);
    if (!row) rows.set(claim, (row = { claim, text, event: null, eventLabel: null, reports: [], first: Infinity }));
    return row;
  };
  for (const event of timeline.events) {
    const row = rowFor(event.claim, event.text);
    row.event = eventSpan(event.from, event.to);
    row.eventLabel = event.from === event.to ? event.from : `${event.from} – ${event.to}`;
  }
  for (const report of timeline.reports) rowFor(report.claim, report.claimText).reports.push(report);
  for (const row of rows.values()) row.first = Math.min(row.event?.start ?? Infinity, ...row.reports.map((r) => dayOf(r.date)));
  return [...rows.values()].sort((a, b) => a.first - b.first || a.claim.localeCompare(b.claim));
}

function fullSpan(rows: Row[]): View {
  const points = rows.flatMap((row) => [...(row.event ? [row.event.start, row.event.end] : []), ...row.reports.map((r) => dayOf(r.date))]);
  const start = Math.min(...points);
  const end = Math.max(...points) + 86_400_000;
  const pad = (end - start) * 0.03 + 86_400_000;
  return { start: start - pad, end: end + pad };
}

export function Timeline() {
  const timeline = useApi(api.timeline, []);
  return (
    <>
      <header class="page-head">
        <h1>Timeline</h1>
        <p class="lede">Two clocks kept apart: when each claimed event happened, and when it was reported.</p>
        <ul class="legend">
          <li><span class="legend-event" /> when it happened, as the statements date it</li>
          {stances.map((stance) => (
            <li key={stance}><span class={`legend-dot stance-${stance}`} /> reported: {stance}</li>
          ))}
        </ul>
      </header>
      <Await loaded={timeline}>{(data: TimelineView) => <Clocks first={data} />}</Await>
    </>
  );
}

/** The chart over the reports loaded so far (earliest first); 'Show more' brings the next page of the report clock. */
function Clocks({ first }: { first: TimelineView }) {
  const reports = useMorePages(first, { items: first.reports, next: first.next }, async (cursor) => {
    const page = await api.timeline(cursor);
    return { items: page.reports, next: page.next };
  });
  const rows = rowsOf({ events: first.events, reports: reports.items });
  if (rows.length === 0) return <p class="empty">Nothing dated yet.</p>;
  const last = reports.items.at(-1)?.date;
  return (
    <>
      {reports.next && last && <p class="muted">Reports up to {formatDate(last)}: the later ones come with “Show more”, below the chart.</p>}
      <Chart rows={rows} full={fullSpan(rows)} />
      <ShowMore pages={reports} total={first.total} what="reports" />
    </>
  );
}

/** The element's width in pixels, kept up to date as the window resizes. */
function useWidth(element: { current: HTMLElement | null }): number {
  const [width, setWidth] = useState(600);
  useEffect(() => {
    if (!element.current) return;
    const observer = new ResizeObserver(([entry]) => setWidth(entry.contentRect.width));
    observer.observe(element.current);
    return () => observer.disconnect();
  }, []);
  return width;
}

/** Labels near an edge hang inwards, so the first and last stay readable. */
function anchorAt(fraction: number): string {
  return fraction < 0.04 ? 'start' : fraction > 0.96 ? 'end' : 'middle';
}

function Chart({ rows, full }: { rows: Row[]; full: View }) {
  const zoom = useZoom(full);
  const axis = useRef<HTMLDivElement>(null);
  const width = useWidth(axis);
  const { start, end } = zoom.view;
  // About 48 px per label ('Sep 2017' is the longest): a phone gets fewer ticks than a laptop.
  const ticks = ticksFor(start, end, Math.floor(width / 48));
  const x = (t: number) => `${((t - start) / (end - start)) * 100}%`;
  const rect = () => axis.current!.getBoundingClientRect();
  return (
    <div class="timeline">
      <div class="timeline-controls" role="group" aria-label="Zoom">
        <button type="button" onClick={() => zoom.zoom(0.5)}>Zoom in</button>
        <button type="button" onClick={() => zoom.zoom(2)}>Zoom out</button>
        <button type="button" onClick={() => zoom.pan(-0.2)} aria-label="Earlier">←</button>
        <button type="button" onClick={() => zoom.pan(0.2)} aria-label="Later">→</button>
        <button type="button" onClick={zoom.reset}>Show all</button>
        <span class="muted hint">{formatDate(isoDay(start))} – {formatDate(isoDay(end))}. Drag to pan; wheel over the dates (or Ctrl + wheel) zooms; focused, the keys + − ← → 0.</span>
      </div>
      <div class="timeline-body" tabIndex={0} aria-label="Timeline chart; + and − zoom, arrow keys pan, 0 shows all"
        onKeyDown={zoom.onKeyDown}
        onWheel={(e) => (e.ctrlKey || (e.target as Element).closest('.tl-axis')) && zoom.onWheel(e, rect())}
        onPointerDown={(e) => zoom.onPointerDown(e, rect())} onPointerMove={zoom.onPointerMove} onPointerUp={zoom.onPointerUp} onPointerLeave={zoom.onPointerUp}
        onClickCapture={(e) => {
          if (zoom.moved.current) e.preventDefault();
          zoom.moved.current = false;
        }}>
        <div class="tl-row tl-axis-row">
          <div class="tl-label" />
          <div class="tl-axis" ref={axis}>
            <svg width="100%" height="28" aria-hidden="true">
              {ticks.map((tick) => (
                <g key={tick.at}>
                  <line x1={x(tick.at)} x2={x(tick.at)} y1="18" y2="28" class="tick" />
                  <text x={x(tick.at)} y="13" class="tick-label" text-anchor={anchorAt((tick.at - start) / (end - start))}>{tick.label}</text>
                </g>
              ))}
            </svg>
          </div>
        </div>
        {rows.map((row) => (
          <TimelineRow key={row.claim} row={row} x={x} ticks={ticks} />
        ))}
      </div>
    </div>
  );
}

function TimelineRow({ row, x, ticks }: { row: Row; x: (t: number) => string; ticks: { at: number }[] }) {
  const perDay = new Map<string, number>();
  return (
    <div class="tl-row">
      <div class="tl-label">
        <a href={href.claim(row.claim)}>{row.text}</a>
      </div>
      <svg class="tl-strip" width="100%" height="40">
        {ticks.map((tick) => (
          <line key={tick.at} x1={x(tick.at)} x2={x(tick.at)} y1="0" y2="40" class="gridline" />
        ))}
        {row.event && (
          <a href={href.claim(row.claim)} aria-label={`${row.text} happened ${row.eventLabel}`}>
            <rect x={x(row.event.start)} y="4" height="10" rx="3" class="event-bar"
              style={{ width: `max(4px, ${(parseFloat(x(row.event.end)) - parseFloat(x(row.event.start))).toFixed(3)}%)` }}>
              <title>{`happened ${row.eventLabel}`}</title>
            </rect>
          </a>
        )}
        {row.reports.map((report) => {
          const k = perDay.get(report.date) ?? 0;
          perDay.set(report.date, k + 1);
          const label = `${report.stance}: ${report.speaker} via ${report.outlet}, ${formatDate(report.date)}: “${report.text}”`;
          return (
            <a key={`${report.article}/${report.statement}`} href={href.article(report.article, { statement: report.statement, claim: report.claim })} aria-label={label}>
              <g transform={`translate(${(k % 6) * 6} ${Math.floor(k / 6) * 5})`}>
                <circle cx={x(dayOf(report.date))} cy="25" r="5" class={`report-dot stance-${report.stance}`}>
                  <title>{label}</title>
                </circle>
              </g>
            </a>
          );
        })}
      </svg>
    </div>
  );
}
