/**
 * Errors a user can cause. The CLI prints them as one line and exits 2;
 * anything else is a bug and shows a stack trace only with --debug.
 */
export class UsageError extends Error {
  override name = 'UsageError';
}

export class ConfigError extends Error {
  override name = 'ConfigError';
  constructor(
    readonly file: string,
    readonly key: string,
    detail: string,
  ) {
    super(`${file}${key ? `: ${key}` : ''}: ${detail}`);
  }
}
