import type { ArticleRecord } from '../types.js';

export type Layer = 'statements' | 'speakers' | 'times' | 'entities';

interface Mark {
  start: number;
  end: number;
  className: string;
  title: string;
}

/** The spans each highlighting layer paints, as offsets into the article text. */
function marksOf(article: ArticleRecord, layers: Set<Layer>, target: { start: number; end: number } | null): Mark[] {
  const marks: Mark[] = [];
  if (layers.has('statements')) {
    for (const s of article.statements) {
      const who = s.speaker ? s.speaker.canonical : 'unnamed source';
      marks.push({ ...s.content, className: 'hl-statement', title: `${s.id}: ${who} — ${s.kind}${s.negated ? ', negated' : ''}` });
      marks.push({ ...s.cue, className: 'hl-cue', title: `cue: ${s.cue.text}` });
      for (const hedge of s.hedges) marks.push({ ...hedge, className: 'hl-hedge', title: `hedge: ${hedge.text}` });
    }
  }
  if (layers.has('speakers')) {
    for (const s of article.statements) if (s.speaker) marks.push({ ...s.speaker, className: 'hl-speaker', title: `speaker: ${s.speaker.canonical}` });
  }
  if (layers.has('times')) {
    for (const t of article.times) marks.push({ ...t, className: 'hl-time', title: `time: ${t.value} (${t.how.rule})` });
  }
  if (layers.has('entities')) {
    for (const e of article.entities) marks.push({ ...e, className: `hl-entity hl-${e.type}`, title: `${e.type}: ${e.canonical}` });
  }
  if (target) marks.push({ ...target, className: 'hl-target', title: 'the statement you followed' });
  return marks;
}

/**
 * The clean text by paragraph, cut at every span boundary so overlapping
 * highlights combine as classes on flat spans. Everything is a text node:
 * markup in an article stays visible and inert.
 */
export function ArticleText({ article, layers, target }: { article: ArticleRecord; layers: Set<Layer>; target: { start: number; end: number } | null }) {
  const marks = marksOf(article, layers, target);
  let targetPlaced = false;
  return (
    <div class="article-text">
      {article.paragraphs.map((paragraph) => {
        const inside = marks.filter((m) => m.start < paragraph.end && m.end > paragraph.start);
        const cuts = new Set([paragraph.start, paragraph.end]);
        for (const m of inside) {
          cuts.add(Math.max(m.start, paragraph.start));
          cuts.add(Math.min(m.end, paragraph.end));
        }
        const points = [...cuts].sort((a, b) => a - b);
        const pieces = [];
        for (let i = 0; i + 1 < points.length; i++) {
          const [a, b] = [points[i], points[i + 1]];
          const text = article.text.slice(a, b);
          const active = inside.filter((m) => m.start <= a && m.end >= b);
          if (active.length === 0) {
            pieces.push(text);
            continue;
          }
          const isTarget = active.some((m) => m.className === 'hl-target');
          const first = isTarget && !targetPlaced;
          if (first) targetPlaced = true;
          pieces.push(
            <span key={a} class={active.map((m) => m.className).join(' ')} title={active.map((m) => m.title).join('\n')}
              id={first ? 'target-statement' : undefined} tabIndex={first ? -1 : undefined}>
              {text}
            </span>,
          );
        }
        return (
          <p key={paragraph.start} class={`para para-${paragraph.kind}`}>
            {paragraph.kind !== 'body' && <span class="para-kind">{paragraph.kind}</span>}
            {pieces}
          </p>
        );
      })}
    </div>
  );
}
