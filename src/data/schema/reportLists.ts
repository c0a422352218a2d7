import type { ListDefinition } from './types';

/**
 * ReportSubscriptions (issue 17): who wants the monthly summary of the reports by mail — one item per person, their
 * own claim about themselves. ReadSecurity/WriteSecurity 2: managers read and write only their own item; agents and
 * owners read every one (the desk queues the summary) and write their own. An item counts only when its author saved
 * it last (Author = Editor), and only for someone SharePoint still lets write here when the summary is queued: the
 * list's grants are exactly the reports' audience, so leaving the managers group ends the mails.
 */
export const reportSubscriptions: ListDefinition = {
  name: 'ReportSubscriptions',
  description: { fr: 'Abonnements au résumé mensuel des rapports', en: 'Monthly report summary subscriptions' },
  titleRequired: false, titleLabel: { fr: 'Titre', en: 'Title' },
  fields: [
    { name: 'HCMonthlySummary', title: { fr: 'Résumé mensuel', en: 'Monthly summary' }, kind: 'Boolean', defaultValue: '0', description: 'The person receives the monthly summary of the reports by mail (their own choice; off: the item is kept, no mail).' }
  ],
  indexedBuiltIns: ['Author'], versioning: true, attachments: false, readSecurity: 2, writeSecurity: 2, noCrawl: true,
  // The agents' level here carries Enumerate Permissions: the agent queuing the summary asks SharePoint whether each
  // subscriber may still write here (see SUBSCRIPTION_KEEPER_ROLE).
  grants: [
    { principal: 'owners', role: 'fullControl' },
    { principal: 'support', role: 'subscriptionKeeper' },
    { principal: 'managers', role: 'requester' }
  ]
};
