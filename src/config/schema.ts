/** JSON Schema of the configuration file (also shipped as schema/articlelintrc.schema.json). */
const severity = { enum: ['off', 'warn', 'error', 0, 1, 2] };

export const configSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://articlelint.dev/schema/articlelintrc.schema.json',
  title: 'articlelint configuration',
  type: 'object',
  definitions: {
    severity,
    ruleEntry: {
      anyOf: [
        { $ref: '#/definitions/severity' },
        { type: 'array', minItems: 1, maxItems: 2, items: [{ $ref: '#/definitions/severity' }, { type: 'object' }] },
      ],
    },
    rules: { type: 'object', additionalProperties: { $ref: '#/definitions/ruleEntry' } },
    globs: { type: 'array', items: { type: 'string' } },
  },
  properties: {
    $schema: { type: 'string' },
    extends: {
      description: 'Presets ("articlelint:recommended", "articlelint:all") or config file paths.',
      anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }],
    },
    rules: { $ref: '#/definitions/rules' },
    overrides: {
      type: 'array',
      items: {
        type: 'object',
        required: ['files'],
        properties: {
          files: { $ref: '#/definitions/globs' },
          excludedFiles: { $ref: '#/definitions/globs' },
          rules: { $ref: '#/definitions/rules' },
        },
        additionalProperties: false,
      },
    },
    ignorePatterns: { $ref: '#/definitions/globs' },
    settings: { type: 'object', description: 'Shared settings every rule can read (e.g. `names` for the consistent-names rules).' },
  },
  additionalProperties: false,
} as const;
