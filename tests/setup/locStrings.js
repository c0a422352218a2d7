// Jest's `HelpCenterStrings`: the SPFx loc files are AMD modules (`define([], () => ({...}))`), as SharePoint
// loads them; this evaluates one with a minimal `define`. French by default, HELP_CENTER_LANG=en-us for English.
const fs = require('fs');
const path = require('path');

function loadLocFile(name) {
  let strings;
  const define = (_deps, factory) => { strings = factory(); };
  new Function('define', fs.readFileSync(path.join(__dirname, '..', '..', 'src', 'loc', `${name}.js`), 'utf8'))(define);
  return strings;
}

module.exports = loadLocFile(process.env.HELP_CENTER_LANG || 'fr-fr');
module.exports.loadLocFile = loadLocFile;
