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
      const detail = stats.toJson({ all: false, chunks: true, chunkModules: true });
      const contents = {};
      for (const chunk of detail.chunks || []) {
        for (const file of chunk.files || []) {
          contents[file] = (chunk.modules || []).map((m) => ({ name: m.name, size: m.size })).sort((x, y) => y.size - x.size);
        }
      }
      fs.writeFileSync(path.join(__dirname, 'temp', 'bundle-contents.json'), JSON.stringify(contents, null, 1));
    });
  }
}

build.configureWebpack.mergeConfig({
  additionalConfiguration: (config) => {
    config.plugins = (config.plugins || []).concat([new BundleGraphPlugin()]);
    return config;
  }
});

build.initialize(require('gulp'));
