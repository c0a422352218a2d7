// The workbench's `HelpCenterStrings` module: SharePoint loads the loc file of the user's language;
// here the server writes that language in <html lang>, and this picks the matching file.
var lang = (typeof document !== 'undefined' && document.documentElement.lang) || 'fr';
module.exports = lang.toLowerCase().indexOf('en') === 0 ? require('../../../src/loc/en-us.js') : require('../../../src/loc/fr-fr.js');
