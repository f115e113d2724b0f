/** A one-line progress bar on stderr for long runs on a terminal. */
export function createProgress(write: (text: string) => void, enabled: boolean, unit = 'files') {
  const started = Date.now();
  let last = 0;
  let shown = false;
  return {
    update(done: number, total?: number) {
      if (!enabled) return;
      const now = Date.now();
      // Quiet for the first second; then at most ten redraws a second.
      if (now - started < 1000 || now - last < 100) return;
      last = now;
      shown = true;
      const seconds = (now - started) / 1000;
      const rate = done / seconds;
      let line = `${done}${total ? `/${total}` : ''} ${unit}  ${rate.toFixed(0)}/s`;
      if (total) {
        const width = 24;
        const filled = Math.round((done / total) * width);
        const eta = rate > 0 ? Math.max(0, (total - done) / rate) : 0;
        line = `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${line}  ETA ${eta.toFixed(0)}s`;
      }
      write(`\r${line}\u001b[K`);
    },
    done() {
      if (shown) write('\r\u001b[K');
    },
  };
}
