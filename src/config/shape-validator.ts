/**
 * The validator of a config object's shape (`configSchema`), compiled with ajv.
 * The bundle replaces this module with ajv's standalone code for the same schema
 * and options (scripts/bundle.mjs), so a CLI run checks a config file without
 * loading ajv or compiling the schema (~100 ms of start-up).
 */
import { configSchema } from './schema.js';
import { loadAjv, type Validator } from './ajv.js';

export async function shapeValidator(): Promise<Validator> {
  return (await loadAjv()).compile(configSchema);
}
