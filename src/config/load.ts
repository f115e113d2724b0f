/**
 * Finds, loads, validates and flattens configuration, and resolves the rule
 * set for one file. Config files are searched with cosmiconfig (module name
 * `articlelint`) from the file's folder up to the project root, and cached.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { cosmiconfig, type PublicExplorer } from 'cosmiconfig';
import picomatch from 'picomatch';
import { ConfigError } from '../errors.js';
import type { ActiveRule, RuleRegistry } from '../types.js';
import type { LintOptions } from '../options.js';
import { PRESET_PREFIX, presetRules } from './presets.js';
import { loadValidator, toLevel, validateConfig, validateRuleEntries, type RawConfig, type RuleEntry } from './validate.js';

export const MODULE_NAME = 'articlelint';
/** cosmiconfig's search places for the module name, in order. */
export const SEARCH_PLACES = [
  'package.json',
  `.${MODULE_NAME}rc`,
  `.${MODULE_NAME}rc.json`,
  `.${MODULE_NAME}rc.yaml`,
  `.${MODULE_NAME}rc.yml`,
  `.${MODULE_NAME}rc.js`,
  `.${MODULE_NAME}rc.cjs`,
  `.${MODULE_NAME}rc.mjs`,
  `${MODULE_NAME}.config.js`,
  `${MODULE_NAME}.config.cjs`,
  `${MODULE_NAME}.config.mjs`,
];
export const DEFAULT_PRESET = 'articlelint:recommended';

/** A config with `extends` resolved: rule layers in order, later wins. */
export interface FlatConfig {
  /** The file it came from (undefined for built-in defaults). */
  filepath: string | undefined;
  layers: { rules: Record<string, RuleEntry>; files?: string[]; excludedFiles?: string[]; base: string }[];
  ignorePatterns: { patterns: string[]; base: string }[];
  settings: Record<string, unknown>;
}

export interface ConfigLoaderOptions {
  registry: RuleRegistry;
  /** `-c/--config`: use this file (its `extends` still apply). */
  configFile?: string;
  /** `--no-config-lookup`: do not search for config files. */
  lookup?: boolean;
  /** `--rule id:severity` entries, applied last. */
  cliRules?: Record<string, RuleEntry>;
  /** A ready-made config object (API use); takes the place of lookup. */
  baseConfig?: RawConfig;
  cwd?: string;
}

export interface FileConfig {
  rules: ActiveRule[];
  settings: Record<string, unknown>;
  configFile: string | undefined;
  /** Effective `rules` map, for `--print-config`. */
  ruleEntries: Record<string, RuleEntry>;
}

export class ConfigLoader {
  private readonly registry: RuleRegistry;
  private readonly explorer: PublicExplorer;
  private readonly flatCache = new Map<string, Promise<FlatConfig>>();
  private readonly fileCache = new Map<string, FileConfig>();
  private readonly cwd: string;

  constructor(private readonly options: ConfigLoaderOptions) {
    this.registry = options.registry;
    this.cwd = options.cwd ?? process.cwd();
    try {
      // cosmiconfig reads the working folder's package.json here (its own meta-config).
      this.explorer = cosmiconfig(MODULE_NAME, { searchStrategy: 'project', searchPlaces: SEARCH_PLACES });
    } catch (error) {
      throw configLoadError(error, path.join(this.cwd, 'package.json'));
    }
  }

  /** The flattened config that applies to files in `dir`. */
  private flatFor(dir: string): Promise<FlatConfig> {
    const fixed = !!(this.options.configFile || this.options.baseConfig || this.options.lookup === false);
    const key = fixed ? '<fixed>' : dir;
    let cached = this.flatCache.get(key);
    if (!cached) {
      // A folder with nothing cosmiconfig would read or stop at has its parent's config. Checking that
      // synchronously saves a dozen asynchronous failed reads per folder, each a turn of the event loop.
      const parent = path.dirname(dir);
      cached = !fixed && parent !== dir && !hasSearchCandidate(dir) ? this.flatFor(parent) : this.loadFlat(dir);
      this.flatCache.set(key, cached);
    }
    return cached;
  }

  private async loadFlat(dir: string): Promise<FlatConfig> {
    if (this.options.cliRules && Object.keys(this.options.cliRules).length) {
      await loadValidator({ rules: this.options.cliRules }, false);
      validateRuleEntries(this.options.cliRules, this.registry, '--rule', 'rule');
    }
    if (this.options.baseConfig) {
      const config = await this.validate(this.options.baseConfig, '<config object>');
      return this.flatten(config, undefined, this.cwd, []);
    }
    if (this.options.configFile) return this.loadFile(path.resolve(this.cwd, this.options.configFile), []);
    if (this.options.lookup !== false) {
      let found;
      try {
        found = await this.explorer.search(dir);
      } catch (error) {
        throw configLoadError(await realModuleError(error, firstCandidate(dir)), firstCandidate(dir));
      }
      if (found && !found.isEmpty) {
        const config = await this.validate(found.config, found.filepath);
        return this.flatten(config, found.filepath, path.dirname(found.filepath), [found.filepath]);
      }
    }
    return this.flatten({ extends: DEFAULT_PRESET }, undefined, this.cwd, []);
  }

  private async validate(raw: unknown, file: string): Promise<RawConfig> {
    await loadValidator(raw);
    return validateConfig(raw, file, this.registry);
  }

  private async loadFile(file: string, chain: string[]): Promise<FlatConfig> {
    if (chain.includes(file)) throw new ConfigError(file, 'extends', 'circular extends');
    let loaded;
    try {
      loaded = await this.explorer.load(file);
    } catch (error) {
      throw configLoadError(await realModuleError(error, file), file);
    }
    if (!loaded || loaded.isEmpty) throw new ConfigError(file, '', 'config file is empty');
    const config = await this.validate(loaded.config, file);
    return this.flatten(config, file, path.dirname(file), [...chain, file]);
  }

  private async flatten(config: RawConfig, filepath: string | undefined, base: string, chain: string[]): Promise<FlatConfig> {
    const flat: FlatConfig = { filepath, layers: [], ignorePatterns: [], settings: {} };
    const parents = config.extends === undefined ? [] : Array.isArray(config.extends) ? config.extends : [config.extends];
    for (const parent of parents) {
      if (parent.startsWith(PRESET_PREFIX)) {
        const rules = presetRules(parent, [...this.registry.values()]);
        if (!rules) throw new ConfigError(filepath ?? '<config>', 'extends', `unknown preset "${parent}" (use "articlelint:recommended" or "articlelint:all")`);
        flat.layers.push({ rules, base });
      } else {
        const parentFile = path.resolve(base, parent);
        if (!existsSync(parentFile)) throw new ConfigError(filepath ?? '<config>', 'extends', `cannot load "${parent}": no such file`);
        const inherited = await this.loadFile(parentFile, chain).catch((error: unknown) => {
          if (error instanceof ConfigError) throw error;
          throw new ConfigError(filepath ?? '<config>', 'extends', `cannot load "${parent}": ${firstLine(error)}`);
        });
        flat.layers.push(...inherited.layers);
        flat.ignorePatterns.push(...inherited.ignorePatterns);
        Object.assign(flat.settings, inherited.settings);
      }
    }
    if (config.rules) flat.layers.push({ rules: config.rules, base });
    for (const o of config.overrides ?? []) {
      flat.layers.push({ rules: o.rules ?? {}, files: o.files, excludedFiles: o.excludedFiles, base });
    }
    if (config.ignorePatterns?.length) flat.ignorePatterns.push({ patterns: config.ignorePatterns, base });
    Object.assign(flat.settings, config.settings ?? {});
    return flat;
  }

  /** Rules and settings for one file: the layers that apply to it pick a config resolved once per run. */
  async forFile(filePath: string): Promise<FileConfig> {
    const abs = path.resolve(this.cwd, filePath);
    const flat = await this.flatFor(path.dirname(abs));
    const signature: number[] = [];
    flat.layers.forEach((layer, i) => {
      if (!layer.files || layerMatcher(layer)(abs)) signature.push(i);
    });
    const key = `${flat.filepath ?? '<default>'}#${signature.join(',')}`;
    const cached = this.fileCache.get(key);
    if (cached) return cached;
    const entries: Record<string, RuleEntry> = {};
    for (const i of signature) Object.assign(entries, flat.layers[i]!.rules);
    Object.assign(entries, this.options.cliRules ?? {});
    const resolved: FileConfig = {
      rules: this.activate(entries),
      settings: flat.settings,
      configFile: flat.filepath,
      ruleEntries: entries,
    };
    this.fileCache.set(key, resolved);
    return resolved;
  }

  /** `ignorePatterns` of the config that applies in `dir`, as absolute-path matchers. */
  async ignoreMatcher(dir: string): Promise<(absPath: string) => boolean> {
    const flat = await this.flatFor(path.resolve(this.cwd, dir));
    const matchers = flat.ignorePatterns.map(({ patterns, base }) => {
      const m = picomatch(patterns, { dot: true });
      return (abs: string) => {
        const rel = path.relative(base, abs).split(path.sep).join('/');
        return !rel.startsWith('..') && (m(rel) || rel.split('/').some((_, i, parts) => m(parts.slice(0, i + 1).join('/'))));
      };
    });
    return (abs) => matchers.some((m) => m(abs));
  }

  private activate(entries: Record<string, RuleEntry>): ActiveRule[] {
    const active: ActiveRule[] = [];
    for (const rule of this.registry.values()) {
      const entry = entries[rule.meta.id];
      if (entry === undefined) continue;
      const [sev, options] = Array.isArray(entry) ? entry : [entry, undefined];
      const level = toLevel(sev);
      if (!level) continue;
      active.push({ rule, severity: level, options: { ...(rule.meta.defaultOptions ?? {}), ...(options ?? {}) } });
    }
    return active;
  }
}

/** The config loader for a run's options. */
export function createConfigLoader(registry: RuleRegistry, options: LintOptions): ConfigLoader {
  return new ConfigLoader({
    registry,
    cwd: options.cwd,
    baseConfig: options.config,
    configFile: options.configFile,
    lookup: options.configLookup,
    cliRules: options.rules,
  });
}

type Layer = FlatConfig['layers'][number];
const layerMatchers = new WeakMap<Layer, (abs: string) => boolean>();

/** Whether an override's `files` (and not its `excludedFiles`) match an absolute path; compiled once per layer. */
function layerMatcher(layer: Layer): (abs: string) => boolean {
  let matcher = layerMatchers.get(layer);
  if (!matcher) {
    const { base, files = [], excludedFiles = [] } = layer;
    const opts = { dot: true, matchBase: !files.some((f) => f.includes('/')) };
    const included = picomatch(files, opts);
    const excluded = excludedFiles.length ? picomatch(excludedFiles, opts) : () => false;
    matcher = (abs) => {
      const rel = path.relative(base, abs).split(path.sep).join('/');
      return included(rel) && !excluded(rel);
    };
    layerMatchers.set(layer, matcher);
  }
  return matcher;
}

/** The files whose presence in a folder makes cosmiconfig's 'project' search read or stop there. */
const SEARCH_STOPS = [...SEARCH_PLACES, 'package.yaml'];

/** Whether anything by a searched name is in `dir` (a folder by such a name counts too: cosmiconfig handles it). */
function hasSearchCandidate(dir: string): boolean {
  return SEARCH_STOPS.some((place) => existsSync(path.join(dir, place)));
}

/** The config file cosmiconfig would have read first from `dir` upward (to name it in errors). */
function firstCandidate(dir: string): string | undefined {
  for (let d = dir; ; d = path.dirname(d)) {
    for (const place of SEARCH_PLACES) {
      const file = path.join(d, place);
      if (existsSync(file)) return file;
    }
    if (path.dirname(d) === d) return undefined;
  }
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n').find((l) => l.trim()) ?? 'unknown error';
}

/**
 * Node's require() of an ES module that fails to evaluate hides the cause
 * ("Cannot require() ES Module … not yet fully loaded"); importing the file
 * again shows the real syntax or runtime error.
 */
async function realModuleError(error: unknown, file: string | undefined): Promise<unknown> {
  if (!file || !/Cannot require\(\) ES Module/.test(String((error as Error)?.message))) return error;
  try {
    await import(`${pathToFileURL(file).href}?articlelint-retry=${Date.now()}`);
    return error;
  } catch (real) {
    return real;
  }
}

/**
 * One line from a loader's error: cosmiconfig wraps parse errors as
 * "JSON Error in /path:" plus a code frame; the cause is the line after those.
 */
function configLoadError(error: unknown, file?: string): ConfigError {
  if (error instanceof ConfigError) return error;
  // Code frames are coloured when the environment looks like CI (supports-color): strip ANSI.
  const text = (error instanceof Error ? error.message : String(error)).replace(/\u001b\[[0-9;]*m/g, '');
  const header = /^(?:\w+ )?Error in (\/[^\n]*?):?\s*$/m.exec(text);
  const where = header?.[1] ?? file ?? '<config>';
  const detail =
    text
      .split('\n')
      .map((l) => l.trim())
      .find((l) => l && !/Error in \//.test(l) && !/^(>?\s*\d+\s*\||\|)/.test(l) && !/^\^+$/.test(l)) ?? 'unreadable';
  return new ConfigError(where, '', `cannot parse config: ${detail.replace(/ while parsing .*$/, '')}`);
}
