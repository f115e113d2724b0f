/** What the CLI needs from its process: streams, the working folder, the environment. */
import type { Readable } from 'node:stream';

export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readStdin: () => Promise<string>;
  stdinStream: () => Readable;
  stdoutStream: () => NodeJS.WritableStream;
  stderrIsTTY: boolean;
  cwd: string;
  isTTY: boolean;
  env: NodeJS.ProcessEnv;
}
