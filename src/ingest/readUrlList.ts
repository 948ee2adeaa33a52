import { NotRegularFile, openRegularFile } from './openRegularFile.js';
import type { IngestFailure } from './types.js';

/**
 * A list of URLs for `analyze --urls FILE`: one per line; blank lines and
 * lines starting with '#' are left out, and so is a comment after a URL
 * ('https://x/a  # the first report'). A line that is not an http(s) URL is
 * a failure naming its line; the other lines are still read.
 */
export async function readUrlList(listPath: string): Promise<{ urls: string[]; failed: IngestFailure[] }> {
  let text: string;
  try {
    const { handle } = await openRegularFile(listPath);
    try {
      text = await handle.readFile('utf8');
    } finally {
      await handle.close();
    }
  } catch (error) {
    const reason = error instanceof NotRegularFile ? error.message : `cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`;
    return { urls: [], failed: [{ source: listPath, reason: `${listPath}: ${reason}; expected a list of URLs, one per line` }] };
  }
  const urls: string[] = [];
  const failed: IngestFailure[] = [];
  text.replace(/^\uFEFF/, '').split(/\r?\n/).forEach((raw, index) => {
    const line = raw.replace(/(?:^|\s)#.*$/, '').trim();
    if (!line) return;
    if (/^https?:\/\/\S+$/i.test(line) && URL.canParse(line)) urls.push(line);
    else failed.push({ source: `${listPath}:${index + 1}`, reason: `${listPath} line ${index + 1}: "${line.slice(0, 200)}" is not an http(s) URL; expected one URL per line, like https://example.org/news/1` });
  });
  if (!urls.length && !failed.length) failed.push({ source: listPath, reason: `${listPath}: holds no URLs (only blank lines and # comments)` });
  return { urls, failed };
}
