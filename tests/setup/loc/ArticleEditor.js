// Jest's `HelpCenterArticleEditorStrings` (src/loc/articleEditor).
module.exports = require('../locStrings').loadLocModule('articleEditor');
