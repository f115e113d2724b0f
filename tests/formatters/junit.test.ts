import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import junit from '../../src/formatters/junit.js';
import type { LintMessage, LintResult } from '../../src/types.js';
import { rel, repoRoot, seedsRun } from './seeds-run.js';

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseAttributeValue: false,
  parseTagValue: false,
  trimValues: false,
  textNodeName: '#text',
  isArray: (name) => ['testsuite', 'testcase', 'failure', 'error'].includes(name),
  htmlEntities: true,
});

function parse(xml: string) {
  const valid = XMLValidator.validate(xml);
  expect(valid).toBe(true);
  return parser.parse(xml) as { testsuites: { name: string; tests: string; failures: string; errors: string; testsuite?: any[] } };
}

const CONTEXT = { cwd: repoRoot, color: false, rulesMeta: {} };

function result(filePath: string, messages: LintMessage[]): LintResult {
  return { filePath, messages, errorCount: 0, warningCount: 0, fatalErrorCount: 0, fixableErrorCount: 0, fixableWarningCount: 0 };
}

describe('junit formatter', () => {
  it('parses as XML with one testsuite per file and one testcase per message of the seeds run', async () => {
    const run = await seedsRun();
    const doc = parse(await junit(run.results, run.context));
    const suites = doc.testsuites.testsuite!;
    expect(suites).toHaveLength(run.json.length);
    let cases = 0;
    suites.forEach((suite, i) => {
      const r = run.json[i]!;
      expect(suite.name).toBe(rel(r.filePath));
      const testcases = suite.testcase as any[];
      if (!r.messages.length) {
        expect(testcases).toHaveLength(1);
        expect(testcases[0].failure).toBeUndefined();
      } else {
        expect(testcases).toHaveLength(r.messages.length);
        testcases.forEach((tc, k) => {
          const m = r.messages[k]!;
          expect(tc.classname).toBe(`articlelint.${m.ruleId}`);
          expect(tc.line).toBe(String(m.line));
          expect(tc.failure).toHaveLength(1);
          expect(tc.failure[0].message).toBe(m.message);
          expect(tc.failure[0].type).toBe(m.severity === 2 ? 'error' : 'warning');
          expect(tc.failure[0]['#text']).toContain(`${rel(r.filePath)}:${m.line}:${m.column}`);
        });
      }
      expect(Number(suite.tests)).toBe(testcases.length);
      expect(Number(suite.failures)).toBe(r.messages.length);
      cases += testcases.length;
    });
    expect(Number(doc.testsuites.tests)).toBe(cases);
    expect(Number(doc.testsuites.failures)).toBe(run.total);
    expect(run.total).toBeGreaterThan(0);
  });

  it('escapes markup, quotes, line breaks and characters XML cannot hold', async () => {
    const nasty = 'Bad <b>"markup"</b> & \'quotes\' ]]> end\nsecond line\ttab \u0007bell \uD800lone 😀';
    const m = {
      reason: nasty,
      ruleId: 'no-ad-label',
      severity: 1,
      line: 3,
      column: 4,
      actual: '<script>alert(1)</script>',
      place: { start: { line: 3, column: 4, offset: 20 }, end: { line: 3, column: 9, offset: 25 } },
    } as unknown as LintMessage;
    const fatal = { reason: 'cannot read: <EACCES> & more', ruleId: undefined, severity: 2 } as unknown as LintMessage;
    const xml = await junit([result(`${repoRoot}/a&b <c>.txt`, [m, fatal])], CONTEXT);
    expect(xml).not.toContain('<script>');
    expect(xml).not.toContain('\u0007');
    const doc = parse(xml);
    const suite = doc.testsuites.testsuite![0];
    expect(suite.name).toBe('a&b <c>.txt');
    expect(suite.failures).toBe('1');
    expect(suite.errors).toBe('1');
    const [tc, fatalCase] = suite.testcase;
    const expected = nasty.replace('\u0007', '\uFFFD').replace('\uD800', '\uFFFD');
    expect(tc.failure[0].message).toBe(expected);
    expect(tc.failure[0]['#text']).toContain(expected);
    expect(tc.failure[0]['#text']).toContain('<script>alert(1)</script>');
    expect(fatalCase.failure).toBeUndefined();
    expect(fatalCase.error[0].message).toBe('cannot read: <EACCES> & more');
    expect(doc.testsuites.errors).toBe('1');
  });
});
