import { useRef, useState } from 'preact/hooks';
import { api } from '../api.js';
import { href } from '../router.js';
import type { IngestResult } from '../types.js';

type Upload = { state: 'idle' } | { state: 'sending'; names: string[] } | { state: 'done'; result: IngestResult } | { state: 'error'; message: string };

/** Drop article files here (or pick them); they are analysed on the server and join the story. */
export function DropZone({ onStored }: { onStored: () => void }) {
  const [upload, setUpload] = useState<Upload>({ state: 'idle' });
  const [over, setOver] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  const send = async (files: File[]) => {
    if (files.length === 0) return;
    setUpload({ state: 'sending', names: files.map((f) => f.name) });
    try {
      const result = await api.ingest(files);
      setUpload({ state: 'done', result });
      if (result.stored.length > 0) onStored();
    } catch (error) {
      setUpload({ state: 'error', message: error instanceof Error ? error.message : String(error) });
    }
    if (input.current) input.current.value = '';
  };

  return (
    <section class="dropzone-wrap" aria-labelledby="drop-h">
      <h2 id="drop-h">Add articles</h2>
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
  if (upload.state === 'sending') return <p role="status">Analysing {upload.names.join(', ')}…</p>;
  if (upload.state === 'error') return <p class="error" role="alert">Upload failed: {upload.message}</p>;
  const { stored, duplicates, failed } = upload.result;
  const duplicateCount = typeof duplicates === 'number' ? duplicates : duplicates.length;
  return (
    <div class="upload-report" role="status">
      {stored.length > 0 && (
        <p>
          Stored:{' '}
          {stored.map((s, i) => (
            <span key={s.id}>
              {i > 0 && ', '}
              <a href={href.article(s.id)}>{s.source}</a>
            </span>
          ))}
        </p>
      )}
      {duplicateCount > 0 && <p>{duplicateCount} already stored.</p>}
      {failed.map((f) => (
        <p key={f.source} class="error">
          {f.source}: {f.reason}
        </p>
      ))}
    </div>
  );
}
