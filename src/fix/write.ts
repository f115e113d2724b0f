/**
 * Atomic write: a temp file beside the target, the target's mode copied, then
 * rename. A reader sees the old file or the new one, never a torn one. If the
 * file changed on disk since it was read, nothing is written.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';

export class StaleFileError extends Error {
  override name = 'StaleFileError';
}

export async function writeFileAtomic(file: string, data: Uint8Array, expectedOriginal?: Uint8Array): Promise<void> {
  const stat = await fs.stat(file).catch(() => undefined);
  const dir = path.dirname(file);
  const tmp = path.join(dir, `.${path.basename(file)}.articlelint-${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  try {
    const handle = await fs.open(tmp, 'wx', stat ? stat.mode & 0o7777 : 0o644);
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (stat) await fs.chmod(tmp, stat.mode & 0o7777);
    if (expectedOriginal) {
      const now = await fs.readFile(file).catch(() => undefined);
      if (!now || !Buffer.from(now).equals(Buffer.from(expectedOriginal))) {
        throw new StaleFileError(`${file}: changed on disk while articlelint ran; fix not written`);
      }
    }
    await fs.rename(tmp, file);
  } catch (error) {
    await fs.rm(tmp, { force: true });
    throw error;
  }
}
