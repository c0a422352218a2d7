// Jest's `HelpCenterKnowledgeStrings` (src/loc/knowledge).
module.exports = require('../locStrings').loadLocModule('knowledge');
