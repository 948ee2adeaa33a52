import { useEffect, useRef, useState } from 'preact/hooks';
import { api } from '../api.js';
import { href } from '../router.js';
import type { IngestItem, IngestJob } from '../types.js';
import { UploadFields, describeUploadMetadata, noUploadMetadata, uploadFieldsProblem, type UploadMetadata } from './UploadFields.js';

type Upload =
  | { state: 'idle' }
  | { state: 'sending'; names: string[]; given: string }
  | { state: 'analysing'; job: IngestJob; given: string }
  | { state: 'error'; message: string };

/** How often a running upload job is asked for its progress. */
const pollMs = 400;

/**
 * Drop article files here (or pick them), with their outlet, address and
 * date when known (else read from each article); the server answers at once with a
 * job and analyses them in the background, and this polls the job to show
 * progress and each file's outcome as it is decided.
 */
export function DropZone({ onStored }: { onStored: () => void }) {
  const [upload, setUpload] = useState<Upload>({ state: 'idle' });
  const [over, setOver] = useState(false);
  const [metadata, setMetadata] = useState<UploadMetadata>(noUploadMetadata);
  const input = useRef<HTMLInputElement>(null);
  const fieldset = useRef<HTMLFieldSetElement>(null);
  // A newer upload (or leaving the page) stops the polling of the one before.
  const current = useRef(0);
  useEffect(() => () => void (current.current = -1), []);

  const send = async (files: File[]) => {
    if (files.length === 0) return;
    const upload = ++current.current;
    if (input.current) input.current.value = '';
    const problem = uploadFieldsProblem(fieldset.current);
    if (problem) return setUpload({ state: 'error', message: `${problem} Nothing was sent.` });
    const given = describeUploadMetadata(metadata);
    setUpload({ state: 'sending', names: files.map((f) => f.name), given });
    try {
      let job = await api.ingest(files, metadata);
      // The fields were for these files: the next ones start from empty rather than inherit them unseen.
      setMetadata(noUploadMetadata);
      let stored = 0;
      for (;;) {
        if (current.current !== upload) return;
        setUpload({ state: 'analysing', job, given });
        if (job.stored.length > stored) onStored();
        stored = job.stored.length;
        if (job.status === 'finished') return;
        await new Promise((resolve) => setTimeout(resolve, pollMs));
        job = await api.ingestJob(job.id);
      }
    } catch (error) {
      if (current.current === upload) setUpload({ state: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  };

  return (
    <section class="dropzone-wrap" aria-labelledby="drop-h">
      <h2 id="drop-h">Add articles</h2>
      <UploadFields value={metadata} onChange={setMetadata} fieldset={fieldset} />
      <label class={`dropzone${over ? ' over' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={(e) => {
          e.preventDefault();
          setOver(false);
          void send([...(e.dataTransfer?.files ?? [])]);
        }}>
        <input ref={input} type="file" name="files" multiple accept=".txt,.html,.htm,.jsonl,.ndjson,text/plain,text/html"
          class="file-input" onChange={(e) => void send([...((e.target as HTMLInputElement).files ?? [])])} />
        <span class="dropzone-text">
          Drop .txt, .html or .jsonl files here, or <span class="fake-button">choose files</span>
        </span>
      </label>
      <UploadReport upload={upload} />
    </section>
  );
}

function UploadReport({ upload }: { upload: Upload }) {
  if (upload.state === 'idle') return null;
  if (upload.state === 'sending') return <p role="status">Sending {upload.names.join(', ')}{upload.given && ` (${upload.given})`}…</p>;
  if (upload.state === 'error') return <p class="error" role="alert">Upload failed: {upload.message}</p>;
  const { job } = upload;
  return (
    <div class="upload-report" role="status">
      <p>
        {job.status === 'finished'
          ? `Done: ${job.stored.length} stored, ${job.duplicates.length} already in the store, ${job.failed.length} failed.`
          : `Analysing… ${job.done} of ${job.total} done.`}{' '}
        {job.status === 'running' && <progress max={job.total} value={job.done} />}
      </p>
      {upload.given && <p class="upload-given">Given for these files: {upload.given}</p>}
      <ul class="upload-items">
        {job.items.map((item, i) => (
          <UploadItem key={i} item={item} />
        ))}
      </ul>
      {job.warnings.length > 0 && (
        <ul class="upload-warnings">
          {job.warnings.map((warning, i) => (
            <li key={i}>warning: {warning}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

function UploadItem({ item }: { item: IngestItem }) {
  switch (item.outcome) {
    case 'waiting':
      return <li class="waiting">{item.source}: waiting…</li>;
    case 'stored':
      return (
        <li>
          <a href={href.article(item.id)}>{item.source}</a>: stored
        </li>
      );
    case 'duplicate':
      return (
        <li>
          {item.source}: already stored{item.storedFrom ? ` (from ${item.storedFrom})` : ''}
        </li>
      );
    case 'failed':
      return <li class="error">{item.reason}</li>;
  }
}
