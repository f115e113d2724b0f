/** Output to pipes whose reader may leave early (`articlelint … | head -1`). */
/** The reader of our output went away (`articlelint … | head -1`). */
export function isClosedPipe(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException)?.code;
  return code === 'EPIPE' || code === 'ERR_STREAM_DESTROYED';
}

/**
 * A closed pipe ends the output quietly: Node reports EPIPE as an 'error'
 * event, which would crash with a stack trace; later writes are dropped.
 */
export function pipeWriter(stream: NodeJS.WriteStream): (text: string) => void {
  let closed = false;
  stream.on('error', (error) => {
    if (!isClosedPipe(error)) throw error;
    closed = true;
  });
  return (text) => {
    if (!closed && !stream.destroyed) stream.write(text);
  };
}
