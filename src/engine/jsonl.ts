/**
 * JSONL datasets: one JSON object per line, the article in one field. Streams
 * (memory stays flat however large the input), reports a malformed line with
 * its number and goes on, and writes fixed records back with every other
 * field byte-for-byte: only the text field's value is spliced.
 */
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { SummaryAccumulator, type CorpusSummary } from './corpus.js';
import { fatalResult, lintSource, summarizeSource } from './lint.js';
import type { FileConfig } from '../config/load.js';
import type { FixKind, LintResult, RuleRegistry } from '../types.js';

export interface JsonlOptions {
  textField: string;
  idField?: string;
  config: FileConfig;
  corpus?: CorpusSummary;
  fixKinds?: readonly FixKind[];
}

export interface JsonlRecordOutcome {
  /** 1-based line number in the input. */
  line: number;
  result: LintResult;
  /** The record to write back (`--out`): the input line, with the text spliced when fixed. */
  record?: string;
  /** Set for malformed lines. */
  error?: string;
}

/** Where a top-level key's value sits in a JSON object text: [start, end) of the raw value. */
export function findTopLevelValue(json: string, key: string): [number, number] | undefined {
  let i = skipWs(json, 0);
  if (json[i] !== '{') return undefined;
  i++;
  for (;;) {
    i = skipWs(json, i);
    if (json[i] === '}') return undefined;
    if (json[i] !== '"') return undefined;
    const keyEnd = skipString(json, i);
    const name = JSON.parse(json.slice(i, keyEnd)) as string;
    i = skipWs(json, keyEnd);
    if (json[i] !== ':') return undefined;
    i = skipWs(json, i + 1);
    const valueStart = i;
    const valueEnd = skipValue(json, i);
    if (name === key) return [valueStart, valueEnd];
    i = skipWs(json, valueEnd);
    if (json[i] === ',') i++;
    else return undefined;
  }
}

function skipWs(s: string, i: number): number {
  while (i < s.length && (s[i] === ' ' || s[i] === '\t' || s[i] === '\r' || s[i] === '\n')) i++;
  return i;
}

function skipString(s: string, i: number): number {
  i++;
  while (i < s.length) {
    const c = s[i];
    if (c === '\\') i += 2;
    else if (c === '"') return i + 1;
    else i++;
  }
  return i;
}

function skipValue(s: string, i: number): number {
  if (s[i] === '"') return skipString(s, i);
  if (s[i] === '{' || s[i] === '[') {
    let depth = 0;
    while (i < s.length) {
      const c = s[i];
      if (c === '"') {
        i = skipString(s, i);
        continue;
      }
      if (c === '{' || c === '[') depth++;
      else if (c === '}' || c === ']') {
        depth--;
        if (depth === 0) return i + 1;
      }
      i++;
    }
    return i;
  }
  while (i < s.length && !',}] \t\r\n'.includes(s[i]!)) i++;
  return i;
}

interface ParsedRecord {
  ok: true;
  text: string;
  id: string;
}

function parseRecord(raw: string, lineNo: number, options: JsonlOptions, sourceName: string): ParsedRecord | { ok: false; error: string; id: string } {
  const id = `${sourceName}:${lineNo}`;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (error) {
    return { ok: false, error: `line ${lineNo}: malformed JSON (${(error as Error).message}), skipped`, id };
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) return { ok: false, error: `line ${lineNo}: not a JSON object, skipped`, id };
  const record = value as Record<string, unknown>;
  const text = record[options.textField];
  const recordId = options.idField && record[options.idField] !== undefined ? String(record[options.idField]) : id;
  if (text === undefined) return { ok: false, error: `line ${lineNo}: no "${options.textField}" field, skipped`, id: recordId };
  if (typeof text !== 'string') return { ok: false, error: `line ${lineNo}: "${options.textField}" is not a string, skipped`, id: recordId };
  return { ok: true, text, id: recordId };
}

function lines(input: Readable) {
  return createInterface({ input, crlfDelay: Infinity });
}

/** First pass over a JSONL file: the merged corpus summary of its records, named as linting names them. */
export async function summarizeJsonl(input: Readable, options: JsonlOptions, sourceName: string, registry: RuleRegistry): Promise<CorpusSummary> {
  const summary = new SummaryAccumulator(registry);
  let lineNo = 0;
  for await (const raw of lines(input)) {
    lineNo++;
    if (!raw.trim()) continue;
    const parsed = parseRecord(raw, lineNo, options, sourceName);
    if (!parsed.ok) continue;
    const collected = await summarizeSource(parsed.text, parsed.id, options.config, {});
    if (collected) summary.add(collected);
  }
  return summary.result();
}

export async function* lintJsonl(input: Readable, options: JsonlOptions, sourceName: string): AsyncGenerator<JsonlRecordOutcome> {
  let lineNo = 0;
  for await (const raw of lines(input)) {
    lineNo++;
    if (!raw.trim()) continue;
    const parsed = parseRecord(raw, lineNo, options, sourceName);
    if (!parsed.ok) {
      yield { line: lineNo, result: fatalResult(parsed.id, parsed.error), error: parsed.error };
      continue;
    }
    const result = await lintSource(parsed.text, parsed.id, { config: options.config, corpus: options.corpus, fixKinds: options.fixKinds });
    delete result.source;
    let record = raw;
    if (result.output !== undefined) {
      const span = findTopLevelValue(raw, options.textField);
      if (span) record = raw.slice(0, span[0]) + JSON.stringify(result.output) + raw.slice(span[1]);
    }
    yield { line: lineNo, result, record };
  }
}
