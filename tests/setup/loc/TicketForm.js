// Jest's `HelpCenterTicketFormStrings` (src/loc/ticketForm).
module.exports = require('../locStrings').loadLocModule('ticketForm');
