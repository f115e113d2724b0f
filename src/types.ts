/**
 * The contract between the engine and the rules. The engine knows a rule only
 * through `meta` and the functions declared here.
 */
import type { Root as NlcstRoot } from 'nlcst';
import type { VFileMessage } from 'vfile-message';
import type { DecodeInfo } from './engine/decode.js';

export type Category = 'residue' | 'encoding' | 'names' | 'sentences' | 'style';
export type SeverityName = 'off' | 'warn' | 'error';
/** ESLint's numbers: 0 off, 1 warning, 2 error. */
export type SeverityLevel = 0 | 1 | 2;
export type FixKind = 'safe' | 'suggestion';

/** A replacement of `text[range[0]..range[1])` by `text` (ESLint's fix shape). */
export interface Fix {
  range: [number, number];
  text: string;
}

export interface Suggestion {
  desc: string;
  fix: Fix;
}

/** Minimal JSON Schema subset accepted for rule options (validated with ajv). */
export type JsonSchema = Record<string, unknown>;

export interface RuleMeta {
  /** kebab-case, says what the rule forbids: `no-skip-link`. */
  id: string;
  description: string;
  category: Category;
  /** Severity in the recommended preset. */
  severity: Exclude<SeverityName, 'off'>;
  /** Whether the rule is on in `articlelint:recommended`. */
  recommended: boolean;
  /** The class of repair the rule offers, if any. */
  fixable?: FixKind | 'both';
  /** JSON Schema of the options object (omit when the rule takes none). */
  schema?: JsonSchema;
  /** Defaults merged under the user's options. */
  defaultOptions?: Record<string, unknown>;
  /** Path of the rule's documentation, relative to the package root. */
  docs: string;
}

/** One line of a document: text without the line terminator. */
export interface Line {
  /** 0-based index. */
  index: number;
  text: string;
  /** Offset of the first character. */
  start: number;
  /** Offset just after the last character (before `\r\n` / `\n`). */
  end: number;
}

/** The read-only view of one article that rules receive. */
export interface DocumentView {
  /** Path as given, or `<text>` / the stdin filename. */
  readonly path: string;
  /** Text the rules see. For Markdown, syntax is blanked out with spaces so offsets match the file. */
  readonly text: string;
  /** The original text (equals `text` for plain text). */
  readonly source: string;
  readonly lines: readonly Line[];
  readonly isMarkdown: boolean;
  /** How the file's bytes were decoded (absent for text given directly). */
  readonly decoding: DecodeInfo | undefined;
  /** Natural-language tree, parsed on first access only. */
  readonly nlcst: NlcstRoot;
  /** Line (0-based) that contains `offset`. */
  lineAt(offset: number): number;
  /** True when `[start, end)` holds no Markdown syntax (always true for plain text). */
  isProse(start: number, end: number): boolean;
}

export interface ReportDescriptor {
  message: string;
  /** Offsets into the document text, end exclusive. */
  start: number;
  end: number;
  /** Overrides the configured severity downwards (`warn`) when the rule is unsure. */
  severity?: Exclude<SeverityName, 'off'>;
  /** A safe fix, applied by `--fix`. */
  fix?: Fix;
  /** Suggested fixes, applied only with `--fix-type suggestion`. */
  suggestions?: Suggestion[];
  /** The text being flagged or removed, shown in reports. */
  actual?: string;
}

/** Corpus-wide data shared by all documents in a run (see src/engine/corpus.ts). */
export type CorpusData = unknown;

export interface RuleContext<Options = Record<string, unknown>> {
  readonly doc: DocumentView;
  readonly options: Options;
  /** Project-wide settings from the config's `settings` key. */
  readonly settings: Readonly<Record<string, unknown>>;
  /** The merged corpus summary for this rule, when it is a corpus rule and one was gathered. */
  readonly corpus: CorpusData | undefined;
  report(descriptor: ReportDescriptor): void;
}

/**
 * Corpus-wide rules gather a summary per document (map), merge summaries
 * (associative and commutative, so shards and workers may merge in any
 * order) and check each document against the merged result.
 */
export interface CorpusHooks<Summary, Options = Record<string, unknown>> {
  /** A JSON-serialisable summary of one document. */
  collect(doc: DocumentView, options: Options): Summary;
  merge(a: Summary, b: Summary): Summary;
  /** The neutral element of `merge`. */
  empty(): Summary;
}

export interface Rule<Options = any, Summary = any> {
  meta: RuleMeta;
  check(context: RuleContext<Options>): void;
  corpus?: CorpusHooks<Summary, Options>;
}

/** A message as the engine returns it: a VFileMessage plus ESLint's fix fields. */
export interface LintMessage extends VFileMessage {
  ruleId: string | undefined;
  source: string | undefined;
  /** 1 warning, 2 error. */
  severity: 1 | 2;
  fix?: Fix;
  suggestions?: Suggestion[];
  /** A problem with the file itself (unreadable, binary, too large), not a rule finding. */
  fileLevel?: boolean;
  /** On a suppressed message: what silenced it (ESLint's shape). */
  suppressions?: Suppression[];
}

export interface Suppression {
  kind: 'directive' | 'file';
  justification: string;
}

export interface LintResult {
  filePath: string;
  messages: LintMessage[];
  /** Findings silenced by a Markdown directive or the suppressions file (ESLint's shape). */
  suppressedMessages?: LintMessage[];
  errorCount: number;
  warningCount: number;
  fatalErrorCount: number;
  fixableErrorCount: number;
  fixableWarningCount: number;
  /** The fixed text, when fixing changed it. */
  output?: string;
  /** Original text as decoded (kept for reporters that show context). */
  source?: string;
}
