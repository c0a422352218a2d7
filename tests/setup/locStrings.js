// Jest's loc modules (`HelpCenterCommonStrings`, `HelpCenterDeskStrings` …): the SPFx loc files are AMD modules
// (`define([], () => ({...}))`), as SharePoint loads them; this evaluates one with a minimal `define`. French by
// default, HELP_CENTER_LANG=en-us for English.
const fs = require('fs');
const path = require('path');

/** The features with a loc module (src/loc/<feature>/<locale>.js), the common one first. */
const LOC_MODULES = ['common', 'setup', 'helpBar', 'ticketForm', 'myTickets', 'desk', 'deskTicket', 'knowledge', 'articleEditor', 'authoring', 'experts', 'ideas', 'home', 'reports', 'configCategories', 'configTeams', 'configMails', 'configAnnouncements', 'configSettings'];

function loadLocModule(feature, locale = process.env.HELP_CENTER_LANG || 'fr-fr') {
  let strings;
  const define = (_deps, factory) => { strings = factory(); };
  new Function('define', fs.readFileSync(path.join(__dirname, '..', '..', 'src', 'loc', feature, `${locale}.js`), 'utf8'))(define);
  return strings;
}

/** Every module of one language composed, as the web parts compose them. */
function loadLocFile(locale) {
  return Object.assign({}, ...LOC_MODULES.map((m) => loadLocModule(m, locale)));
}

module.exports = { loadLocModule, loadLocFile, LOC_MODULES };
