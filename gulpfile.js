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

build.configureWebpack.mergeConfig({
  additionalConfiguration: (config) => {
    config.plugins = (config.plugins || []).concat([new BundleGraphPlugin(), new LazyFluentPartsPlugin()]);
    return config;
  }
});

build.initialize(require('gulp'));
