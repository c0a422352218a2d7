/** Mails of a request changing hands: escalation, transfer, and the known incident (problem) it is linked to. */
import { mail } from './frame';
import type { TemplateFamily } from './types';

const REASON_FR = '<p>Motif : {{reason}}</p>';
const REASON_EN = '<p>Reason: {{reason}}</p>';

/** `escalated`, `transferred`, `problem_linked`, `problem_resolved`. */
export const ROUTING_TEMPLATES: { [template: string]: TemplateFamily } = {
  escalated: {
    baseRole: 'requester',
    base: mail('requester',
      ['confiée au {{levelName}}',
        "<p>Votre demande <strong>« {{title}} »</strong> a été confiée{{#teamName}} à l'équipe {{teamName}}{{/teamName}} ({{levelName}}) pour un traitement spécialisé.{{#assigneeName}} {{assigneeName}} reste votre interlocuteur.{{/assigneeName}}</p>"],
      ['handed to {{levelName}}',
        '<p>Your request <strong>"{{title}}"</strong> was handed{{#teamName}} to the {{teamName}} team{{/teamName}} ({{levelName}}) for specialised handling.{{#assigneeName}} {{assigneeName}} remains your contact.{{/assigneeName}}</p>'],
      { fields: false }),
    roles: {
      watcher: mail('watcher',
        ['confiée au {{levelName}} — {{title}}',
          "<p>La demande <strong>« {{title}} »</strong> de {{requesterName}} a été confiée{{#teamName}} à l'équipe {{teamName}}{{/teamName}} ({{levelName}}) pour un traitement spécialisé.</p>"],
        ['handed to {{levelName}} — {{title}}',
          '<p>The request <strong>"{{title}}"</strong> from {{requesterName}} was handed{{#teamName}} to the {{teamName}} team{{/teamName}} ({{levelName}}) for specialised handling.</p>'],
        { fields: false }),
      teamQueue: mail('teamQueue',
        ['escaladée à votre équipe ({{levelName}}) — {{title}}',
          '<p>{{actorName}} a escaladé à votre équipe{{#teamName}} {{teamName}}{{/teamName}} ({{levelName}}) la demande <strong>« {{title}} »</strong> de {{requesterName}}.</p>' + REASON_FR],
        ['escalated to your team ({{levelName}}) — {{title}}',
          '<p>{{actorName}} escalated the request <strong>"{{title}}"</strong> from {{requesterName}} to your team{{#teamName}} {{teamName}}{{/teamName}} ({{levelName}}).</p>' + REASON_EN]),
      escalatedTo: mail('escalatedTo',
        ['escaladée à vous ({{levelName}}) — {{title}}',
          '<p>{{actorName}} vous a escaladé la demande <strong>« {{title}} »</strong> de {{requesterName}} ({{levelName}}{{#teamName}}, équipe {{teamName}}{{/teamName}}).</p>' + REASON_FR],
        ['escalated to you ({{levelName}}) — {{title}}',
          '<p>{{actorName}} escalated the request <strong>"{{title}}"</strong> from {{requesterName}} to you ({{levelName}}{{#teamName}}, {{teamName}} team{{/teamName}}).</p>' + REASON_EN]),
      assignee: mail('assignee',
        ['escaladée au {{levelName}} — {{title}}',
          "<p>{{actorName}} a escaladé la demande <strong>« {{title}} »</strong> de {{requesterName}}{{#teamName}} à l'équipe {{teamName}}{{/teamName}} ({{levelName}}). Vous restez son interlocuteur.</p>" + REASON_FR],
        ['escalated to {{levelName}} — {{title}}',
          '<p>{{actorName}} escalated the request <strong>"{{title}}"</strong> from {{requesterName}}{{#teamName}} to the {{teamName}} team{{/teamName}} ({{levelName}}). You remain its contact.</p>' + REASON_EN],
        { fields: false })
    }
  },
  transferred: {
    baseRole: 'requester',
    base: mail('requester',
      ["transférée à l'équipe {{teamName}}",
        "<p>Votre demande <strong>« {{title}} »</strong> a été transférée à l'équipe {{teamName}}, qui va la prendre en charge.</p>"],
      ['transferred to the {{teamName}} team',
        '<p>Your request <strong>"{{title}}"</strong> was transferred to the {{teamName}} team, which will take it in charge.</p>'],
      { fields: false }),
    roles: {
      watcher: mail('watcher',
        ["transférée à l'équipe {{teamName}} — {{title}}", "<p>La demande <strong>« {{title}} »</strong> de {{requesterName}} a été transférée à l'équipe {{teamName}}.</p>"],
        ['transferred to the {{teamName}} team — {{title}}', '<p>The request <strong>"{{title}}"</strong> from {{requesterName}} was transferred to the {{teamName}} team.</p>'],
        { fields: false }),
      teamQueue: mail('teamQueue',
        ['transférée à votre équipe — {{title}}',
          "<p>{{actorName}} a transféré à votre équipe {{teamName}}{{#fromTeamName}} (depuis l'équipe {{fromTeamName}}){{/fromTeamName}} la demande <strong>« {{title}} »</strong> de {{requesterName}}.</p>" + REASON_FR],
        ['transferred to your team — {{title}}',
          '<p>{{actorName}} transferred the request <strong>"{{title}}"</strong> from {{requesterName}} to your team {{teamName}}{{#fromTeamName}} (from the {{fromTeamName}} team){{/fromTeamName}}.</p>' + REASON_EN]),
      assignee: mail('assignee',
        ["transférée à l'équipe {{teamName}} — {{title}}",
          "<p>{{actorName}} a transféré la demande <strong>« {{title}} »</strong> de {{requesterName}} à l'équipe {{teamName}} : vous n'en êtes plus l'interlocuteur.</p>" + REASON_FR],
        ['transferred to the {{teamName}} team — {{title}}',
          '<p>{{actorName}} transferred the request <strong>"{{title}}"</strong> from {{requesterName}} to the {{teamName}} team: you are no longer its contact.</p>' + REASON_EN],
        { fields: false })
    }
  },
  problem_linked: {
    baseRole: 'requester',
    base: mail('requester',
      ['rattachée à un incident connu',
        "<p>Votre demande <strong>« {{title}} »</strong> relève d'un incident connu (n°{{problemId}}) que le support traite dans son ensemble. Vous serez informé(e) de sa résolution.</p>"],
      ['linked to a known incident',
        '<p>Your request <strong>"{{title}}"</strong> is part of a known incident (#{{problemId}}) that the desk handles as a whole. You will be informed when it is resolved.</p>'],
      { fields: false }),
    roles: {
      watcher: mail('watcher',
        ['rattachée à un incident connu — {{title}}', "<p>La demande <strong>« {{title}} »</strong> de {{requesterName}} relève d'un incident connu (n°{{problemId}}) que le support traite dans son ensemble.</p>"],
        ['linked to a known incident — {{title}}', '<p>The request <strong>"{{title}}"</strong> from {{requesterName}} is part of a known incident (#{{problemId}}) that the desk handles as a whole.</p>'],
        { fields: false })
    }
  },
  problem_resolved: {
    baseRole: 'requester',
    base: mail('requester',
      ['résolue avec l\'incident n°{{problemId}}',
        "<p>L'incident à l'origine de votre demande <strong>« {{title}} »</strong> est résolu :</p><blockquote>{{resolution}}</blockquote>"
        + '{{#autoCloseDelay}}<p>Si le problème persiste pour vous, rouvrez la demande dans les {{autoCloseDelay}} ; sinon elle sera close automatiquement.</p>{{/autoCloseDelay}}'],
      ['resolved with incident #{{problemId}}',
        '<p>The incident behind your request <strong>"{{title}}"</strong> is resolved:</p><blockquote>{{resolution}}</blockquote>'
        + '{{#autoCloseDelay}}<p>If the problem persists for you, reopen the request within {{autoCloseDelay}}; otherwise it will be closed automatically.</p>{{/autoCloseDelay}}'],
      { fields: false }),
    roles: {
      watcher: mail('watcher',
        ['résolue — {{title}}', "<p>L'incident à l'origine de la demande <strong>« {{title}} »</strong> de {{requesterName}} est résolu :</p><blockquote>{{resolution}}</blockquote>"],
        ['resolved — {{title}}', '<p>The incident behind the request <strong>"{{title}}"</strong> from {{requesterName}} is resolved:</p><blockquote>{{resolution}}</blockquote>'],
        { fields: false }),
      assignee: mail('assignee',
        ["résolue avec l'incident n°{{problemId}} — {{title}}",
          "<p>La demande <strong>« {{title}} »</strong> de {{requesterName}}, dont vous êtes l'interlocuteur, est résolue avec l'incident n°{{problemId}} par {{actorName}} :</p><blockquote>{{resolution}}</blockquote>"],
        ['resolved with incident #{{problemId}} — {{title}}',
          '<p>The request <strong>"{{title}}"</strong> from {{requesterName}}, of which you are the contact, was resolved with incident #{{problemId}} by {{actorName}}:</p><blockquote>{{resolution}}</blockquote>'],
        { fields: false })
    }
  }
};
