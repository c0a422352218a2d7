// Jest's `HelpCenterReportsStrings` (src/loc/reports).
module.exports = require('../locStrings').loadLocModule('reports');
