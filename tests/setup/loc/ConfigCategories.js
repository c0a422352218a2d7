// Jest's `HelpCenterConfigCategoriesStrings` (src/loc/configCategories).
module.exports = require('../locStrings').loadLocModule('configCategories');
