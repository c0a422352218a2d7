import type { UiLocale } from './HelpCenterContext';

/**
 * The strings of each feature, one chunk per language (src/loc/<feature>/{fr-fr,en-us}.js), loaded by the web parts
 * that show them (beside their feature chunk) and by lazy parts of a page with strings of their own (`WithStrings`):
 * a page downloads the common module (an SPFx localized resource, config/config.json) and the strings of what it
 * shows, in its language only — not every feature's strings on every page.
 */
type Module<T> = T | { default: T };
const value = <T>(m: Module<T>): T => ((m as { default?: T }).default || m) as T;

const LOADERS = {
  setup: (en: boolean): Promise<IHelpCenterSetupStrings> => (en
    ? import(/* webpackChunkName: 'help-center-strings-setup-en' */ '../../loc/setup/en-us.js')
    : import(/* webpackChunkName: 'help-center-strings-setup-fr' */ '../../loc/setup/fr-fr.js')).then(value),
  ticketForm: (en: boolean): Promise<IHelpCenterTicketFormStrings> => (en
    ? import(/* webpackChunkName: 'help-center-strings-form-en' */ '../../loc/ticketForm/en-us.js')
    : import(/* webpackChunkName: 'help-center-strings-form-fr' */ '../../loc/ticketForm/fr-fr.js')).then(value),
  myTickets: (en: boolean): Promise<IHelpCenterMyTicketsStrings> => (en
    ? import(/* webpackChunkName: 'help-center-strings-my-tickets-en' */ '../../loc/myTickets/en-us.js')
    : import(/* webpackChunkName: 'help-center-strings-my-tickets-fr' */ '../../loc/myTickets/fr-fr.js')).then(value),
  desk: (en: boolean): Promise<IHelpCenterDeskStrings> => (en
    ? import(/* webpackChunkName: 'help-center-strings-desk-en' */ '../../loc/desk/en-us.js')
    : import(/* webpackChunkName: 'help-center-strings-desk-fr' */ '../../loc/desk/fr-fr.js')).then(value),
  deskTicket: (en: boolean): Promise<IHelpCenterDeskTicketStrings> => (en
    ? import(/* webpackChunkName: 'help-center-strings-desk-ticket-en' */ '../../loc/deskTicket/en-us.js')
    : import(/* webpackChunkName: 'help-center-strings-desk-ticket-fr' */ '../../loc/deskTicket/fr-fr.js')).then(value),
  knowledge: (en: boolean): Promise<IHelpCenterKnowledgeStrings> => (en
    ? import(/* webpackChunkName: 'help-center-strings-knowledge-en' */ '../../loc/knowledge/en-us.js')
    : import(/* webpackChunkName: 'help-center-strings-knowledge-fr' */ '../../loc/knowledge/fr-fr.js')).then(value),
  articleEditor: (en: boolean): Promise<IHelpCenterArticleEditorStrings> => (en
    ? import(/* webpackChunkName: 'help-center-strings-article-editor-en' */ '../../loc/articleEditor/en-us.js')
    : import(/* webpackChunkName: 'help-center-strings-article-editor-fr' */ '../../loc/articleEditor/fr-fr.js')).then(value),
  authoring: (en: boolean): Promise<IHelpCenterAuthoringStrings> => (en
    ? import(/* webpackChunkName: 'help-center-strings-authoring-en' */ '../../loc/authoring/en-us.js')
    : import(/* webpackChunkName: 'help-center-strings-authoring-fr' */ '../../loc/authoring/fr-fr.js')).then(value),
  experts: (en: boolean): Promise<IHelpCenterExpertsStrings> => (en
    ? import(/* webpackChunkName: 'help-center-strings-experts-en' */ '../../loc/experts/en-us.js')
    : import(/* webpackChunkName: 'help-center-strings-experts-fr' */ '../../loc/experts/fr-fr.js')).then(value),
  ideas: (en: boolean): Promise<IHelpCenterIdeasStrings> => (en
    ? import(/* webpackChunkName: 'help-center-strings-ideas-en' */ '../../loc/ideas/en-us.js')
    : import(/* webpackChunkName: 'help-center-strings-ideas-fr' */ '../../loc/ideas/fr-fr.js')).then(value),
  home: (en: boolean): Promise<IHelpCenterHomeStrings> => (en
    ? import(/* webpackChunkName: 'help-center-strings-home-en' */ '../../loc/home/en-us.js')
    : import(/* webpackChunkName: 'help-center-strings-home-fr' */ '../../loc/home/fr-fr.js')).then(value),
  reports: (en: boolean): Promise<IHelpCenterReportsStrings> => (en
    ? import(/* webpackChunkName: 'help-center-strings-reports-en' */ '../../loc/reports/en-us.js')
    : import(/* webpackChunkName: 'help-center-strings-reports-fr' */ '../../loc/reports/fr-fr.js')).then(value),
  // The set-up page's configuration areas (issue 18), each loaded with its area's chunk (WithStrings).
  configCategories: (en: boolean): Promise<IHelpCenterConfigCategoriesStrings> => (en
    ? import(/* webpackChunkName: 'help-center-strings-config-categories-en' */ '../../loc/configCategories/en-us.js')
    : import(/* webpackChunkName: 'help-center-strings-config-categories-fr' */ '../../loc/configCategories/fr-fr.js')).then(value),
  configTeams: (en: boolean): Promise<IHelpCenterConfigTeamsStrings> => (en
    ? import(/* webpackChunkName: 'help-center-strings-config-teams-en' */ '../../loc/configTeams/en-us.js')
    : import(/* webpackChunkName: 'help-center-strings-config-teams-fr' */ '../../loc/configTeams/fr-fr.js')).then(value),
  configMails: (en: boolean): Promise<IHelpCenterConfigMailsStrings> => (en
    ? import(/* webpackChunkName: 'help-center-strings-config-mails-en' */ '../../loc/configMails/en-us.js')
    : import(/* webpackChunkName: 'help-center-strings-config-mails-fr' */ '../../loc/configMails/fr-fr.js')).then(value),
  configAnnouncements: (en: boolean): Promise<IHelpCenterConfigAnnouncementsStrings> => (en
    ? import(/* webpackChunkName: 'help-center-strings-config-announcements-en' */ '../../loc/configAnnouncements/en-us.js')
    : import(/* webpackChunkName: 'help-center-strings-config-announcements-fr' */ '../../loc/configAnnouncements/fr-fr.js')).then(value),
  configSettings: (en: boolean): Promise<IHelpCenterConfigSettingsStrings> => (en
    ? import(/* webpackChunkName: 'help-center-strings-config-settings-en' */ '../../loc/configSettings/en-us.js')
    : import(/* webpackChunkName: 'help-center-strings-config-settings-fr' */ '../../loc/configSettings/fr-fr.js')).then(value)
};

/** A feature's strings module (src/loc/<name>). */
export type FeatureStringsModule = keyof typeof LOADERS;

/** The feature strings `modules` in `locale`, merged (each module declares its own sections). */
export function loadFeatureStrings(locale: UiLocale, modules: readonly FeatureStringsModule[]): Promise<Partial<IHelpCenterStrings>> {
  return Promise.all(modules.map(m => LOADERS[m](locale === 'en'))).then(parts => Object.assign({}, ...parts) as Partial<IHelpCenterStrings>);
}

/** The strings each web part's pages show (its entry point loads them beside its feature chunk, in parallel). */
export const FEATURE_STRINGS = {
  setup: ['setup'],
  form: ['ticketForm'],
  myTickets: ['myTickets'],
  // A ticket's panel brings its own (DESK_TICKET_STRINGS), loaded when it opens.
  desk: ['desk'],
  knowledge: ['knowledge'],
  // The contributors' page: its frame, queue and history, and the editor's strings (the draft page).
  authoring: ['authoring', 'articleEditor'],
  // The experts directory (issue 15).
  experts: ['experts'],
  // The idea box (issue 15).
  ideas: ['ideas'],
  // The help center's home page (issue 16).
  home: ['home'],
  // The reports for the support desk and managers (issue 17).
  reports: ['reports']
} as const;

/** The strings of a ticket's panel on the desk: its page, the conversation (myTickets) and the actions' forms (ticketForm). */
export const DESK_TICKET_STRINGS: readonly FeatureStringsModule[] = ['deskTicket', 'myTickets', 'ticketForm'];

/** A web part's feature, by the strings it shows. */
export type FeatureName = keyof typeof FEATURE_STRINGS;
