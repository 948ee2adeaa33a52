import { constants } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';

/** What a directory entry or stat says a path is, for a message: 'a FIFO (named pipe)', 'a socket'. */
export function describeFileKind(entry: {
  isFIFO(): boolean;
  isSocket(): boolean;
  isCharacterDevice(): boolean;
  isBlockDevice(): boolean;
  isDirectory(): boolean;
  isSymbolicLink(): boolean;
}): string {
  if (entry.isFIFO()) return 'a FIFO (named pipe)';
  if (entry.isSocket()) return 'a socket';
  if (entry.isCharacterDevice()) return 'a character device';
  if (entry.isBlockDevice()) return 'a block device';
  if (entry.isDirectory()) return 'a folder';
  if (entry.isSymbolicLink()) return 'a symbolic link';
  return 'not a regular file';
}

/** A path that is not a regular file; the message says what it is ('is a FIFO (named pipe), not a file; ...'). */
export class NotRegularFile extends Error {
  override name = 'NotRegularFile';
}

/**
 * Opens a path for reading only if it is a regular file. The open does not
 * block (O_NONBLOCK), and the check is on the opened descriptor, so a FIFO,
 * a device or a socket is refused rather than read, even one put in place
 * after the folder was listed: reading a FIFO with no writer waits forever,
 * and /dev/zero never ends.
 */
export async function openRegularFile(filePath: string): Promise<{ handle: FileHandle; bytes: number }> {
  const handle = await open(filePath, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw new NotRegularFile(`is ${describeFileKind(info)}, not a file; special files are not read`);
    return { handle, bytes: info.size };
  } catch (error) {
    await handle.close();
    throw error;
  }
}
