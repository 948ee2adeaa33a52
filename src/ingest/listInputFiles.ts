import { open, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { sniffFeed } from './feeds/sniffFeed.js';
import { describeFileKind } from './openRegularFile.js';

/** Extensions read from folders. Given by name, a file is read whatever its extension. */
export const articleExtensions: ReadonlySet<string> = new Set(['.txt', '.text', '.html', '.htm', '.xhtml', '.jsonl', '.ndjson', '.rss', '.atom', '.warc', '.warc.gz']);
/** Read from folders only when they hold a feed: a folder of articles often has other JSON and XML beside them (an intended-story.json). */
const feedExtensions: ReadonlySet<string> = new Set(['.xml', '.json']);

/** '.warc.gz' for an archive, else the last extension, lower-cased. */
function extensionOf(name: string): string {
  return /\.warc\.gz$/i.test(name) ? '.warc.gz' : path.extname(name).toLowerCase();
}

/**
 * A file to read, a URL to fetch, a path that cannot be read (a failure of
 * the batch), or an entry left out of a folder on purpose (a warning:
 * hidden, a link, a FIFO).
 */
export type InputFile =
  | { path: string; bytes: number }
  | { path: string; url: string }
  | { path: string; missing: string }
  | { path: string; skipped: string };

/** http:// and https:// inputs are fetched; anything else is a path. */
export const isUrl = (given: string) => /^https?:\/\//i.test(given);

/**
 * Expands the paths given on the command line into files, in a stable order:
 * folders recursively, files as given. A path that cannot be read becomes an
 * entry with the reason, so the batch can report it and go on; a sub-folder
 * that cannot be read fails alone, and its readable siblings are still read.
 * In folders, hidden entries, node_modules, symbolic links and special files
 * (FIFOs, sockets, devices) are skipped, each with the reason; a special file
 * given by name is a failure, since it was asked for.
 */
export async function listInputFiles(paths: readonly string[]): Promise<InputFile[]> {
  const files: InputFile[] = [];
  for (const given of paths) {
    if (isUrl(given)) {
      files.push({ path: given, url: given });
      continue;
    }
    try {
      const info = await stat(given);
      if (info.isDirectory()) files.push(...withEmptyFolderNote(given, await walk(given)));
      else if (info.isFile()) files.push({ path: given, bytes: info.size });
      else files.push({ path: given, missing: `is ${describeFileKind(info)}, not a file; special files are not read` });
    } catch (error) {
      files.push({ path: given, missing: unreadable(error) });
    }
  }
  return files;
}

function unreadable(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  return code === 'ENOENT' ? 'no such file or folder' : `cannot be read (${code ?? String(error)})`;
}

/** A folder that gave nothing to read says so, rather than ending as a silent 'stored 0'. */
function withEmptyFolderNote(folder: string, found: InputFile[]): InputFile[] {
  if (found.some((file) => 'bytes' in file || 'missing' in file)) return found;
  const skipped = found.length ? `; ${found.length} entr${found.length === 1 ? 'y was' : 'ies were'} skipped (see above)` : '';
  return [...found, { path: folder, skipped: `holds no article files (${[...articleExtensions].join(', ')}, or feeds in .xml or .json files)${skipped}` }];
}

async function walk(folder: string): Promise<InputFile[]> {
  let entries;
  try {
    entries = (await readdir(folder, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
  } catch (error) {
    return [{ path: folder, missing: unreadable(error) }];
  }
  const files: InputFile[] = [];
  for (const entry of entries) {
    const full = path.join(folder, entry.name);
    if (entry.name.startsWith('.')) files.push({ path: full, skipped: 'skipped: hidden (its name starts with "."); give it by name to read it' });
    else if (entry.name === 'node_modules') files.push({ path: full, skipped: 'skipped: node_modules folders are not read' });
    else if (entry.isSymbolicLink()) files.push({ path: full, skipped: 'skipped: a symbolic link; links in folders are not followed (give the target by name to read it)' });
    else if (entry.isDirectory()) files.push(...(await walk(full)));
    else if (!entry.isFile()) files.push({ path: full, skipped: `skipped: ${describeFileKind(entry)}; special files are not read` });
    else if (articleExtensions.has(extensionOf(entry.name)) || (feedExtensions.has(extensionOf(entry.name)) && (await holdsFeed(full)))) {
      try {
        files.push({ path: full, bytes: (await stat(full)).size });
      } catch (error) {
        files.push({ path: full, missing: unreadable(error) });
      }
    }
  }
  return files;
}

/** Whether a .xml or .json file in a folder is a feed, by its first 4 kB. */
async function holdsFeed(filePath: string): Promise<boolean> {
  try {
    const handle = await open(filePath, 'r');
    try {
      const head = Buffer.alloc(4096);
      const { bytesRead } = await handle.read(head, 0, head.length, 0);
      return sniffFeed(head.subarray(0, bytesRead).toString('utf8')) !== null;
    } finally {
      await handle.close();
    }
  } catch {
    return false;
  }
}
