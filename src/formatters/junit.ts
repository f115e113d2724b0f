/**
 * JUnit XML, for CI systems that show test reports (GitLab, Jenkins, Azure):
 * one <testsuite> per file, one <testcase> per message, each a <failure>
 * (typed "error" or "warning", as ESLint's junit formatter does); a file that
 * could not be linted at all gets an <error>. A clean file has one passing
 * testcase so that it still shows up in the report.
 */
import type { Formatter } from './types.js';
import { relativePath, severityName, spanOf } from './util.js';

/** Drops characters XML 1.0 cannot carry (C0 controls other than tab/LF/CR, lone surrogates, U+FFFE/U+FFFF). */
function xmlChars(s: string): string {
  return s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

export function escapeXmlText(s: string): string {
  return xmlChars(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Attribute values keep their line breaks and tabs as character references (a parser would normalise raw ones to spaces). */
export function escapeXmlAttr(s: string): string {
  return escapeXmlText(s).replace(/"/g, '&quot;').replace(/'/g, '&apos;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;');
}

const attrs = (pairs: Record<string, string | number>) =>
  Object.entries(pairs)
    .map(([k, v]) => `${k}="${escapeXmlAttr(String(v))}"`)
    .join(' ');

const junit: Formatter = (results, { cwd }) => {
  const out: string[] = [];
  let tests = 0;
  let failures = 0;
  let errors = 0;
  const suites: string[] = [];
  for (const r of results) {
    const file = relativePath(r.filePath, cwd);
    const cases: string[] = [];
    let suiteFailures = 0;
    let suiteErrors = 0;
    for (const m of r.messages) {
      const span = spanOf(m);
      const where = span ? `${span.line}:${span.column}` : '0:0';
      const sev = severityName(m);
      const name = `${m.ruleId ?? 'articlelint'} at ${where}`;
      const body = `${file}:${where}: ${sev}: ${m.reason}${m.ruleId ? ` (${m.ruleId})` : ''}${m.actual ? `\n${m.actual}` : ''}`;
      const head = `    <testcase ${attrs({ name, classname: m.ruleId ? `articlelint.${m.ruleId}` : 'articlelint', file, ...(span ? { line: span.line } : {}), time: 0 })}>`;
      if (!m.ruleId && m.severity === 2) {
        suiteErrors++;
        cases.push(`${head}\n      <error ${attrs({ message: m.reason, type: 'fatal' })}>${escapeXmlText(body)}</error>\n    </testcase>`);
      } else {
        suiteFailures++;
        cases.push(`${head}\n      <failure ${attrs({ message: m.reason, type: sev })}>${escapeXmlText(body)}</failure>\n    </testcase>`);
      }
    }
    if (!cases.length) cases.push(`    <testcase ${attrs({ name: 'no problems', classname: 'articlelint', file, time: 0 })}/>`);
    tests += cases.length;
    failures += suiteFailures;
    errors += suiteErrors;
    suites.push(
      `  <testsuite ${attrs({ name: file, tests: cases.length, failures: suiteFailures, errors: suiteErrors, skipped: 0, time: 0 })}>\n${cases.join('\n')}\n  </testsuite>`,
    );
  }
  out.push('<?xml version="1.0" encoding="UTF-8"?>');
  out.push(`<testsuites ${attrs({ name: 'articlelint', tests, failures, errors, time: 0 })}>`);
  out.push(...suites);
  out.push('</testsuites>');
  return `${out.join('\n')}\n`;
};

export default junit;
