import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { Document } from '../../src/engine/document.js';
import { runRules } from '../../src/engine/runner.js';
import { decodeBytes, findInvalidUtf8 } from '../../src/engine/decode.js';
import rule from '../../rules/file-encoding.js';

function lintBytes(bytes: Uint8Array) {
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) throw new Error(decoded.reason);
  const doc = new Document(decoded.text, 'a.txt', { decoding: decoded.info });
  const messages = runRules(doc, [{ rule, severity: 2, options: { maxReports: 10 } }]);
  return { decoded, messages };
}

describe('file-encoding', () => {
  it('says nothing about clean UTF-8 and about text given directly', () => {
    expect(lintBytes(Buffer.from('Café “ok”\n', 'utf8')).messages).toEqual([]);
    const doc = new Document('Caf\uFFFD', '<text>');
    expect(runRules(doc, [{ rule, severity: 2, options: { maxReports: 10 } }])).toEqual([]);
  });

  it('reports a stray invalid byte with its byte offset and the file is not writable', () => {
    const bytes = Buffer.concat([Buffer.from('Café “fine” text and more text here, '), Buffer.from([0xff]), Buffer.from(' end\n')]);
    const { decoded, messages } = lintBytes(bytes);
    expect(decoded.ok && decoded.info.writable).toBe(false);
    expect(messages).toHaveLength(1);
    expect(messages[0]!.reason).toContain('Byte 0xFF at byte offset 42 is not valid UTF-8');
    expect(messages[0]!.column).toBe(38);
  });

  it('decodes a short Latin-1 file confidently and says it will be written as UTF-8', () => {
    const bytes = iconv.encode('Le café est très bon. Où est la fenêtre? Déjà vu.\n', 'latin1');
    const { decoded, messages } = lintBytes(bytes);
    expect(decoded.ok && decoded.text).toBe('Le café est très bon. Où est la fenêtre? Déjà vu.\n');
    expect(decoded.ok && decoded.info.writable).toBe(true);
    expect(messages.map((m) => m.reason)).toEqual([expect.stringMatching(/first non-UTF-8 byte at byte offset 6\): decoded as windows-1252 .*--fix writes UTF-8/)]);
    // The configured severity (2 here) applies to every finding.
    expect(messages[0]!.severity).toBe(2);
  });

  it('reads Windows-1252 punctuation in a Latin-1 file as punctuation', () => {
    const bytes = iconv.encode('He said “no” — it’s over for the café.\n', 'windows-1252');
    const { decoded } = lintBytes(bytes);
    expect(decoded.ok && decoded.text).toBe('He said “no” — it’s over for the café.\n');
  });

  it('reports a BOM and UTF-16 at the configured severity', () => {
    const bom = lintBytes(Buffer.from('\ufeffHello\n', 'utf8')).messages;
    expect(bom.map((m) => [m.severity, m.reason])).toEqual([[2, 'File starts with a UTF-8 byte-order mark.']]);
    const u16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Hello “world”\n', 'utf16le')]);
    const { decoded, messages } = lintBytes(u16);
    expect(decoded.ok && decoded.text).toBe('Hello “world”\n');
    expect(messages.map((m) => m.reason)).toEqual(['File is UTF-16LE with a byte-order mark, not UTF-8.']);
  });

  it('caps per-byte reports and sums up the rest', () => {
    const parts: Buffer[] = [];
    for (let i = 0; i < 30; i++) parts.push(Buffer.from('plain ascii words '), Buffer.from([0x80]));
    const { messages } = lintBytes(Buffer.concat([Buffer.from('日本語のテキスト '.repeat(20)), ...parts]));
    expect(messages).toHaveLength(11);
    expect(messages[10]!.reason).toBe('20 more bytes that are not valid UTF-8.');
  });
});

describe('findInvalidUtf8', () => {
  it('places each replacement where TextDecoder puts it', () => {
    const samples = [[0x41, 0xe2, 0x80, 0x41], [0xf0, 0x9f, 0x98], [0xc3], [0xed, 0xa0, 0x80], [0xe0, 0x80, 0x80], [0xf4, 0x90, 0x80, 0x80, 0x41], [0xc3, 0xa9, 0xff, 0xf0, 0x9f, 0x98, 0x80, 0x80]];
    for (const s of samples) {
      const bytes = Uint8Array.from(s);
      const text = new TextDecoder().decode(bytes);
      const expected: number[] = [];
      for (let i = 0; i < text.length; i++) if (text[i] === '\uFFFD') expected.push(i);
      expect(findInvalidUtf8(bytes).map((b) => b.offset), JSON.stringify(s)).toEqual(expected);
    }
  });
});
