/**
 * The layering articlelint keeps (docs/architecture.md), checked in `npm test`:
 * the host (src/) is handed its rules and never imports them; a rule imports
 * only the rule kit and rules/lib; no module takes part in an import cycle.
 * Type-only imports count: they tie modules together as much as value imports.
 * @type {import('dependency-cruiser').IConfiguration}
 */
module.exports = {
  forbidden: [
    {
      name: 'host-imports-rules',
      severity: 'error',
      comment: 'src/ is the host: it is handed the rules (the registry module is loaded by path), it never imports rules/.',
      from: { path: '^src/' },
      to: { path: '^rules/' },
    },
    {
      name: 'rule-imports-rule',
      severity: 'error',
      comment: 'A rule never imports another rule: shared code goes to rules/lib/, shared findings through meta.dependsOn.',
      from: { path: '^rules/', pathNot: '^rules/index\\.ts$' },
      to: { path: '^rules/[^/]+\\.ts$' },
    },
    {
      name: 'rule-outside-rule-kit',
      severity: 'error',
      comment: 'Rules see the engine only through src/rule-kit/index.ts.',
      from: { path: '^rules/' },
      to: { path: '^src/', pathNot: '^src/rule-kit/index\\.ts$' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Modules in an import cycle cannot be understood, tested or loaded one at a time.',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(dist|node_modules)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'node', 'default'], extensions: ['.ts', '.js'] },
  },
};
