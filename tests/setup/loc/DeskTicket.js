// Jest's `HelpCenterDeskTicketStrings` (src/loc/deskTicket).
module.exports = require('../locStrings').loadLocModule('deskTicket');
