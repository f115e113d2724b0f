/**
 * consistent-names through the API: the `names` config (canonical, ignore),
 * suggestions applied with fixText, the corpus hooks' merge laws, and the
 * seeds' acceptance findings.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fixText, lintFiles, lintText } from '../src/api.js';
import corpusRule, { type NamesSummary } from '../rules/consistent-names-corpus.js';
import { Document } from '../src/engine/document.js';

const only = (rules: Record<string, string>, names?: Record<string, unknown>) => ({ config: { rules, ...(names ? { settings: { names } } : {}) } as never });
const NAMES = { 'consistent-names': 'warn' };
const BOTH = { 'consistent-names': 'warn', 'consistent-names-corpus': 'warn' };

describe('consistent-names config', () => {
  const text = 'Hamas leader Ismail Haniyeh arrived in Cairo.\n\nHaniya said the movement was ready. Haniye left on Sunday.\n';

  it('a canonical map gives safe fixes', async () => {
    const result = await lintText(text, only(NAMES, { canonical: { 'Ismail Haniyeh': ['Haniya', 'Haniye'] } }));
    const messages = result.messages.filter((m) => m.ruleId === 'consistent-names');
    expect(messages.map((m) => m.reason)).toEqual([
      '"Haniya" (line 3) is a configured variant of "Ismail Haniyeh": write "Haniyeh".',
      '"Haniye" (line 3) is a configured variant of "Ismail Haniyeh": write "Haniyeh".',
    ]);
    expect(messages.every((m) => m.fix !== undefined)).toBe(true);
    const { output } = await fixText(text, only(NAMES, { canonical: { 'Ismail Haniyeh': ['Haniya', 'Haniye'] } }));
    expect(output).toBe('Hamas leader Ismail Haniyeh arrived in Cairo.\n\nHaniyeh said the movement was ready. Haniyeh left on Sunday.\n');
  });

  it('a canonical spelling in an automatic cluster makes its fix safe', async () => {
    const t = 'Al-Akhbar reported the talks.\n\nAl Akhbar said so, and Al Akhbar is close to the movement.\n';
    const plain = await fixText(t, only(NAMES));
    expect(plain.fixed).toBe(false); // only a suggestion, towards "Al Akhbar"
    const { output } = await fixText(t, only(NAMES, { canonical: { 'Al-Akhbar': [] } }));
    expect(output).toBe('Al-Akhbar reported the talks.\n\nAl-Akhbar said so, and Al-Akhbar is close to the movement.\n');
  });

  it('ignored names are left alone', async () => {
    const t = 'Ministers visited the Al-Aqsa Mosque.\n\nThe Al Aqsa mosque is on the site.\n';
    const flagged = await lintText(t, only(NAMES));
    expect(flagged.messages.filter((m) => m.ruleId === 'consistent-names')).toHaveLength(1);
    const ignored = await lintText(t, only(NAMES, { ignore: ['Al-Aqsa Mosque'] }));
    expect(ignored.messages.filter((m) => m.ruleId === 'consistent-names')).toHaveLength(0);
  });

  it('suggestions apply with fixTypes suggestion only', async () => {
    const t = 'CIA Director William Burns flew to Cairo.\n\nByrne’s presence underscores the pressure.\n';
    expect((await fixText(t, only(NAMES))).output).toBe(t);
    const { output } = await fixText(t, { ...only(NAMES), fixTypes: ['suggestion'] });
    expect(output).toBe('CIA Director William Burns flew to Cairo.\n\nBurns’s presence underscores the pressure.\n');
  });
});

describe('consistent-names-corpus hooks', () => {
  const hooks = corpusRule.corpus!;
  const docs = [
    'The daily Al Akhbar said so.',
    'The newspaper Al-Akhbar reported it. Médecins Sans Frontières left.',
    'Medecins Sans Frontieres evacuated staff. The Al-Akhbar report was denied.',
    'Gaza Strip officials spoke. John Smith left.',
  ].map((t, i) => hooks.collect(new Document(t, `doc${i}.txt`), {}));
  const arb = fc.constantFrom(...docs, hooks.empty());
  const canon = (s: NamesSummary) => JSON.stringify(s, (_, v) => (v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort()) : v));

  it('collects spellings with counts and the first file', () => {
    expect(docs[1]!.names['alakhbar']).toEqual({ 'Al-Akhbar': [1, 'doc1.txt'] });
    expect(hooks.merge(docs[1]!, docs[2]!).names['alakhbar']).toEqual({ 'Al-Akhbar': [2, 'doc1.txt'] });
  });

  it('merge is associative and commutative with empty as neutral element', () => {
    fc.assert(
      fc.property(arb, arb, arb, (a, b, c) => {
        expect(canon(hooks.merge(a, b))).toBe(canon(hooks.merge(b, a)));
        expect(canon(hooks.merge(hooks.merge(a, b), c))).toBe(canon(hooks.merge(a, hooks.merge(b, c))));
        expect(canon(hooks.merge(a, hooks.empty()))).toBe(canon(a));
      }),
    );
  });

  it('stays silent without a corpus summary (a single file)', async () => {
    const result = await lintText('The daily Al Akhbar said so.\n', only(BOTH));
    expect(result.messages.filter((m) => m.ruleId === 'consistent-names-corpus')).toEqual([]);
  });
});

describe('seeds', () => {
  it('flags exactly the known inconsistencies', async () => {
    const seeds = path.resolve(__dirname, '../seeds');
    const results = await lintFiles([seeds], { cwd: seeds, ...only(BOTH) });
    const found = results.flatMap((r) =>
      r.messages.filter((m) => m.ruleId?.startsWith('consistent-names')).map((m) => `${path.basename(r.filePath).slice(0, 3)}:${m.line} ${m.ruleId} ${m.actual}`),
    );
    expect(found.sort()).toEqual([
      '002:15 consistent-names Al Aqsa mosque',
      '002:5 consistent-names-corpus Al-Akhbar',
      '004:9 consistent-names Byrne',
    ]);
  });
});
