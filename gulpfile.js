'use strict';

const fs = require('fs');
const path = require('path');
const build = require('@microsoft/sp-build-web');

build.addSuppression(`Warning - [sass] The local CSS class 'ms-Grid' is not camelCase and will not be type-safe.`);

var getTasks = build.rig.getTasks;
build.rig.getTasks = function () {
  var result = getTasks.call(build.rig);

  result.set('serve', result.get('serve-deprecated'));

  return result;
};

/**
 * Writes temp/bundle-graph.json after each webpack build: the files of each entry point (the bundles) and of each
 * named chunk group (`import(/* webpackChunkName: … *\/)`, with the shared chunks webpack split out of them).
 * bench/run.mjs adds up, per page, the files loaded before its first render from this graph.
 */
class BundleGraphPlugin {
  apply(compiler) {
    compiler.hooks.done.tap('BundleGraphPlugin', (stats) => {
      const json = stats.toJson({ all: false, entrypoints: true, chunkGroups: true, assets: false });
      const files = (group) => (group.assets || []).map((a) => (typeof a === 'string' ? a : a.name)).filter((f) => f.endsWith('.js'));
      const graph = { entrypoints: {}, chunkGroups: {} };
      for (const [name, group] of Object.entries(json.entrypoints || {})) graph.entrypoints[name] = files(group);
      for (const [name, group] of Object.entries(json.namedChunkGroups || {})) graph.chunkGroups[name] = files(group);
      fs.mkdirSync(path.join(__dirname, 'temp'), { recursive: true });
      fs.writeFileSync(path.join(__dirname, 'temp', 'bundle-graph.json'), JSON.stringify(graph, null, 2));
      // What each file holds (module and size before minification), to find where the bytes go.
      // Concatenated modules ("x + 5 modules") are listed by their parts.
      const detail = stats.toJson({ all: false, chunks: true, ids: true, modules: true, nestedModules: true, modulesSpace: Infinity, nestedModulesSpace: Infinity });
      const filesOf = new Map((detail.chunks || []).map((chunk) => [chunk.id, chunk.files || []]));
      const contents = {};
      const add = (m, chunks) => {
        if (m.modules && m.modules.length) return m.modules.forEach((part) => add(part, chunks));
        for (const id of chunks) for (const file of filesOf.get(id) || []) (contents[file] = contents[file] || []).push({ name: m.name, size: m.size });
      };
      for (const m of detail.modules || []) add(m, m.chunks || []);
      for (const list of Object.values(contents)) list.sort((x, y) => y.size - x.size);
      fs.writeFileSync(path.join(__dirname, 'temp', 'bundle-contents.json'), JSON.stringify(contents, null, 1));
    });
  }
}

/**
 * Points the Fluent UI files listed in config/lazy-fluent.json at src/ui/common/fluentLazy.tsx for the parts a
 * closed control never shows (a Dropdown's list, a button's menu, a tooltip): they load when first opened, not before
 * the page's first render. Fails the build when an entry matched nothing (a Fluent upgrade moved the import).
 */
class LazyFluentPartsPlugin {
  apply(compiler) {
    const config = JSON.parse(fs.readFileSync(path.join(__dirname, 'config', 'lazy-fluent.json'), 'utf8'));
    const target = path.join(__dirname, 'lib', `${config.module}.js`);
    const slash = (p) => p.split(path.sep).join('/');
    const used = new Set();
    compiler.hooks.normalModuleFactory.tap('LazyFluentPartsPlugin', (factory) => {
      factory.hooks.beforeResolve.tap('LazyFluentPartsPlugin', (data) => {
        const issuer = slash((data.contextInfo && data.contextInfo.issuer) || '');
        if (!issuer.includes('/@fluentui/react/lib/components/')) return;
        config.replace.forEach((entry, i) => {
          if (data.request === entry.request && issuer.endsWith(`/@fluentui/react/lib/${entry.importer}`)) {
            data.request = target;
            used.add(i);
          }
        });
      });
    });
    compiler.hooks.afterCompile.tap('LazyFluentPartsPlugin', (compilation) => {
      const missed = config.replace.filter((_e, i) => !used.has(i)).filter((e) => compilation.fileDependencies.has(path.join(__dirname, 'node_modules', '@fluentui', 'react', 'lib', ...e.importer.split('/'))));
      if (missed.length) compilation.errors.push(new Error(`config/lazy-fluent.json: no import of ${missed.map((e) => `${e.request} in ${e.importer}`).join(', ')} (did Fluent UI move it?)`));
    });
  }
}

/**
 * Modules that the first renders of two or more web parts use (config/first-render-chunks.json) go into chunks named
 * after the pages using them (`help-center-shared-<page codes>`): a page holding several web parts loads each of them
 * once, and a page loads no shared chunk it does not use. Webpack's default splitting made a chunk per combination
 * of chunks using a module — lazy chunks included (a Panel, a Callout) — and, where a combination was too small,
 * left the module in each: a page with two web parts loaded Fluent's focus utilities, buttons or the kernel twice.
 */
function sharedFirstRender() {
  const config = JSON.parse(fs.readFileSync(path.join(__dirname, 'config', 'first-render-chunks.json'), 'utf8'));
  // chunk name -> the pages (and their web parts) whose first render loads it
  const pagesOf = new Map();
  const codes = [];
  for (const [feature, pages] of Object.entries(config.features)) {
    for (const [code, chunks] of Object.entries(pages)) {
      codes.push(code);
      for (const chunk of chunks) pagesOf.set(chunk, (pagesOf.get(chunk) || []).concat([{ feature, code }]));
    }
  }
  const usage = (chunks) => {
    const features = new Set();
    const pages = new Set();
    for (const chunk of chunks) for (const p of pagesOf.get(chunk.name) || []) { features.add(p.feature); pages.add(p.code); }
    return { features: features.size, pages: codes.filter((c) => pages.has(c)) };
  };
  // Each module's group (the pages whose first render uses it), planned once per compilation over every module: a
  // group too small for a file of its own (each file is gzipped alone: small ones compress badly) joins the smallest
  // larger group whose pages include all of its pages. Its modules are then loaded once on a page holding several web
  // parts (a copy per web part before: 15 KB gzip on a page with the five), at the price of a few hundred bytes on
  // the pages of that larger group which do not use them — except the pages listed in `exclusive` (the heaviest first
  // renders), which load no module they do not use. A small group with no such host stays in the chunks using it.
  const exclusive = config.exclusive || [];
  let planned = null;
  let planFor = null;
  const plan = (compilation, chunkGraph) => {
    const groupOf = new Map();
    const sizes = new Map();
    for (const m of compilation.modules) {
      const u = usage(chunkGraph.getModuleChunksIterable(m));
      if (u.features < config.minFeatures) continue;
      const key = u.pages.join('-');
      groupOf.set(m, key);
      sizes.set(key, (sizes.get(key) || 0) + m.size());
    }
    const large = [...sizes.keys()].filter((k) => sizes.get(k) >= config.minSize).map((k) => ({ key: k, pages: new Set(k.split('-')) }));
    const target = new Map();
    for (const [key, size] of sizes) {
      if (size >= config.minSize) { target.set(key, key); continue; }
      const pages = key.split('-');
      const hosts = large
        .filter((g) => pages.every((p) => g.pages.has(p)) && exclusive.every((p) => pages.includes(p) || !g.pages.has(p)))
        .sort((x, y) => x.pages.size - y.pages.size);
      if (hosts.length) target.set(key, hosts[0].key);
    }
    const chunkOf = new Map();
    for (const [m, key] of groupOf) if (target.has(key)) chunkOf.set(m, target.get(key));
    return chunkOf;
  };
  return {
    chunks: 'async', priority: 20, reuseExistingChunk: false, minSize: 0, minSizeReduction: 0, minChunks: 1, maxAsyncRequests: Infinity,
    test: (module, { chunkGraph }) => {
      if (planFor !== compilationNow) { planned = plan(compilationNow, chunkGraph); planFor = compilationNow; }
      return planned.has(module);
    },
    name: (module) => `help-center-shared-${planned.get(module)}`
  };
}

/** The compilation being built (the shared chunks' plan reads all of its modules). */
let compilationNow = null;
class CurrentCompilationPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('CurrentCompilationPlugin', (compilation) => { compilationNow = compilation; });
  }
}

build.configureWebpack.mergeConfig({
  additionalConfiguration: (config) => {
    config.plugins = (config.plugins || []).concat([new BundleGraphPlugin(), new LazyFluentPartsPlugin(), new CurrentCompilationPlugin()]);
    config.optimization = config.optimization || {};
    const split = config.optimization.splitChunks || {};
    config.optimization.splitChunks = { ...split, cacheGroups: { ...(split.cacheGroups || {}), helpCenterShared: sharedFirstRender() } };
    // Webpack's runtime, in each bundle (the web parts' and the help bar's, both on every page), maps each lazy chunk
    // to its file name: SPFx names them `chunk.<name>_<20-hex content hash>.js`, so each of ~150 chunks cost its name
    // and hash on every page (2.6 KB gzip; 12-hex hashes still cost 2.6 KB across the two bundles). Named by their
    // numeric id and the build's hash, the files need no map (`"chunk." + id + "." + hash + ".js"`): a new version
    // renames every chunk, so browsers and the CDN never serve a stale one, and an unchanged build keeps its names.
    // The chunks' names stay in temp/bundle-graph.json (bench/) and in webpack's stats.
    if (config.output && /\[contenthash\]/.test(String(config.output.chunkFilename || ''))) config.output.chunkFilename = 'chunk.[id].[fullhash:12].js';
    return config;
  }
});

build.initialize(require('gulp'));
