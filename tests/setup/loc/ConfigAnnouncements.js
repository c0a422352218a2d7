// Jest's `HelpCenterConfigAnnouncementsStrings` (src/loc/configAnnouncements).
module.exports = require('../locStrings').loadLocModule('configAnnouncements');
