/**
 * "Ask this expert" (issue 15): the mail to the expert a request was routed to (`ticket_created.assignee`: the filing
 * informs the assignee only when the desk assigned the request to the expert the requester asked), and the line of the
 * requester's receipt that says to whom it went.
 */
import { mail } from './frame';

/** The expert's mail: a request addressed to them, with the desk's link (the frame's assignee link). */
export const ADDRESSED_TO_YOU = mail('assignee',
  ['une demande vous est adressée\u00a0— {{title}}',
    '<p>{{requesterName}} vous a adressé sa demande <strong>«\u00a0{{title}}\u00a0»</strong> depuis l\'annuaire des experts. Le support vous l\'a confiée'
    + '{{#teamName}} dans la file de l\'équipe {{teamName}}{{/teamName}}\u00a0: vous êtes son interlocuteur. Prenez-la en charge, ou transférez-la, depuis le support.</p>'],
  ['a request addressed to you — {{title}}',
    '<p>{{requesterName}} addressed their request <strong>"{{title}}"</strong> to you from the experts directory. The desk assigned it to you'
    + '{{#teamName}} in the {{teamName}} team\'s queue{{/teamName}}: you are its contact. Take it in charge, or transfer it, on the desk.</p>']);

/** The requester's receipt: who the request went to, when the desk routed it to the expert she asked. */
export const ROUTED_TO_EXPERT = {
  fr: '{{#assigneeName}}<p>Vous l\'avez adressée à {{assigneeName}}, qui en sera votre interlocuteur.</p>{{/assigneeName}}',
  en: '{{#assigneeName}}<p>You addressed it to {{assigneeName}}, who will be your contact.</p>{{/assigneeName}}'
};
