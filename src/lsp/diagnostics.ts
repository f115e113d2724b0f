/**
 * Lint results as LSP diagnostics and code actions. Positions come from the
 * messages' offsets, converted by the open document, so they are exact in
 * UTF-16 units (the protocol's default encoding) whatever the line endings.
 */
import { CodeActionKind, DiagnosticSeverity, type CodeAction, type Diagnostic, type TextEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Fix, LintMessage } from '../types.js';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.articlelint`;

/** What a diagnostic carries back to the server for its quick fixes. */
export interface DiagnosticData {
  fix?: Fix;
  suggestions?: { desc: string; fix: Fix }[];
}

const shifted = (fix: Fix, by: number): Fix => (by ? { range: [fix.range[0] + by, fix.range[1] + by], text: fix.text } : fix);

function offsets(m: LintMessage): [number, number] {
  const place = m.place as { start?: { offset?: number }; end?: { offset?: number } } | undefined;
  const start = place?.start?.offset ?? 0;
  return [start, place?.end?.offset ?? start];
}

/** `shift` is the offset of the linted text in the document (a chunk's start). */
export function toDiagnostic(doc: TextDocument, m: LintMessage, shift = 0): Diagnostic {
  const [start, end] = offsets(m).map((o) => o + shift) as [number, number];
  const diagnostic: Diagnostic = {
    range: { start: doc.positionAt(start), end: doc.positionAt(end) },
    severity: m.severity === 2 ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
    source: 'articlelint',
    message: m.reason,
  };
  if (m.ruleId) diagnostic.code = m.ruleId;
  // The rule's documentation page (src/rule-docs.ts).
  if (m.url) diagnostic.codeDescription = { href: m.url };
  const data: DiagnosticData = {};
  if (m.fix) data.fix = shifted(m.fix, shift);
  if (m.suggestions?.length) data.suggestions = m.suggestions.map((s) => ({ desc: s.desc, fix: shifted(s.fix, shift) }));
  if (data.fix || data.suggestions) diagnostic.data = data;
  return diagnostic;
}

export function toTextEdit(doc: TextDocument, fix: Fix): TextEdit {
  return { range: { start: doc.positionAt(fix.range[0]), end: doc.positionAt(fix.range[1]) }, newText: fix.text };
}

/** The smallest single edit that turns `before` into `after` (keeps the editor's cursor and undo steps small). */
export function minimalEdit(doc: TextDocument, before: string, after: string): TextEdit {
  let head = 0;
  const max = Math.min(before.length, after.length);
  while (head < max && before.charCodeAt(head) === after.charCodeAt(head)) head++;
  let tail = 0;
  while (tail < max - head && before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)) tail++;
  return toTextEdit(doc, { range: [head, before.length - tail], text: after.slice(head, after.length - tail) });
}

/** Quick fixes for the diagnostics the client asks about: the safe fix, each suggestion, and in Markdown a disable comment. */
export function quickFixes(doc: TextDocument, diagnostics: readonly Diagnostic[], markdown: boolean): CodeAction[] {
  const actions: CodeAction[] = [];
  const edit = (edits: TextEdit[]) => ({ changes: { [doc.uri]: edits } });
  for (const d of diagnostics) {
    if (d.source !== 'articlelint') continue;
    const data = (d.data ?? {}) as DiagnosticData;
    if (data.fix) {
      actions.push({ title: `Fix: ${d.message}`, kind: CodeActionKind.QuickFix, diagnostics: [d], isPreferred: true, edit: edit([toTextEdit(doc, data.fix)]) });
    }
    for (const s of data.suggestions ?? []) {
      actions.push({ title: s.desc, kind: CodeActionKind.QuickFix, diagnostics: [d], edit: edit([toTextEdit(doc, s.fix)]) });
    }
    if (markdown && typeof d.code === 'string') {
      const line = d.range.start.line;
      const indent = /^[ \t]*/.exec(doc.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } }))![0];
      actions.push({
        title: `Disable ${d.code} for this line`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [d],
        edit: edit([{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: `${indent}<!-- articlelint-disable-next-line ${d.code} -->\n` }]),
      });
    }
  }
  return actions;
}
