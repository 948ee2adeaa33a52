import type { Ref } from 'preact';

/** What the form says about the files it sends; '' is not given, and the server then reads it from each article. */
export interface UploadMetadata {
  outlet: string;
  url: string;
  published: string;
}

export const noUploadMetadata: UploadMetadata = { outlet: '', url: '', published: '' };

const labels: Record<keyof UploadMetadata, string> = { outlet: 'Outlet', url: 'URL', published: 'Published' };

/** 'Outlet Reuters · Published 2019-10-27': the fields that were filled in, for the upload report. */
export function describeUploadMetadata(metadata: UploadMetadata): string {
  return (Object.keys(labels) as (keyof UploadMetadata)[])
    .filter((field) => metadata[field].trim())
    .map((field) => `${labels[field]} ${metadata[field].trim()}`)
    .join(' · ');
}

/**
 * The optional outlet, address and publication day of the files about to be
 * sent, as a manifest row gives them on the command line. The browser checks
 * the address and the day as typed (the server checks them again); a value
 * left empty is read from the article (its page, signature or dateline).
 */
export function UploadFields({ value, onChange, fieldset }: { value: UploadMetadata; onChange: (next: UploadMetadata) => void; fieldset: Ref<HTMLFieldSetElement> }) {
  const set = (field: keyof UploadMetadata) => (e: Event) => onChange({ ...value, [field]: (e.target as HTMLInputElement).value });
  return (
    <fieldset class="upload-fields" ref={fieldset}>
      <legend>About the files you add</legend>
      <p class="upload-fields-hint muted">Optional: what you leave empty is read from each article (its page, signature or dateline).</p>
      <label>
        {labels.outlet}
        <input name="outlet" type="text" maxLength={300} autoComplete="off" placeholder="e.g. Reuters" value={value.outlet} onInput={set('outlet')} />
      </label>
      <label>
        {labels.url}
        <input name="url" type="url" pattern="https?://.+" maxLength={2048} placeholder="https://…" value={value.url} onInput={set('url')}
          title="the article's address, starting http:// or https://" />
      </label>
      <label>
        {labels.published}
        <input name="published" type="date" min="1990-01-01" max="2100-12-31" value={value.published} onInput={set('published')} />
      </label>
    </fieldset>
  );
}

/** The first field the browser finds wrong, named, with its message; null when all are right. */
export function uploadFieldsProblem(fieldset: HTMLFieldSetElement | null): string | null {
  const invalid = fieldset ? [...fieldset.querySelectorAll('input')].find((input) => !input.checkValidity()) : undefined;
  if (!invalid) return null;
  invalid.focus();
  return `${labels[invalid.name as keyof UploadMetadata] ?? invalid.name}: ${invalid.validationMessage}`;
}
