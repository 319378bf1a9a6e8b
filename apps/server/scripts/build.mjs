// `npm run build -w @vouch/server`: compiles the server, the queue worker and the operator CLI to plain
// JavaScript in apps/server/dist, so production runs `node dist/main.js` without a TypeScript loader.
// npm packages stay external (installed next to the app as usual); the workspace's own packages
// (@vouch/contracts, shipped as TypeScript) are compiled into the bundle.
import fs from 'node:fs';
import { isBuiltin } from 'node:module';
import path from 'node:path';
import { build } from 'esbuild';

const serverRoot = path.resolve(import.meta.dirname, '..');
const outdir = path.join(serverRoot, 'dist');
const entryPoints = ['main', 'worker', 'cli'].map((name) => path.join(serverRoot, `src/${name}.ts`));

const readJson = (file) => JSON.parse(fs.readFileSync(file, 'utf8'));
/** What a production install (`npm ci --omit=dev`) provides: the server's and the workspace packages' dependencies. */
const runtimePackages = new Set(
  ['package.json', '../../packages/contracts/package.json'].flatMap((file) =>
    Object.keys(readJson(path.join(serverRoot, file)).dependencies ?? {}),
  ),
);
const packageName = (specifier) =>
  specifier
    .split('/')
    .slice(0, specifier.startsWith('@') ? 2 : 1)
    .join('/');

/**
 * Every bare import is an npm package left to node_modules, except the workspace's `@vouch/*`; each must
 * be a runtime dependency, or the server would fail in production where dev dependencies are missing.
 */
const npmPackagesExternal = {
  name: 'npm-packages-external',
  setup(esbuild) {
    esbuild.onResolve({ filter: /^[^./]/ }, (args) => {
      if (args.path.startsWith('@vouch/')) return undefined;
      if (isBuiltin(args.path) || runtimePackages.has(packageName(args.path)))
        return { path: args.path, external: true };
      return { errors: [{ text: `${args.path} is imported at runtime but is not in the server's dependencies` }] };
    });
  },
};

/**
 * Files that find things relative to themselves (`new URL('../../drizzle', import.meta.url)`: the
 * migrations, the built web app) must keep doing so from the bundle, which lives elsewhere. Each such
 * file's `import.meta.url` becomes its original location, written relative to the bundle so the app can
 * still be moved as a whole.
 */
const importMetaUrlOfSource = {
  name: 'import-meta-url-of-source',
  setup(esbuild) {
    esbuild.onLoad({ filter: /\.[cm]?tsx?$/ }, async (args) => {
      const source = await fs.promises.readFile(args.path, 'utf8');
      if (/import\.meta\.(dirname|filename)/.test(source)) {
        const where = path.relative(serverRoot, args.path);
        return { errors: [{ text: `${where}: use import.meta.url (the bundle rewrites it), not dirname/filename` }] };
      }
      if (!source.includes('import.meta.url')) return { contents: source, loader: 'ts' };
      const fromBundle = path.relative(outdir, args.path).split(path.sep).join('/');
      const url = `new URL(${JSON.stringify(fromBundle)}, import.meta.url).href`;
      return { contents: source.replaceAll('import.meta.url', url), loader: 'ts' };
    });
  },
};

const started = performance.now();
fs.rmSync(outdir, { recursive: true, force: true });
// esbuild has printed the errors already; the stack trace would only bury them.
await build({
  entryPoints,
  outdir,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node22',
  sourcemap: 'linked',
  logLevel: 'warning',
  plugins: [npmPackagesExternal, importMetaUrlOfSource],
}).catch(() => process.exit(1));
const files = entryPoints.map((entry) => `dist/${path.basename(entry, '.ts')}.js`).join(', ');
console.log(`Built ${files} in ${Math.round(performance.now() - started)} ms`);
