/**
 * Vouch's dependency rules, checked by `npm run lint`. A module (apps/server/src/modules/<name>) is
 * used only through its index.ts. Two lists beside the app are the exceptions, because they exist to
 * name every module's own files: routes.ts (each module's route plugin, which no index.ts exports)
 * and schema.ts (every table, for drizzle-kit). Table definitions may reference another module's
 * table file directly: a foreign key needs the column, and the schema must load without module code.
 * Type-only imports count too.
 * @type {import('dependency-cruiser').IConfiguration}
 */
const modules = '^apps/server/src/modules/';
const moduleFace = `${modules}[^/]+/index[.]ts$`;

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'No import cycles: a cycle leaves some module half-loaded, and hides which way a dependency runs.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'modules-meet-through-index',
      comment: "A module imports another only through that module's index.ts.",
      severity: 'error',
      from: { path: `${modules}([^/]+)/`, pathNot: '[.]tables[.]ts$' },
      to: { path: modules, pathNot: [`${modules}$1/`, moduleFace] },
    },
    {
      name: 'tables-reference-tables',
      comment: "A table file may reference another module's table file (foreign keys); nothing else of it.",
      severity: 'error',
      from: { path: `${modules}([^/]+)/[^/]+[.]tables[.]ts$` },
      to: { path: modules, pathNot: [`${modules}$1/`, moduleFace, `${modules}[^/]+/[^/]+[.]tables[.]ts$`] },
    },
    {
      name: 'app-uses-module-faces',
      comment:
        'The app (server, worker, CLI, seed) uses modules through index.ts; routes.ts and schema.ts list their files.',
      severity: 'error',
      from: {
        path: '^apps/server/src/',
        pathNot: ['^apps/server/src/(modules|platform)/', '^apps/server/src/(routes|schema)[.]ts$'],
      },
      to: { path: modules, pathNot: moduleFace },
    },
    {
      name: 'platform-imports-no-module',
      comment: 'The platform is below every module: modules register with it (events, cards, authenticators).',
      severity: 'error',
      from: { path: '^apps/server/src/platform/' },
      to: { path: modules },
    },
    {
      name: 'contracts-import-no-app',
      comment: 'The shared contracts are read by the server and the web app, and import neither.',
      severity: 'error',
      from: { path: '^packages/contracts/' },
      to: { path: '^apps/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.base.json' },
  },
};
