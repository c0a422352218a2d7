/**
 * Bundles the host pages (workbench/host/entries/*.tsx) with esbuild, in memory, at workbench start.
 * The same ui roots as the SPFx web parts, with a fake SPFx context instead of SharePoint's.
 */
import * as esbuild from 'esbuild';
import { readFileSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');
const ENTRIES = path.join(__dirname, 'entries');

/** Built assets by URL file name (`setup.js`, `setup.css` …). */
export interface HostAssets {
  files: Map<string, { contentType: string; body: Buffer }>;
  /** Entry names (`home`, `setup`, `outbox`). */
  entries: string[];
  /** Build duration in milliseconds. */
  ms: number;
}

/** SPFx loc files are AMD modules (`define([], function () { return {...}; })`); run them as CommonJS. */
const amdLocPlugin: esbuild.Plugin = {
  name: 'spfx-amd-loc',
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/]loc[\\/]\w+[\\/][^\\/]+\.js$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      return { contents: `var __loc;\nfunction define(deps, factory) { __loc = factory(); }\n${source}\nmodule.exports = __loc;\n`, loader: 'js' };
    });
  },
};

/**
 * SPFx's localized resources (`HelpCenterDeskStrings` → src/loc/desk/{locale}.js): each module picks the file of the
 * page's language at run time, as SharePoint's loader does.
 */
const locModulesPlugin: esbuild.Plugin = {
  name: 'spfx-loc-modules',
  setup(build) {
    build.onResolve({ filter: /^HelpCenter\w+Strings$/ }, (args) => ({ path: args.path, namespace: 'loc-module' }));
    build.onLoad({ filter: /.*/, namespace: 'loc-module' }, (args) => {
      const name = /^HelpCenter(\w+)Strings$/.exec(args.path)![1];
      const dir = name.charAt(0).toLowerCase() + name.slice(1);
      const pick = JSON.stringify(path.join(__dirname, 'runtime', 'localeStrings.js'));
      const file = (locale: string): string => JSON.stringify(path.join(ROOT, 'src', 'loc', dir, `${locale}.js`));
      return { contents: `module.exports = require(${pick})(require(${file('fr-fr')}), require(${file('en-us')}));`, loader: 'js', resolveDir: ROOT };
    });
  },
};

/**
 * The workbench bundles each page in one file, where SPFx's webpack splits a page's code into chunks loaded by
 * `import(/* webpackChunkName: 'help-center-…' *\/ …)`. This records each such load (name, time) in `window.__hcChunkLoads` as it
 * happens, so the benchmark knows which of the ship build's chunks a page loads before its first render.
 */
const chunkLoadsPlugin: esbuild.Plugin = {
  name: 'record-chunk-loads',
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/].*\.tsx?$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      if (!source.includes('webpackChunkName')) return undefined;
      // Each load with its time, so the benchmark counts only those before the page's rendered mark.
      const record = (name: string): string => `((globalThis as unknown as { __hcChunkLoads?: Array<{ name: string; at: number }> }).__hcChunkLoads ||= []).push({ name: '${name}', at: performance.now() })`;
      // `await import(…)` keeps its value (`await (record, 0) || await import(…)`); elsewhere `record && import(…)`.
      const contents = source
        .replace(/await import\(\s*\/\*\s*webpackChunkName:\s*'([\w-]+)'\s*\*\/\s*/g, (_m, name: string) => `await (${record(name)}, 0) || await import(`)
        .replace(/import\(\s*\/\*\s*webpackChunkName:\s*'([\w-]+)'\s*\*\/\s*/g, (_m, name: string) => `${record(name)} > 0 && import(`);
      return { contents, loader: args.path.endsWith('x') ? 'tsx' : 'ts' };
    });
  },
};

/**
 * The same Fluent UI parts as the ship build loads lazily (config/lazy-fluent.json, gulpfile.js): the listed Fluent
 * files import src/ui/common/fluentLazy.tsx instead, so the workbench runs the code SharePoint runs.
 */
const lazyFluentPlugin: esbuild.Plugin = {
  name: 'lazy-fluent-parts',
  setup(build) {
    const config = JSON.parse(readFileSync(path.join(ROOT, 'config', 'lazy-fluent.json'), 'utf8')) as { module: string; replace: Array<{ importer: string; request: string }> };
    const target = path.join(ROOT, 'src', `${config.module}.tsx`);
    const requests = new Set(config.replace.map((e) => e.request));
    const escaped = [...requests].map((r) => r.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'));
    build.onResolve({ filter: new RegExp(`^(${escaped.join('|')})$`) }, (args) => {
      if (!requests.has(args.path)) return undefined;
      const importer = args.importer.split(path.sep).join('/');
      const hit = config.replace.some((e) => e.request === args.path && importer.endsWith(`/@fluentui/react/lib/${e.importer}`));
      return hit ? { path: target } : undefined;
    });
  },
};

/** Webpack-style `~package/...` imports used by SPFx scss. */

/** Builds every entry; throws with esbuild's messages when the code does not compile. */
export async function buildHostAssets(opts: { minify?: boolean } = {}): Promise<HostAssets> {
  const started = Date.now();
  const entries = (await readdir(ENTRIES)).filter((f) => f.endsWith('.tsx')).map((f) => f.replace(/\.tsx$/, '')).sort();
  const result = await esbuild.build({
    entryPoints: entries.map((e) => path.join(ENTRIES, `${e}.tsx`)),
    absWorkingDir: ROOT,
    bundle: true,
    write: false,
    outdir: '/assets',
    format: 'iife',
    target: 'es2019',
    minify: opts.minify ?? false,
    sourcemap: 'linked',
    jsx: 'transform',
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': opts.minify ? '"production"' : '"development"' },
    loader: { '.png': 'dataurl', '.svg': 'dataurl' },
    plugins: [
      locModulesPlugin,
      amdLocPlugin,
      chunkLoadsPlugin,
      lazyFluentPlugin,
    ],
  });
  const files = new Map<string, { contentType: string; body: Buffer }>();
  for (const out of result.outputFiles) {
    const name = path.basename(out.path);
    const contentType = name.endsWith('.map') ? 'application/json; charset=utf-8' : name.endsWith('.css') ? 'text/css; charset=utf-8' : 'text/javascript; charset=utf-8';
    files.set(name, { contentType, body: Buffer.from(out.contents) });
  }
  return { files, entries, ms: Date.now() - started };
}
