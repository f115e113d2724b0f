/**
 * Atomic write: a temp file beside the target, the target's mode (and, for
 * root, owner) copied, then rename. A reader sees the old file or the new one,
 * never a torn one; a process killed mid-write leaves at most a stray
 * `.name.articlelint-*.tmp`, never a truncated article. If the file changed on
 * disk since it was read, nothing is written. A symbolic link is written
 * through: its target gets the new text and the link stays a link.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';

export class StaleFileError extends Error {
  override name = 'StaleFileError';
}

/** The temp file's name: short enough for any file-name limit (255 bytes), hidden, never lintable (`.tmp`). */
export function tempNameFor(file: string): string {
  const base = Array.from(path.basename(file)).slice(0, 40).join('');
  return path.join(path.dirname(file), `.${base}.articlelint-${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
}

export async function writeFileAtomic(file: string, data: Uint8Array, expectedOriginal?: Uint8Array): Promise<void> {
  // Renaming over a symbolic link would replace the link by a plain file.
  const target = await fs.realpath(file).catch(() => file);
  const stat = await fs.stat(target).catch(() => undefined);
  const tmp = tempNameFor(target);
  try {
    const handle = await fs.open(tmp, 'wx', stat ? stat.mode & 0o7777 : 0o644);
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (stat) {
      // Owner first: chown may clear set-id bits that chmod then restores.
      if (process.getuid?.() === 0 && (stat.uid !== 0 || stat.gid !== 0)) await fs.chown(tmp, stat.uid, stat.gid).catch(() => undefined);
      await fs.chmod(tmp, stat.mode & 0o7777);
    }
    if (expectedOriginal) {
      const now = await fs.readFile(target).catch(() => undefined);
      if (!now || !Buffer.from(now).equals(Buffer.from(expectedOriginal))) {
        throw new StaleFileError(`${file}: changed on disk while articlelint ran; fix not written`);
      }
    }
    await fs.rename(tmp, target);
  } catch (error) {
    await fs.rm(tmp, { force: true });
    throw error;
  }
  // Make the rename itself durable (best effort: not every platform can fsync a folder).
  const dir = await fs.open(path.dirname(target), 'r').catch(() => undefined);
  if (dir) await dir.sync().catch(() => undefined).finally(() => dir.close().catch(() => undefined));
}
