/** ajv, loaded on first use: only a rule entry with options (or a config checked without the bundle) needs it. */
export type Validator = ((data: unknown) => boolean) & { errors?: { instancePath: string; message?: string; keyword: string; params: unknown }[] | null };
export interface AjvLike {
  compile(schema: object): Validator;
}

/** The options every validator is compiled with (the bundle's precompiled shape validator too). */
export const AJV_OPTIONS = { allErrors: false, strict: false, useDefaults: false } as const;

let ajv: Promise<AjvLike> | undefined;

export function loadAjv(): Promise<AjvLike> {
  ajv ??= import('ajv').then((mod) => {
    const m = mod as unknown as { default: { default?: new (o: object) => AjvLike } & (new (o: object) => AjvLike) };
    const Ajv = m.default.default ?? m.default;
    return new Ajv(AJV_OPTIONS);
  });
  return ajv;
}
