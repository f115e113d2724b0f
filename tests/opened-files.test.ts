/** The corpus pass hands what it read and opened to the lint pass of the same thread (OpenedFiles in src/engine/lint.ts). */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createConfigLoader } from '../src/config/load.js';
import { Document } from '../src/engine/document.js';
import { fileRunOptions, lintFile, OpenedFiles, readDocument, summarizeFile, type FileRunOptions } from '../src/engine/lint.js';
import { loadRegistry } from '../src/engine/registry.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'articlelint-opened-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ARTICLE = 'Council approves budget\n\nThe Harbour Courier: news for the Eastern Shore since 1887\n';

async function okRead(file: string) {
  const read = await readDocument(file);
  if (!read.ok) throw new Error(read.reason);
  return read;
}

describe('OpenedFiles', () => {
  it('gives a kept file once, with a new document that has the same lines and analyses', async () => {
    const file = path.join(dir, 'a.txt');
    writeFileSync(file, ARTICLE);
    const read = await okRead(file);
    const doc = new Document(read.text, file, { decoding: read.info });
    const computed = doc.memo('test:lines', () => ({ count: doc.lines.length }));
    const opened = new OpenedFiles();
    opened.keep(file, read, doc);
    const taken = opened.take(file)!;
    expect(taken.read).toBe(read);
    expect(taken.doc).not.toBe(doc);
    expect(taken.doc!.lines).toBe(doc.lines);
    expect(taken.doc!.memo('test:lines', () => ({ count: -1 }))).toBe(computed);
    expect(opened.take(file)).toBeUndefined();
  });

  it('keeps only the text of a document whose tree was built, and nothing beyond its budget', async () => {
    const file = path.join(dir, 'b.txt');
    writeFileSync(file, ARTICLE);
    const read = await okRead(file);
    const parsed = new Document(read.text, file);
    void parsed.nlcst;
    const opened = new OpenedFiles();
    opened.keep(file, read, parsed);
    expect(opened.take(file)).toEqual({ read, doc: undefined });
    const small = new OpenedFiles(read.bytes.length);
    small.keep(file, read, new Document(read.text, file));
    expect(small.take(file)).toBeUndefined();
  });

  it('lets the lint pass lint what the corpus pass read, without reading the file again', async () => {
    const file = path.join(dir, 'c.txt');
    writeFileSync(file, ARTICLE);
    const registry = await loadRegistry();
    const loader = createConfigLoader(registry, { cwd: dir, configLookup: false });
    const run: FileRunOptions = { ...fileRunOptions(loader, registry, { cwd: dir }), opened: new OpenedFiles() };
    expect(await summarizeFile(file, run)).toBeDefined();
    rmSync(file);
    const result = await lintFile(file, run, undefined);
    expect(result.fatalErrorCount).toBe(0);
    expect(result.source).toBe(ARTICLE);
  });
});
