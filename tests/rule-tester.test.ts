/**
 * Tests of the rule tester itself, on a small rule defined here: it flags
 * "teh" (safe fix: "the") and "recieve" (a suggestion: "receive").
 *
 * @example Invalid
 *   He said teh talks had\u00a0ended.   (a note for the reader)
 * @example Valid
 *   He said the talks had ended.
 */
import { describe, expect, it } from 'vitest';
import type { Rule } from '../src/types.js';
import { checkExample, checkInvalid, checkMessageIdsUsed, checkMeta, checkNoDuplicates, checkValid, headerExamples, parseHeaderExamples, type InvalidCase } from './helpers/rule-tester.js';

const typos: Rule = {
  meta: {
    id: 'typos',
    description: 'Disallow two typos.',
    category: 'style',
    severity: 'error',
    recommended: false,
    fixable: 'both',
    hasSuggestions: true,
    schema: { type: 'object', properties: { ignore: { type: 'array', items: { type: 'string' } } }, additionalProperties: false },
    messages: { typo: '"{{word}}" is a typo of "{{fixed}}".', unsure: '"{{word}}" may be a typo.', write: 'Write "{{fixed}}"' },
    docs: 'tests/rule-tester.test.ts',
  },
  check({ doc, options, report }) {
    const ignore = (options as { ignore?: string[] }).ignore ?? [];
    for (const m of doc.text.matchAll(/\b(teh|recieve)\b/g)) {
      if (ignore.includes(m[0])) continue;
      const range: [number, number] = [m.index, m.index + m[0].length];
      if (m[0] === 'teh') report({ messageId: 'typo', data: { word: m[0], fixed: 'the' }, start: range[0], end: range[1], fix: { range, text: 'the' } });
      else report({ messageId: 'unsure', data: { word: m[0] }, start: range[0], end: range[1], suggestions: [{ desc: 'Write "receive"', fix: { range, text: 'receive' } }] });
    }
  },
};

const both: InvalidCase = {
  text: 'They recieve teh news.',
  errors: [
    { messageId: 'unsure', data: { word: 'recieve' }, line: 1, column: 6, endColumn: 13, suggestions: [{ desc: 'Write "receive"', output: 'They receive teh news.' }] },
    { messageId: 'typo', data: { word: 'teh', fixed: 'the' }, line: 1, column: 14 },
  ],
  output: 'They recieve the news.',
};

const withCase = (change: (c: InvalidCase) => void): InvalidCase => {
  const c = structuredClone(both);
  change(c);
  return c;
};

describe('rule tester', () => {
  it('passes a case that states everything right', async () => {
    await expect(checkInvalid(typos, both)).resolves.toBeUndefined();
    expect(() => checkValid(typos, { text: 'They receive the news.' })).not.toThrow();
  });

  it('fails an invalid case of a fixable rule that omits output', async () => {
    await expect(checkInvalid(typos, withCase((c) => delete c.output))).rejects.toThrow(/is fixable: state 'output'/);
  });

  it('fails a wrong output, and output: null when a fix applies', async () => {
    await expect(checkInvalid(typos, withCase((c) => (c.output = 'They recieve teh news!')))).rejects.toThrow(/output after --fix/);
    await expect(checkInvalid(typos, withCase((c) => (c.output = null)))).rejects.toThrow(/output is null but 1 finding/);
    await expect(checkInvalid(typos, withCase((c) => (c.output = c.text!)))).rejects.toThrow(/write 'output: null'/);
  });

  it('fails a wrong, unknown or missing messageId, and wrong data', async () => {
    await expect(checkInvalid(typos, withCase((c) => (c.errors[1]!.messageId = 'unsure')))).rejects.toThrow(/messageId 'typo' does not match the expected 'unsure'/);
    await expect(checkInvalid(typos, withCase((c) => (c.errors[1]!.messageId = 'tpyo')))).rejects.toThrow(/invalid messageId 'tpyo'/);
    await expect(checkInvalid(typos, withCase((c) => delete (c.errors[1] as { messageId?: string }).messageId))).rejects.toThrow(/states no 'messageId'/);
    await expect(checkInvalid(typos, withCase((c) => (c.errors[1]!.data = { word: 'teh', fixed: 'ten' })))).rejects.toThrow(/error 1: the message is ""teh" is a typo of "the".", the expected data give ""teh" is a typo of "ten"."/);
  });

  it('fails a wrong position and a wrong number of errors', async () => {
    await expect(checkInvalid(typos, withCase((c) => (c.errors[1]!.column = 13)))).rejects.toThrow(/error 1: column is 14, expected 13/);
    await expect(checkInvalid(typos, withCase((c) => c.errors.pop()))).rejects.toThrow(/should have 1 finding\(s\), has 2/);
  });

  it('checks suggestions: stated, their desc and their output', async () => {
    await expect(checkInvalid(typos, withCase((c) => delete c.errors[0]!.suggestions))).rejects.toThrow(/has suggestions \(Write "receive"\): state them/);
    await expect(checkInvalid(typos, withCase((c) => (c.errors[0]!.suggestions![0]!.output = 'They receive the news.')))).rejects.toThrow(/suggestion 0: output/);
    await expect(checkInvalid(typos, withCase((c) => (c.errors[0]!.suggestions![0]!.desc = 'Write "recieve"')))).rejects.toThrow(/suggestion 0: desc/);
    await expect(checkInvalid(typos, withCase((c) => (c.errors[0]!.suggestions = [])))).rejects.toThrow(/should have 0 suggestions, has 1/);
    await expect(checkInvalid(typos, withCase((c) => (c.errors[1]!.suggestions = [{ desc: 'x', output: 'y' }])))).rejects.toThrow(/should have 1 suggestions, has 0/);
  });

  it('accepts a suggestion stated by messageId, with or without data', async () => {
    const byId = (data?: Record<string, string>) => withCase((c) => (c.errors[0]!.suggestions = [{ messageId: 'write', ...(data ? { data } : {}), output: 'They receive teh news.' }]));
    await expect(checkInvalid(typos, byId())).resolves.toBeUndefined();
    await expect(checkInvalid(typos, byId({ fixed: 'receive' }))).resolves.toBeUndefined();
    await expect(checkInvalid(typos, byId({ fixed: 'recieve' }))).rejects.toThrow(/suggestion 0: desc/);
  });

  it('validates options against meta.schema', async () => {
    await expect(checkInvalid(typos, withCase((c) => (c.options = { ignor: ['teh'] })))).rejects.toThrow(/invalid options .*unknown option "ignor"; did you mean "ignore"\?/);
    expect(() => checkValid(typos, { text: 'teh', options: { ignore: 'teh' } })).toThrow(/invalid options .*ignore: bad option: must be array/);
    expect(() => checkValid(typos, { text: 'teh', options: { ignore: ['teh'] } })).not.toThrow();
  });

  it("names the old tester's properties and what replaces them", async () => {
    const old = withCase((c) => Object.assign(c.errors[1]!, { message: 'typo' }));
    await expect(checkInvalid(typos, old)).rejects.toThrow(/unknown property 'message' \(state 'messageId'/);
    await expect(checkInvalid(typos, withCase((c) => Object.assign(c, { fixTypes: ['suggestion'] })))).rejects.toThrow(/unknown property 'fixTypes'/);
  });

  it('fails a valid case with findings', () => {
    expect(() => checkValid(typos, { text: 'He read teh paper.' })).toThrow(/should have no findings, has:\n {2}1:9 typo "teh" is a typo of "the"\./);
  });

  it('explains an undeclared fix and an unfilled placeholder', () => {
    const undeclared: Rule = { ...typos, meta: { ...typos.meta, fixable: undefined } };
    expect(() => checkValid(undeclared, { text: 'teh' })).toThrow(/reported a fix but its meta.fixable is not set/);
    const unfilled: Rule = { ...typos, check: ({ report }) => report({ messageId: 'unsure', start: 0, end: 1 }) };
    expect(() => checkValid(unfilled, { text: 'x' })).toThrow(/placeholder 'word' has no value/);
  });

  it('checks meta: messages declared, header examples present, every message id tested', () => {
    expect(() => checkMeta(typos)).not.toThrow();
    expect(() => checkMeta({ ...typos, meta: { ...typos.meta, messages: undefined } })).toThrow(/declares no meta.messages/);
    expect(() => checkMeta({ ...typos, meta: { ...typos.meta, docs: 'tests/helpers/cli.ts' } })).toThrow(/needs an @example Invalid and an @example Valid/);
    expect(() => checkMessageIdsUsed(typos, [both])).toThrow(/no invalid case expects: write/);
    expect(() => checkMeta({ ...typos, meta: { ...typos.meta, defaultOptions: { ignore: 'teh' } } })).toThrow(/meta.defaultOptions: rules.typos.ignore: bad option/);
  });

  it('fails a case that repeats another (same text, options and file name)', () => {
    expect(() => checkNoDuplicates({ valid: [{ text: 'a' }], invalid: [{ ...both, name: 'again', text: 'a' }] })).toThrow(/invalid case 0 \(again\) repeats valid case 0/);
    expect(() => checkNoDuplicates({ valid: [{ text: 'a' }, { text: 'a', filename: 'a.md' }], invalid: [both] })).not.toThrow();
  });

  it('reads header examples: escapes, notes, and a failing example', () => {
    const examples = headerExamples(typos);
    expect(examples.map((e) => [e.kind, e.files.map((f) => f.text)])).toEqual([
      ['Invalid', ['He said teh talks had\u00a0ended.\n']],
      ['Valid', ['He said the talks had ended.\n']],
    ]);
    expect(() => examples.forEach((e) => checkExample(typos, e))).not.toThrow();
    const swapped = { ...examples[0]!, kind: 'Valid' as const };
    expect(() => checkExample(typos, swapped)).toThrow(/the Valid example raises findings/);
    expect(() => checkExample(typos, { ...examples[1]!, kind: 'Invalid' })).toThrow(/the Invalid example raises no finding/);
  });

  it('reads bytes, corpus files, case settings and blank lines in examples', () => {
    const header = [
      '/**',
      ' * @example Invalid {"filename": "a.md", "options": {"ignore": []}}',
      ' *   First line.',
      ' *',
      ' *   Second\\tline.',
      ' *',
      ' * Prose after the example.',
      ' * @example Valid',
      ' *   (bytes) 43 61 66 C3 A9 0A   "Café"',
      ' * @example Valid',
      ' *   a.txt: One file.',
      ' *   b.txt: Another\\n\\nfile.',
      ' */',
    ].join('\n');
    const parsed = parseHeaderExamples(`// licence\n${header}`, 'x.ts', true);
    expect(parsed.map((e) => [e.kind, e.line])).toEqual([['Invalid', 3], ['Valid', 9], ['Valid', 11]]);
    expect(parsed[0]!.files).toEqual([{ filename: 'a.md', options: { ignore: [] }, text: 'First line.\n\nSecond\tline.\n', name: 'x.ts:3' }]);
    expect(parsed[1]!.files[0]!.bytes).toEqual(Uint8Array.from([0x43, 0x61, 0x66, 0xc3, 0xa9, 0x0a]));
    expect(parsed[2]!.files.map((f) => [f.filename, f.text])).toEqual([['a.txt', 'One file.\n'], ['b.txt', 'Another\n\nfile.\n']]);
    expect(parseHeaderExamples(header, 'x.ts', false)[2]!.files.map((f) => f.text)).toEqual(['a.txt: One file.\nb.txt: Another\n\nfile.\n']);
    expect(() => parseHeaderExamples('/**\n * @example Valid {"option": 1}\n *   x\n */', 'x.ts', false)).toThrow(/unknown property 'option'/);
    expect(() => parseHeaderExamples('/**\n * @example Valid {option: 1}\n *   x\n */', 'x.ts', false)).toThrow(/x.ts:2: what follows @example Valid is not a JSON object/);
    expect(parseHeaderExamples('/**\n * @example Valid (in one file)\n *   x\n */', 'x.ts', false)[0]!.files).toEqual([{ text: 'x\n', name: 'x.ts:2' }]);
    expect(() => parseHeaderExamples('/**\n * @example Valid\n * @example Invalid\n *   x\n */', 'x.ts', false)).toThrow(/x.ts:2: the @example Valid block is empty/);
  });
});
