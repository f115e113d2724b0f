/**
 * @module repeated-words
 * Forbids a word repeated by accident ("the the"), using retext-repeated-words,
 * which keeps legitimate doubles ("had had", "that that", "Duran Duran").
 *
 * @example Invalid
 *   The minister said the the talks would resume.
 * @example Valid
 *   Those who had had enough left early.
 *
 * Fix (safe): removes the second occurrence.
 */
import retextRepeatedWords from 'retext-repeated-words';
import { messageOffsets, runRetextPlugin, type Rule } from '../src/rule-kit/index.js';

const rule: Rule = {
  meta: {
    id: 'repeated-words',
    description: 'Disallow a word repeated by accident, such as "the the".',
    category: 'sentences',
    severity: 'error',
    recommended: true,
    fixable: 'safe',
    docs: 'rules/repeated-words.ts',
  },
  check({ doc, report }) {
    const transformer = retextRepeatedWords() as unknown as Parameters<typeof runRetextPlugin>[1];
    for (const m of runRetextPlugin(doc, transformer)) {
      const at = messageOffsets(m);
      if (!at) continue;
      const span = doc.text.slice(at.start, at.end);
      const first = /^\S+/.exec(span)?.[0] ?? '';
      const repeated = span.slice(span.search(/\S+$/));
      report({
        message: `"${repeated}" is repeated; remove one occurrence.`,
        ...at,
        fix: { range: [at.start + first.length, at.end], text: '' },
      });
    }
  },
};

export default rule;
