// Jest's `HelpCenterMyTicketsStrings` (src/loc/myTickets).
module.exports = require('../locStrings').loadLocModule('myTickets');
