import { api } from '../api.js';
import { UndoButton } from '../components/CorrectionMarks.js';
import { Await } from '../components/Loaded.js';
import { NameSetting } from '../components/NameSetting.js';
import { articleOfTarget, correctionState, describeTarget, formatTime, kindLabel } from '../correctionText.js';
import { plural } from '../format.js';
import { href } from '../router.js';
import type { CorrectionRecord, Page } from '../types.js';
import { useApi } from '../useApi.js';

/** The audit log: every correction by hand in the order made, undone ones included (nothing is ever deleted), each with its undo. */
export function CorrectionLog() {
  const log = useApi(() => api.corrections(), []);
  return (
    <>
      <header class="page-head">
        <h1>Corrections by hand</h1>
        <p class="lede">
          What journalists changed in the automatic reading, when, why and by whom. Each stays in force through every reanalysis until it is undone;
          undone ones stay listed.
        </p>
        <NameSetting />
      </header>
      <Await loaded={log}>
        {(page: Page<CorrectionRecord>) => (page.items.length === 0 ? (
          <p class="empty">No corrections yet. Use the ✎ correct buttons beside a claim, a statement, a source or an article.</p>
        ) : (
          <section aria-labelledby="log-h">
            <h2 id="log-h">
              {plural(page.total, 'correction')} <span class="muted">({page.items.filter((c) => c.undone_at === null).length} in force)</span>
            </h2>
            <ol class="correction-log" reversed>
              {[...page.items].reverse().map((correction) => <Entry key={correction.id} correction={correction} onUndone={log.reload} />)}
            </ol>
          </section>
        ))}
      </Await>
    </>
  );
}

function Entry({ correction: c, onUndone }: { correction: CorrectionRecord; onUndone: () => void }) {
  const about = articleOfTarget(c.target);
  const undone = c.undone_at !== null;
  return (
    <li class={undone ? 'correction undone' : 'correction'} value={c.id}>
      <p class="correction-head">
        <span class="correction-kind">{kindLabel(c.target.kind)}</span> <span class="muted">#{c.id} · {formatTime(c.at)} · by</span> {c.by}
      </p>
      <p class="correction-what">
        {describeTarget(c.target)}
        {about && <> · <a href={href.article(about.article, about.statement ? { statement: about.statement } : undefined)}>open the article</a></>}
      </p>
      {c.note ? <p class="correction-note">“{c.note}”</p> : <p class="muted correction-note">no note</p>}
      <p class="correction-state">
        <span class={undone ? 'muted' : 'in-force'}>{correctionState(c)}</span> {!undone && <UndoButton id={c.id} onDone={onUndone} />}
      </p>
    </li>
  );
}
