/**
 * The contract between the engine and the rules. The engine knows a rule only
 * through `meta` and the functions declared here.
 */
import type { Root as NlcstRoot } from 'nlcst';
import type { VFileMessage } from 'vfile-message';

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
  /**
   * messageId → message template; `{{name}}` is filled from the report's `data`
   * (ESLint's interpolation).
   */
  messages: Record<string, string>;
  /** The rule reports `suggestions` (also implied by `fixable: 'suggestion' | 'both'`). */
  hasSuggestions?: boolean;
  /**
   * Rules whose findings this rule reads through `context.findings(id)`. The
   * engine runs them first; a rule that is off contributes no findings.
   */
  dependsOn?: string[];
}

/** One line of a document: text without the line terminator. */
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | string;

export interface InvalidByte {
  /** Byte offset in the file. */
  byteOffset: number;
  /** Offset in the decoded text where the replacement landed. */
  offset: number;
  /** The byte's value. */
  byte?: number;
}

/** How a file's bytes were decoded (see src/engine/decode.ts). */
export interface DecodeInfo {
  /** Encoding the text was decoded from. */
  encoding: TextEncoding;
  bom: boolean;
  /** Invalid UTF-8 sequences (only when the file is not valid UTF-8). */
  invalid: InvalidByte[];
  /** The detector's best guess when the file is not valid UTF-8. */
  detected?: { encoding: string; confidence: number };
  /** Whether `--fix` may write the text back without losing bytes. */
  writable: boolean;
}

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
  /**
   * The path relative to the run's root, with `/` separators (names that are not
   * paths as they are): what corpus summaries store, so they are the same on every machine.
   */
  readonly relativePath: string;
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
  /**
   * A per-document analysis shared by rules: `compute` runs once per document
   * and key, later calls return its result. Keys are namespaced by the module
   * that owns the analysis (`'residue-lines:infos'`); the result must depend on
   * the document alone (not on options or settings).
   */
  memo<T>(key: string, compute: () => T): T;
}

export interface ReportDescriptor {
  /** Key of `meta.messages`; the engine fills the template from `data`. */
  messageId: string;
  /** Values for the template's `{{name}}` placeholders (JSON: strings, numbers, arrays). */
  data?: Record<string, unknown>;
  /** Offsets into the document text, end exclusive. */
  start: number;
  end: number;
  /** A safe fix, applied by `--fix` (the rule must declare `meta.fixable`). */
  fix?: Fix;
  /** Suggested fixes, applied only with `--fix-type suggestion` (declare `meta.hasSuggestions` or a suggestion `fixable`). */
  suggestions?: Suggestion[];
  /** The text being flagged or removed, shown in reports. */
  actual?: string;
  /**
   * This finding's fix is the whole file written as UTF-8 (a file decoded from
   * a legacy code page): a safe `--fix` writes such a file only when a finding says so.
   */
  convertsFileToUtf8?: boolean;
}

export interface RuleContext<Options = Record<string, unknown>, Summary = unknown> {
  readonly doc: DocumentView;
  readonly options: Options;
  /** Project-wide settings from the config's `settings` key. */
  readonly settings: Readonly<Record<string, unknown>>;
  /** The merged corpus summary for this rule, when it is a corpus rule and one was gathered. */
  readonly corpus: Summary | undefined;
  report(descriptor: ReportDescriptor): void;
  /**
   * What a rule listed in `meta.dependsOn` reported on this document (as
   * reported, offsets into `doc.text`); empty when that rule is off.
   */
  findings(ruleId: string): readonly ReportDescriptor[];
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
  check(context: RuleContext<Options, Summary>): void;
  corpus?: CorpusHooks<Summary, Options>;
}

/** The rules a host is handed, by id, in registry order. */
export type RuleRegistry = ReadonlyMap<string, Rule>;

/** A rule as configured for one file: the rule, its severity and its merged options. */
export interface ActiveRule {
  rule: Rule;
  severity: Exclude<SeverityLevel, 0>;
  options: Record<string, unknown>;
}

/** The corpus first pass's result (plain JSON: written to disk, merged elsewhere). */
export interface CorpusSummary {
  kind: 'articlelint-corpus-summary';
  version: 1;
  /** Number of documents gathered. */
  documents: number;
  /** Summary per corpus rule id, of that rule's `Summary` type. */
  rules: Record<string, unknown>;
}

/** A message as the engine returns it: a VFileMessage plus ESLint's fix fields. */
export interface LintMessage extends VFileMessage {
  ruleId: string | undefined;
  source: string | undefined;
  /** 1 warning, 2 error. */
  severity: 1 | 2;
  fix?: Fix;
  suggestions?: Suggestion[];
  /** The `meta.messages` key the rule reported (ESLint's `messageId`). */
  messageId?: string;
  /** The values the message was filled from. */
  data?: Record<string, unknown>;
  /** A problem with the file itself (unreadable, binary, too large), not a rule finding. */
  fileLevel?: boolean;
  /** Its fix writes the whole file as UTF-8 (see `ReportDescriptor.convertsFileToUtf8`). */
  convertsFileToUtf8?: true;
  /** What `--fix` did (a legacy file converted to UTF-8): shown, counted neither as error nor warning. */
  informational?: boolean;
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
