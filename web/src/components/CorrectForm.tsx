import type { ComponentChildren } from 'preact';
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { api } from '../api.js';
import { setCorrectorName, useCorrector } from '../corrector.js';
import type { CorrectionChange, CorrectionOutcome } from '../types.js';

/** One labelled field of a correction form; the label names the control alone (not the options inside it). */
export function Field({ label, hint, children }: { label: string; hint?: string; children: (id: string) => ComponentChildren }) {
  const id = useId();
  return (
    <div class="correct-field">
      <label for={id}>{label}{hint && <span class="muted"> ({hint})</span>}</label>
      {children(id)}
    </div>
  );
}

/** What a form's fields ask for: the change, or why it cannot be sent yet ('pick a claim from the list'). */
export type Built = CorrectionChange | string;

/**
 * A small 'correct' button that opens a compact form beside the thing it
 * corrects: the form's own fields (children), then why (a note) and, the
 * first time, who (the name, kept for next time). Escape or Cancel closes it
 * and gives the focus back to the button; saving waits for the story to be
 * brought up to date, then calls onDone.
 */
export function CorrectForm({ what, build, onDone, children }: {
  /** What is corrected, for the button's and form's names: 'this statement', 'the outlet and date'. */
  what: string;
  build: () => Built;
  onDone: (outcome: CorrectionOutcome) => void;
  children: ComponentChildren;
}) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const formId = useId();
  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  return (
    <span class="correct">
      <button ref={button} type="button" class="correct-button" aria-expanded={open} aria-controls={open ? formId : undefined}
        aria-label={`Correct ${what}`} title={`Correct ${what} by hand`} onClick={() => (open ? close() : setOpen(true))}>
        ✎ correct
      </button>
      {open && (
        <div class="correct-panel">
          <Form id={formId} what={what} build={build} onClose={close} onDone={(outcome) => {
            setOpen(false);
            onDone(outcome);
          }}>{children}</Form>
        </div>
      )}
    </span>
  );
}

function Form({ id, what, build, onClose, onDone, children }: {
  id: string;
  what: string;
  build: () => Built;
  onClose: () => void;
  onDone: (outcome: CorrectionOutcome) => void;
  children: ComponentChildren;
}) {
  const saved = useCorrector();
  const [note, setNote] = useState('');
  const [name, setName] = useState(saved);
  // Asked the first time; after that the form says whose name it signs with, and offers to change it.
  const [askName, setAskName] = useState(!saved);
  const [state, setState] = useState<{ busy: boolean; error?: string }>({ busy: false });
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => form.current?.querySelector<HTMLElement>('select, input, textarea')?.focus(), []);
  const submit = async (event: Event) => {
    event.preventDefault();
    const change = build();
    if (typeof change === 'string') return setState({ busy: false, error: change });
    if (!name.trim()) return setState({ busy: false, error: 'give your name: each correction says who made it' });
    setState({ busy: true });
    try {
      if (name.trim() !== saved) setCorrectorName(name);
      onDone(await api.correct({ change, note: note.trim(), by: name.trim() }));
    } catch (error) {
      setState({ busy: false, error: error instanceof Error ? error.message : String(error) });
    }
  };
  return (
    <form id={id} ref={form} class="correct-form" aria-label={`Correct ${what}`} onSubmit={submit}
      onKeyDown={(e) => e.key === 'Escape' && !state.busy && (e.preventDefault(), onClose())}>
      {children}
      <Field label="Why" hint="a note for the log">
        {(fieldId) => <textarea id={fieldId} name="note" rows={2} maxLength={2000} value={note} onInput={(e) => setNote((e.target as HTMLTextAreaElement).value)} />}
      </Field>
      {askName && (
        <Field label="Your name" hint="kept in this browser for your next corrections">
          {(fieldId) => <input id={fieldId} name="by" type="text" required maxLength={300} autoComplete="name" value={name} onInput={(e) => setName((e.target as HTMLInputElement).value)} />}
        </Field>
      )}
      <div class="correct-actions">
        <button type="submit" class="primary" disabled={state.busy}>{state.busy ? 'Saving…' : 'Save correction'}</button>
        <button type="button" disabled={state.busy} onClick={onClose}>Cancel</button>
        {!askName && (
          <span class="muted">
            as {saved} · <button type="button" class="link-button" onClick={() => setAskName(true)}>not you?</button>
          </span>
        )}
      </div>
      {state.busy && <p class="muted" role="status">Bringing the story up to date…</p>}
      {state.error && <p class="error" role="alert">Not saved: {state.error}</p>}
    </form>
  );
}
