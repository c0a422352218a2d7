// Jest's `HelpCenterConfigTeamsStrings` (src/loc/configTeams).
module.exports = require('../locStrings').loadLocModule('configTeams');
