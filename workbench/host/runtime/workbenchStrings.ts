/**
 * The workbench's own labels (page titles, identity switcher, outbox viewer): not the product's, so not in src/loc.
 * The pages use the product's strings plus these, in the signed-in person's language.
 */
export interface IWorkbenchStrings {
  knowledgeTitle: string;
  knowledgeDescription: string;
  deskTitle: string;
  deskDescription: string;
  articlesTitle: string;
  articlesDescription: string;
  expertsTitle: string;
  expertsDescription: string;
  ideasTitle: string;
  ideasDescription: string;
  myTicketsTitle: string;
  myTicketsDescription: string;
  ticketFormTitle: string;
  ticketFormDescription: string;
  identityLabel: string;
  homeTitle: string;
  webPartsHeading: string;
  /** The help center site's home page (HelpCenterHome web part). */
  helpHomeTitle: string;
  helpHomeDescription: string;
  /** The tenant's root site (where SharePoint hosts web parts shown in Teams). */
  rootSiteTitle: string;
  setupTitle: string;
  setupDescription: string;
  outboxTitle: string;
  outboxDescription: string;
  outboxEmpty: string;
  /** `{0}` sender, `{1}` recipients. */
  outboxFromTo: string;
  outboxSentAt: string;
}

/** The strings a workbench page gets: the product's, composed as the web parts compose them, and the workbench's. */
export type WorkbenchPageStrings = IHelpCenterStrings & { workbench: IWorkbenchStrings };

/** The workbench's labels in French and English. */
export const WORKBENCH_STRINGS: { fr: IWorkbenchStrings; en: IWorkbenchStrings } = {
  fr: {
    "knowledgeTitle": "Base de connaissances",
    "knowledgeDescription": "Chercher une réponse avant de demander (web part KnowledgeSearch).",
    "deskTitle": "Support",
    "deskDescription": "Les files du support (web part SupportDesk, réservée aux agents).",
    "articlesTitle": "Rédaction d'articles",
    "articlesDescription": "Écrire, relire et publier les articles d'aide (web part ArticleEditor, contributeurs et relecteurs).",
    "expertsTitle": "Annuaire des experts",
    "expertsDescription": "Trouver qui sait\u00a0: compétences déclarées, expertise constatée, communautés (web part ExpertsDirectory).",
    "ideasTitle": "Boîte à idées",
    "ideasDescription": "Proposer, voter, suivre la réponse de l'équipe (web part IdeaBox).",
    "myTicketsTitle": "Mes demandes",
    "myTicketsDescription": "Le suivi de ses demandes (web part MyTickets).",
    "ticketFormTitle": "Faire une demande",
    "ticketFormDescription": "Le formulaire unique de demande d'aide (web part TicketForm).",
    "identityLabel": "Identité",
    "homeTitle": "Intranet – accueil",
    "webPartsHeading": "Composants du centre d'aide",
    "helpHomeTitle": "Centre d'aide – accueil",
    "helpHomeDescription": "La page d'accueil du centre d'aide : recherche, catégories, annonces, mes demandes, horaires (web part HelpCenterHome).",
    "rootSiteTitle": "Communication",
    "setupTitle": "Installation du centre d'aide",
    "setupDescription": "Pour les propriétaires du site : crée et répare les listes et les permissions.",
    "outboxTitle": "Boîte d'envoi (courriels envoyés)",
    "outboxDescription": "Les courriels que le centre d'aide a envoyés par Microsoft Graph.",
    "outboxEmpty": "Aucun courriel envoyé.",
    "outboxFromTo": "De {0} à {1}",
    "outboxSentAt": "Envoyé le"
  },
  en: {
    "knowledgeTitle": "Knowledge base",
    "knowledgeDescription": "Find an answer before asking (KnowledgeSearch web part).",
    "deskTitle": "Support desk",
    "deskDescription": "The support desk's queues (SupportDesk web part, for agents).",
    "articlesTitle": "Writing articles",
    "articlesDescription": "Write, review and publish help articles (ArticleEditor web part, for contributors and reviewers).",
    "expertsTitle": "Experts directory",
    "expertsDescription": "Find who knows: declared skills, proven expertise, communities (ExpertsDirectory web part).",
    "ideasTitle": "Idea box",
    "ideasDescription": "Propose, vote, follow the team's answer (IdeaBox web part).",
    "myTicketsTitle": "My requests",
    "myTicketsDescription": "Following one's requests (MyTickets web part).",
    "ticketFormTitle": "Ask for help",
    "ticketFormDescription": "The one help request form (TicketForm web part).",
    "identityLabel": "Identity",
    "homeTitle": "Intranet – home",
    "webPartsHeading": "Help center components",
    "helpHomeTitle": "Help center – home",
    "helpHomeDescription": "The help center's home page: search, categories, announcements, my requests, hours (HelpCenterHome web part).",
    "rootSiteTitle": "Communication",
    "setupTitle": "Help center setup",
    "setupDescription": "For site owners: creates and repairs the lists and permissions.",
    "outboxTitle": "Outbox (sent emails)",
    "outboxDescription": "Emails the help center sent through Microsoft Graph.",
    "outboxEmpty": "No email sent.",
    "outboxFromTo": "From {0} to {1}",
    "outboxSentAt": "Sent on"
  }
};
