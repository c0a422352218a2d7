// The workbench's loc modules (`HelpCenterCommonStrings`, `HelpCenterDeskStrings` …): SharePoint loads the loc file
// of the user's language; here the server writes that language in <html lang>, and the build's plugin
// (workbench/host/build.ts) makes each module `module.exports = pick(require(fr), require(en))`.
var lang = (typeof document !== 'undefined' && document.documentElement.lang) || 'fr';
module.exports = function pick(fr, en) {
  return lang.toLowerCase().indexOf('en') === 0 ? en : fr;
};
