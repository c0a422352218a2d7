import {
  ANNOUNCEMENT_AUDIENCES, ANNOUNCEMENT_SEVERITIES, ARTICLE_KINDS, ARTICLE_STATUSES, EXPERT_AVAILABILITIES, INCIDENT_TYPES, LANGUAGES,
  DRAFT_STATUSES, LOCATION_KINDS, SUPPORT_LEVELS, TICKET_CHANNELS, TICKET_KINDS, TICKET_PRIORITIES, TICKET_SEVERITIES, TICKET_STATUSES
} from '../../domain/vocabulary';
import { FieldDefinition, ListDefinition, ListGrant } from './types';
import { language } from './commonFields';
import { articleNotifications, helpNotifications } from './outboxLists';
import { expertiseRecords, ideaLists } from './communityLists';
import { reportSubscriptions } from './reportLists';

/** "Read all, owners edit": reference lists the whole organisation reads. */
const READ_ALL_OWNERS_EDIT: readonly ListGrant[] = [
  { principal: 'owners', role: 'fullControl' },
  { principal: 'members', role: 'read' },
  { principal: 'visitors', role: 'read' },
  { principal: 'support', role: 'read' },
  { principal: 'contributors', role: 'read' },
  // The reports name teams, categories, locations and read the site's hours (issue 17).
  { principal: 'managers', role: 'read' }
];

/**
 * Lists everyone writes to (tickets, search events, the outbox) get their own permissions: the site's Members
 * group has Edit (Manage Lists) at the site, which would let any member switch a list's ReadSecurity back to
 * "all items". Here members, visitors and contributors get the requester level (Contribute without Delete Items
 * and Delete Versions), so item-level security holds and nobody but the desk and owners deletes an item or its
 * history; agents get the agent level (Override List Behaviors: they read and handle every item).
 */
const REQUESTERS_WRITE_OWN: readonly ListGrant[] = [
  { principal: 'owners', role: 'fullControl' },
  { principal: 'support', role: 'supportAgent' },
  { principal: 'contributors', role: 'requester' },
  { principal: 'members', role: 'requester' },
  { principal: 'visitors', role: 'requester' }
];


/** The columns an article and its draft share, word for word (KnowledgeArticles, KnowledgeDrafts). */
const articleSummary: FieldDefinition = { name: 'HCSummary', title: { fr: 'Résumé', en: 'Summary' }, kind: 'Note', description: 'One-paragraph answer shown in results.' };
const articleKeywords: FieldDefinition = { name: 'HCKeywords', title: { fr: 'Mots-clés', en: 'Keywords' }, kind: 'Note', description: 'Keywords, comma-separated.' };
const articleQuestions: FieldDefinition = { name: 'HCQuestions', title: { fr: 'Autres formulations', en: 'Other phrasings' }, kind: 'Note', description: 'Other ways people ask the question, one per line.' };
const articleKind: FieldDefinition = { name: 'HCArticleKind', title: { fr: 'Type d\'article', en: 'Article kind' }, kind: 'Choice', choices: ARTICLE_KINDS, defaultValue: 'faq', description: 'FAQ, how-to, troubleshooting, known issue.' };

/** HelpCategories: the category tree and, per category, which form fields it needs. */
const helpCategories: ListDefinition = {
  name: 'HelpCategories',
  description: { fr: 'Catégories de demandes et de la base de connaissances', en: 'Request and knowledge base categories' },
  titleRequired: true, titleLabel: { fr: 'Nom (français)', en: 'Name (French)' },
  fields: [
    { name: 'HCTitleEn', title: { fr: 'Nom (anglais)', en: 'Name (English)' }, kind: 'Text', required: true, description: 'English name.' },
    { name: 'HCParent', title: { fr: 'Catégorie parente', en: 'Parent category' }, kind: 'Lookup', lookupList: 'HelpCategories', description: 'Parent in the tree (empty for a root).' },
    { name: 'HCDefaultTeam', title: { fr: 'Équipe par défaut', en: 'Default team' }, kind: 'Lookup', lookupList: 'HelpTeams', description: 'Team a new ticket of this category goes to.' },
    { name: 'HCFormFields', title: { fr: 'Champs du formulaire', en: 'Form fields' }, kind: 'MultiChoice', choices: ['course', 'screenshot', 'location', 'equipment', 'incidentType', 'severity', 'priority', 'beneficiary'], description: 'Extra fields the ticket form shows for this category.' },
    { name: 'HCRequiredFields', title: { fr: 'Champs obligatoires', en: 'Required fields' }, kind: 'MultiChoice', choices: ['course', 'screenshot', 'location', 'equipment', 'incidentType', 'severity', 'priority', 'beneficiary'], description: 'Which of the extra fields are required.' },
    { name: 'HCFirstResponseHours', title: { fr: 'Première réponse (heures ouvrées)', en: 'First response (business hours)' }, kind: 'Number', description: 'SLA target for the first response.' },
    { name: 'HCResolutionHours', title: { fr: 'Résolution (heures ouvrées)', en: 'Resolution (business hours)' }, kind: 'Number', description: 'SLA target for resolution.' },
    { name: 'HCSlaByPriority', title: { fr: 'Délais par priorité', en: 'Targets per priority' }, kind: 'Note', description: 'SLA targets per priority (JSON {"critical":{"firstResponseHours":1,"resolutionHours":4},…}, written by the set-up page); a priority not listed uses the two columns above.' },
    { name: 'HCApprovalRequired', title: { fr: 'Validation requise', en: 'Approval required' }, kind: 'Boolean', defaultValue: '0', description: 'Requests need a referent\'s approval (derogations).' },
    { name: 'HCApprover', title: { fr: 'Validation par', en: 'Approved by' }, kind: 'User', description: 'When approval is required: the referent the desk asks by default (empty: the agent names the approver each time, e.g. the course\'s teacher).' },
    { name: 'HCSortOrder', title: { fr: 'Ordre', en: 'Order' }, kind: 'Integer', description: 'Display order among siblings.' },
    { name: 'HCIcon', title: { fr: 'Icône', en: 'Icon' }, kind: 'Text', maxLength: 64, description: 'Fluent UI icon name.' },
    { name: 'HCCommunityUrl', title: { fr: 'Communauté (lien)', en: 'Community (link)' }, kind: 'Text', maxLength: 255, description: 'Address of the category\'s Teams channel or Viva Engage community (https, Microsoft Teams or Viva Engage only; shown on the category\'s knowledge page, in the ticket form and on expert cards).' },
    { name: 'HCCommunityName', title: { fr: 'Communauté (nom)', en: 'Community (name)' }, kind: 'Text', maxLength: 255, description: 'Name of that community as people know it.' },
    { name: 'HCReviewers', title: { fr: 'Relecteurs', en: 'Reviewers' }, kind: 'UserMulti', description: 'Who reviews and publishes this category\'s articles (none: the nearest parent\'s, else the owners and the reviewers group). They must also be in the reviewers group: SharePoint lets only that group and the owners write KnowledgeArticles.' }
  ],
  // Versioning on: an item's versions are the record of who changed a category and when (the configuration page shows them).
  indexedBuiltIns: [], versioning: true, attachments: false, readSecurity: 1, writeSecurity: 1, noCrawl: false, grants: READ_ALL_OWNERS_EDIT
};

/** HelpTeams: support teams, their level and business hours. */
const helpTeams: ListDefinition = {
  name: 'HelpTeams',
  description: { fr: 'Équipes de support, niveaux et horaires', en: 'Support teams, levels and hours' },
  titleRequired: true, titleLabel: { fr: 'Équipe', en: 'Team' },
  fields: [
    { name: 'HCTitleEn', title: { fr: 'Nom (anglais)', en: 'Name (English)' }, kind: 'Text', description: 'English name.' },
    { name: 'HCLevel', title: { fr: 'Niveau', en: 'Level' }, kind: 'Choice', choices: SUPPORT_LEVELS, required: true, defaultValue: 'L1', description: 'Support level of the team.' },
    { name: 'HCMembers', title: { fr: 'Membres', en: 'Members' }, kind: 'UserMulti', description: 'Agents of the team.' },
    { name: 'HCQueueEmail', title: { fr: 'Adresse de la file', en: 'Queue address' }, kind: 'Text', description: 'Shared mailbox informed of new tickets.' },
    { name: 'HCBusinessHours', title: { fr: 'Horaires', en: 'Business hours' }, kind: 'Note', description: 'JSON calendar: weekly hours, exam periods, holidays, time zone.' }
  ],
  indexedBuiltIns: [], versioning: true, attachments: false, readSecurity: 1, writeSecurity: 1, noCrawl: false, grants: READ_ALL_OWNERS_EDIT
};

/** HelpLocations: rooms, equipment and services (wifi, website, ENT). */
const helpLocations: ListDefinition = {
  name: 'HelpLocations',
  description: { fr: 'Salles, équipements et services', en: 'Rooms, equipment and services' },
  titleRequired: true, titleLabel: { fr: 'Nom', en: 'Name' },
  fields: [
    { name: 'HCLocationKind', title: { fr: 'Type', en: 'Kind' }, kind: 'Choice', choices: LOCATION_KINDS, required: true, indexed: true, description: 'Room, equipment or service.' },
    { name: 'HCBuilding', title: { fr: 'Bâtiment', en: 'Building' }, kind: 'Text', description: 'Building or site.' },
    { name: 'HCParentLocation', title: { fr: 'Salle', en: 'Room' }, kind: 'Lookup', lookupList: 'HelpLocations', description: 'Room an equipment is in.' },
    { name: 'HCAssetTag', title: { fr: 'N° d\'inventaire', en: 'Asset tag' }, kind: 'Text', description: 'Inventory number of an equipment.' }
  ],
  // Versioning on: an item's versions are the record of who changed what and when (the configuration page shows them).
  // Title indexed: the configuration page searches names (startswith) and import matches name + building at any size.
  indexedBuiltIns: ['Title'], versioning: true, attachments: false, readSecurity: 1, writeSecurity: 1, noCrawl: false,
  grants: READ_ALL_OWNERS_EDIT.concat([{ principal: 'referents', role: 'contribute' }])
};

/** KnowledgeArticles: one item per language version. */
const knowledgeArticles: ListDefinition = {
  name: 'KnowledgeArticles',
  description: { fr: 'Articles de la base de connaissances (FAQ)', en: 'Knowledge base articles (FAQ)' },
  titleRequired: true, titleLabel: { fr: 'Titre', en: 'Title' },
  fields: [
    articleSummary,
    { name: 'HCBody', title: { fr: 'Contenu', en: 'Body' }, kind: 'Note', richText: true, description: 'Sanitized HTML body.' },
    articleKeywords,
    articleQuestions,
    { name: 'HCCategory', title: { fr: 'Catégorie', en: 'Category' }, kind: 'Lookup', lookupList: 'HelpCategories', indexed: true, description: 'Category.' },
    language,
    articleKind,
    { name: 'HCTranslationOf', title: { fr: 'Traduction de', en: 'Translation of' }, kind: 'Lookup', lookupList: 'KnowledgeArticles', indexed: true, description: 'The other-language version.' },
    { name: 'HCStatus', title: { fr: 'État', en: 'Status' }, kind: 'Choice', choices: ARTICLE_STATUSES, defaultValue: 'draft', indexed: true, required: true, description: 'Draft, in review, published, outdated.' },
    { name: 'HCReviewDate', title: { fr: 'À relire le', en: 'Review by' }, kind: 'DateTime', dateOnly: true, indexed: true, description: 'Date the article must be reviewed.' },
    { name: 'HCOwner', title: { fr: 'Responsable', en: 'Owner' }, kind: 'User', indexed: true, description: 'Contributor responsible for the article.' },
    { name: 'HCViews', title: { fr: 'Vues', en: 'Views' }, kind: 'Integer', defaultValue: '0', description: 'Times opened.' },
    { name: 'HCHelpful', title: { fr: 'Utile', en: 'Helpful' }, kind: 'Integer', defaultValue: '0', description: 'Helpful votes.' },
    { name: 'HCNotHelpful', title: { fr: 'Pas utile', en: 'Not helpful' }, kind: 'Integer', defaultValue: '0', description: 'Not-helpful votes.' },
    { name: 'HCPublishedAt', title: { fr: 'Publié le', en: 'Published at' }, kind: 'DateTime', indexed: true, description: 'When a reviewer last published it (from a draft, or a restored version).' },
    { name: 'HCPublishedBy', title: { fr: 'Publié par', en: 'Published by' }, kind: 'User', indexed: true, description: 'The reviewer who last published it (proven expertise: articles reviewed). Written only by those who may publish.' },
    { name: 'HCSourceTicket', title: { fr: 'Demande d\'origine', en: 'Source ticket' }, kind: 'Integer', description: 'The resolved ticket the article was written from (a number: readers cannot read tickets).' },
    { name: 'HCWorkflowSequence', title: { fr: 'Numéro de changement', en: 'Change number' }, kind: 'Integer', defaultValue: '0', description: 'Workflow changes applied so far: mail change keys are article:<id>:<sequence>:<event>, so a retry mails once.' }
  ],
  indexedBuiltIns: ['Modified'], versioning: true, attachments: true, readSecurity: 1, writeSecurity: 1, noCrawl: false,
  // What readers read is written only by those allowed to publish: SharePoint secures items, not columns, so anyone
  // with Contribute here could set HCStatus to published over REST. Contributors write KnowledgeDrafts instead; the
  // support desk reads (its counters' refresh needs an owner or a reviewer, see README).
  grants: [
    { principal: 'owners', role: 'fullControl' },
    { principal: 'reviewers', role: 'contribute' },
    { principal: 'contributors', role: 'read' },
    { principal: 'support', role: 'read' },
    { principal: 'members', role: 'read' },
    { principal: 'visitors', role: 'read' },
    // The reports name the articles that solved requests and those outdated (issue 17).
    { principal: 'managers', role: 'read' }
  ]
};

/**
 * KnowledgeDrafts: where contributors write. A draft is a new article (HCArticle empty) or the edit of a published
 * one (HCArticle, HCBaseVersion: the version it started from). Contributors add drafts and edit only their own
 * (WriteSecurity 2); they read every draft, so that two people writing on one subject see each other. Reviewers and
 * owners edit all (Override List Behaviors) and publish by copying the draft into KnowledgeArticles. Readers have
 * no access. HCDraftStatus is the contributor's request (a claim), never a publication.
 */
const knowledgeDrafts: ListDefinition = {
  name: 'KnowledgeDrafts',
  description: { fr: 'Brouillons d\'articles', en: 'Article drafts' },
  titleRequired: true, titleLabel: { fr: 'Titre', en: 'Title' },
  fields: [
    articleSummary,
    { name: 'HCBody', title: { fr: 'Contenu', en: 'Body' }, kind: 'Note', richText: true, description: 'HTML body, sanitised by the page on save and on display; pasted images are the draft\'s attachments.' },
    articleKeywords,
    articleQuestions,
    { name: 'HCCategory', title: { fr: 'Catégorie', en: 'Category' }, kind: 'Lookup', lookupList: 'HelpCategories', indexed: true, description: 'Category (its reviewers review the draft).' },
    language,
    articleKind,
    { name: 'HCTemplate', title: { fr: 'Modèle', en: 'Template' }, kind: 'Text', maxLength: 64, description: 'The template the draft was started from (src/domain/knowledge/templates.ts).' },
    { name: 'HCArticle', title: { fr: 'Article publié', en: 'Published article' }, kind: 'Lookup', lookupList: 'KnowledgeArticles', indexed: true, description: 'The published article this draft edits (empty for a new article; set on publication).' },
    { name: 'HCTranslationOf', title: { fr: 'Traduction de', en: 'Translation of' }, kind: 'Lookup', lookupList: 'KnowledgeArticles', description: 'The published article this draft translates.' },
    { name: 'HCDraftStatus', title: { fr: 'État du brouillon', en: 'Draft status' }, kind: 'Choice', choices: DRAFT_STATUSES, defaultValue: 'draft', required: true, indexed: true, description: 'draft, review (the contributor asks for a review: a claim, not a publication), published (copied into KnowledgeArticles by a reviewer).' },
    { name: 'HCReviewComment', title: { fr: 'Commentaire de relecture', en: 'Review comment' }, kind: 'Note', description: 'The reviewer\'s words when sending the draft back.' },
    { name: 'HCReviewDate', title: { fr: 'À relire le', en: 'Review by' }, kind: 'DateTime', dateOnly: true, description: 'Review date the published article will carry.' },
    { name: 'HCSourceTicket', title: { fr: 'Demande d\'origine', en: 'Source ticket' }, kind: 'Integer', description: 'The resolved ticket the draft was written from.' },
    { name: 'HCBaseVersion', title: { fr: 'Version de départ', en: 'Base version' }, kind: 'Text', maxLength: 32, description: 'Version label of the published article the draft started from: publishing over a newer publication is a conflict.' },
    { name: 'HCWorkflowSequence', title: { fr: 'Numéro de changement', en: 'Change number' }, kind: 'Integer', defaultValue: '0', description: 'Workflow changes of the draft: mail change keys (article:<draft id>:<sequence>:<event>).' }
  ],
  indexedBuiltIns: ['Author', 'Modified'], versioning: true, attachments: true, readSecurity: 1, writeSecurity: 2, noCrawl: true,
  grants: [
    { principal: 'owners', role: 'fullControl' },
    { principal: 'reviewers', role: 'supportAgent' },
    { principal: 'contributors', role: 'requester' }
  ]
};

/**
 * HelpTickets: one item per request, holding what the requester owns — what they asked (title, description,
 * category fields, the priority and the people they would like informed), their files. Every column of it is the
 * requester's claim: whoever can edit an item can set any of its columns (SharePoint secures items, not columns),
 * so the desk's truth about the request lives in HelpTicketStates.
 */
const helpTickets: ListDefinition = {
  name: 'HelpTickets',
  description: { fr: 'Demandes d\'assistance', en: 'Help requests' },
  titleRequired: true, titleLabel: { fr: 'Objet', en: 'Subject' },
  fields: [
    { name: 'HCDescription', title: { fr: 'Description', en: 'Description' }, kind: 'Note', required: true, description: 'What the requester wrote (plain text).' },
    { name: 'HCKind', title: { fr: 'Nature', en: 'Kind' }, kind: 'Choice', choices: TICKET_KINDS, required: true, defaultValue: 'assistance', indexed: true, description: 'Assistance, anomaly, evolution, problem.' },
    { name: 'HCCategory', title: { fr: 'Catégorie', en: 'Category' }, kind: 'Lookup', lookupList: 'HelpCategories', required: true, indexed: true, description: 'Category (drives form fields, team, SLA).' },
    { name: 'HCSeverity', title: { fr: 'Type d\'intervention', en: 'Intervention type' }, kind: 'Choice', choices: TICKET_SEVERITIES, description: 'Malfunction, installation, update, repair, change.' },
    { name: 'HCIncidentType', title: { fr: 'Type d\'incident', en: 'Incident type' }, kind: 'Choice', choices: INCIDENT_TYPES, description: 'Software, hardware, internet, whiteboard, wifi.' },
    { name: 'HCPriority', title: { fr: 'Priorité', en: 'Priority' }, kind: 'Choice', choices: TICKET_PRIORITIES, defaultValue: 'normal', indexed: true, description: 'Priority the requester asks for (the desk\'s priority is in HelpTicketStates).' },
    { name: 'HCLocation', title: { fr: 'Lieu / équipement', en: 'Location / equipment' }, kind: 'Lookup', lookupList: 'HelpLocations', indexed: true, description: 'Room, equipment or service concerned.' },
    { name: 'HCCourse', title: { fr: 'Cours / épreuve', en: 'Course / exam' }, kind: 'Text', description: 'Course or exam concerned (exam help desk).' },
    { name: 'HCBeneficiary', title: { fr: 'Bénéficiaire', en: 'On behalf of' }, kind: 'User', indexed: true, description: 'Person the request is for, when an agent files it (the ticket\'s Created By is set to them, so item-level security lets them follow it).' },
    { name: 'HCFiledBy', title: { fr: 'Saisie par', en: 'Filed by' }, kind: 'User', indexed: true, description: 'Agent who filed the request for someone else (phone, email, desk, Teams).' },
    { name: 'HCChannel', title: { fr: 'Canal', en: 'Channel' }, kind: 'Choice', choices: TICKET_CHANNELS, defaultValue: 'portal', indexed: true, description: 'Where the request came in.' },
    { name: 'HCWatchers', title: { fr: 'Personnes informées', en: 'Watchers' }, kind: 'UserMulti', description: 'People the requester asks to keep informed (teacher, referent); the desk\'s list is in HelpTicketStates.' },
    { name: 'HCShareFiles', title: { fr: 'Pièces jointes partagées', en: 'Files shared' }, kind: 'Boolean', defaultValue: '0', description: 'The requester lets the people kept informed see her attachments (otherwise they stay hers and the desk\'s).' },
    { name: 'HCExpert', title: { fr: 'Expert sollicité', en: 'Expert asked' }, kind: 'User', indexed: true, description: 'The expert the requester asked ("ask this expert"): a claim; the desk assigns the request to them only if they are listed in the directory and an agent of a team, and informs them.' },
    { name: 'HCClientRequestId', title: { fr: 'Identifiant de soumission', en: 'Client request id' }, kind: 'Text', maxLength: 64, indexed: true, description: 'Idempotent submit: a retry first reads the requester\'s own tickets with this id and creates none if one exists (not unique: SharePoint refuses unique columns on lists where people read only their own items).' },
    language
  ],
  indexedBuiltIns: ['Author', 'Created', 'Modified'], versioning: true, attachments: true, readSecurity: 2, writeSecurity: 2, noCrawl: true, grants: REQUESTERS_WRITE_OWN
};

/**
 * HelpTicketStates: the desk's truth about each request, one item per ticket, written only by the support group
 * and owners (members, visitors and contributors hold Read). The desk creates the item when it receives the
 * ticket (intake) and then sets its Author to the requester the desk recognised: with ReadSecurity 2 the requester
 * reads the state of their own requests, and nobody else's, and can change none of it. Versioning on: the
 * history of status, assignment and the desk's public messages is written by agents only.
 */
const helpTicketStates: ListDefinition = {
  name: 'HelpTicketStates',
  description: { fr: 'État des demandes (tenu par le support)', en: 'Ticket states (kept by the support desk)' },
  titleRequired: false, titleLabel: { fr: 'Objet', en: 'Subject' },
  fields: [
    { name: 'HCTicketId', title: { fr: 'Demande n°', en: 'Ticket #' }, kind: 'Integer', required: true, indexed: true, description: 'The HelpTickets item this is the state of (one state per ticket; not unique: SharePoint refuses unique columns on lists with item-level security, so intake looks it up first and the first written counts).' },
    { name: 'HCRequester', title: { fr: 'Demandeur', en: 'Requester' }, kind: 'User', indexed: true, description: 'The requester as the desk recognised them at intake (empty when the ticket\'s Created By could not be trusted).' },
    { name: 'HCReceivedAt', title: { fr: 'Reçue le', en: 'Received at' }, kind: 'DateTime', indexed: true, description: 'When the request was filed, as far as the desk can tell (the SLA clocks start here).' },
    { name: 'HCKind', title: { fr: 'Nature', en: 'Kind' }, kind: 'Choice', choices: TICKET_KINDS, required: true, defaultValue: 'assistance', indexed: true, description: 'Assistance, anomaly, evolution, problem (the desk\'s classification).' },
    { name: 'HCCategory', title: { fr: 'Catégorie', en: 'Category' }, kind: 'Lookup', lookupList: 'HelpCategories', indexed: true, description: 'Category (the desk\'s).' },
    { name: 'HCPriority', title: { fr: 'Priorité', en: 'Priority' }, kind: 'Choice', choices: TICKET_PRIORITIES, defaultValue: 'normal', indexed: true, description: 'Priority (SLA targets depend on it).' },
    { name: 'HCLocation', title: { fr: 'Lieu / équipement', en: 'Location / equipment' }, kind: 'Lookup', lookupList: 'HelpLocations', indexed: true, description: 'Room, equipment or service concerned (desk filter).' },
    { name: 'HCChannel', title: { fr: 'Canal', en: 'Channel' }, kind: 'Choice', choices: TICKET_CHANNELS, defaultValue: 'portal', indexed: true, description: 'Where the request came in.' },
    { name: 'HCStatus', title: { fr: 'État', en: 'Status' }, kind: 'Choice', choices: TICKET_STATUSES, required: true, defaultValue: 'new', indexed: true, description: 'Lifecycle state.' },
    { name: 'HCLevel', title: { fr: 'Niveau', en: 'Level' }, kind: 'Choice', choices: SUPPORT_LEVELS, defaultValue: 'L1', indexed: true, description: 'Support level handling it.' },
    { name: 'HCTeam', title: { fr: 'Équipe', en: 'Team' }, kind: 'Lookup', lookupList: 'HelpTeams', indexed: true, description: 'Team handling it.' },
    { name: 'HCAssignedTo', title: { fr: 'Interlocuteur', en: 'Assigned to' }, kind: 'User', indexed: true, description: 'The one interlocutor of the requester.' },
    { name: 'HCEscalatedAt', title: { fr: 'Escaladée le', en: 'Escalated at' }, kind: 'DateTime', indexed: true, description: 'When the ticket was last escalated: it shows in the receiving team\'s "escalated to my team" queue while open.' },
    { name: 'HCEscalatedTo', title: { fr: 'Escaladée à', en: 'Escalated to' }, kind: 'User', indexed: true, description: 'The agent it was escalated to by name, if any ("escalated to me").' },
    { name: 'HCWatchers', title: { fr: 'Personnes informées', en: 'Watchers' }, kind: 'UserMulti', description: 'People the desk keeps informed (teacher, referent).' },
    { name: 'HCDueDate', title: { fr: 'Échéance', en: 'Due' }, kind: 'DateTime', indexed: true, description: 'Resolution due date (SLA, business hours).' },
    { name: 'HCFirstResponseAt', title: { fr: 'Première réponse le', en: 'First response at' }, kind: 'DateTime', description: 'When the desk first answered.' },
    { name: 'HCResolvedAt', title: { fr: 'Résolu le', en: 'Resolved at' }, kind: 'DateTime', description: 'When it was resolved.' },
    { name: 'HCClosedAt', title: { fr: 'Clos le', en: 'Closed at' }, kind: 'DateTime', description: 'When it was closed.' },
    { name: 'HCReopenedAt', title: { fr: 'Rouverte le', en: 'Reopened at' }, kind: 'DateTime', description: 'When it was last reopened, by its requester or an agent (the reports count reopenings by it).' },
    { name: 'HCResolution', title: { fr: 'Résolution', en: 'Resolution' }, kind: 'Note', description: 'How it was resolved.' },
    { name: 'HCPublicMessage', title: { fr: 'Message du support', en: 'Support message' }, kind: 'Note', description: 'The desk\'s latest public message to the requester; the versions hold every one (the requester can delete none).' },
    { name: 'HCProblem', title: { fr: 'Problème lié', en: 'Linked problem' }, kind: 'Lookup', lookupList: 'HelpTickets', indexed: true, description: 'Problem ticket this incident belongs to.' },
    { name: 'HCArticle', title: { fr: 'Article utilisé', en: 'Solving article' }, kind: 'Lookup', lookupList: 'KnowledgeArticles', description: 'Article that solved it.' },
    { name: 'HCSatisfaction', title: { fr: 'Satisfaction', en: 'Satisfaction' }, kind: 'Integer', description: 'Requester rating 1-5, as the desk accepted it.' },
    { name: 'HCSatisfactionComment', title: { fr: 'Commentaire de satisfaction', en: 'Satisfaction comment' }, kind: 'Note', description: 'Requester comment at closure.' },
    { name: 'HCSequence', title: { fr: 'Numéro de changement', en: 'Change number' }, kind: 'Integer', defaultValue: '0', description: 'Actions applied so far: notification change keys are ticket:sequence:event, so a retry is recorded once.' },
    { name: 'HCApproval', title: { fr: 'Dérogation', en: 'Derogation approval' }, kind: 'Note', description: 'JSON: who was asked to approve, the hash of their link\'s secret (never the secret), who decided, when, the decision and comment.' },
    { name: 'HCInformed', title: { fr: 'Personnes prévenues', en: 'People informed' }, kind: 'Note', description: 'JSON: who was informed of each change and when (the requester reads it here; HelpNotifications is the support\'s).' },
    { name: 'HCIncomplete', title: { fr: 'Champs manquants', en: 'Missing fields' }, kind: 'Text', maxLength: 255, description: 'Required fields of the category the ticket arrived without (filed over REST), comma-separated; empty when complete.' },
    { name: 'HCUnverified', title: { fr: 'Demandeur non vérifié', en: 'Requester unverified' }, kind: 'Boolean', defaultValue: '0', indexed: true, description: 'The ticket\'s Created By and Modified By disagreed at intake (rewritten through ValidateUpdateListItem): nobody is shown it as theirs.' },
    language
  ],
  indexedBuiltIns: ['Created', 'Modified'], versioning: true, attachments: false, readSecurity: 2, writeSecurity: 2, noCrawl: true,
  grants: [
    { principal: 'owners', role: 'fullControl' },
    { principal: 'support', role: 'supportAgent' },
    { principal: 'contributors', role: 'read' },
    { principal: 'members', role: 'read' },
    { principal: 'visitors', role: 'read' },
    // Managers read every state for the reports (Read + Override List Behaviors) and write none (issue 17).
    { principal: 'managers', role: 'supportReader' }
  ]
};

/**
 * HelpTicketClaims: what a requester asks of the desk on their ticket — an answer, a comment, accepting or
 * reopening the resolution, a rating. Requesters add items and can neither change nor delete them (add only: no
 * ValidateUpdateListItem either); the desk applies a claim only when its Author is the requester of the desk's
 * state, and marks it applied. The requester reads their own claims, so they see them at once.
 */
const helpTicketClaims: ListDefinition = {
  name: 'HelpTicketClaims',
  description: { fr: 'Actions des demandeurs (réponses, réouvertures, avis)', en: 'Requester actions (answers, reopenings, ratings)' },
  titleRequired: false, titleLabel: { fr: 'Titre', en: 'Title' },
  fields: [
    { name: 'HCTicketId', title: { fr: 'Demande n°', en: 'Ticket #' }, kind: 'Integer', required: true, indexed: true, description: 'Ticket the action is about.' },
    { name: 'HCAction', title: { fr: 'Action', en: 'Action' }, kind: 'Choice', choices: ['answer', 'comment', 'accept', 'reopen', 'rate'], required: true, description: 'answer, comment, accept, reopen or rate.' },
    { name: 'HCMessage', title: { fr: 'Message', en: 'Message' }, kind: 'Note', description: 'What the requester wrote (plain text).' },
    { name: 'HCRating', title: { fr: 'Note', en: 'Rating' }, kind: 'Integer', description: 'Rating 1-5 (rate).' },
    { name: 'HCClaimKey', title: { fr: 'Clé', en: 'Key' }, kind: 'Text', maxLength: 128, required: true, indexed: true, description: 'Ticket + a random id drawn by the page: a retried click is one action (looked up first; not unique, see HCTicketId).' },
    { name: 'HCApplied', title: { fr: 'Traitée', en: 'Applied' }, kind: 'Boolean', defaultValue: '0', indexed: true, description: 'The desk has taken the action into account (or refused it: see the outcome).' },
    { name: 'HCOutcome', title: { fr: 'Suite donnée', en: 'Outcome' }, kind: 'Text', maxLength: 255, description: 'applied, or why the desk did not apply it.' }
  ],
  indexedBuiltIns: ['Created'], versioning: false, attachments: false, readSecurity: 2, writeSecurity: 2, noCrawl: true,
  grants: [
    { principal: 'owners', role: 'fullControl' },
    { principal: 'support', role: 'supportAgent' },
    { principal: 'contributors', role: 'addOnly' },
    { principal: 'members', role: 'addOnly' },
    { principal: 'visitors', role: 'addOnly' },
    // The reports count the reopenings the desk applied (issue 17): managers read, never add.
    { principal: 'managers', role: 'supportReader' }
  ]
};

/**
 * HelpTicketWatches: what a person kept informed (a professor, a referent) may see of a request — one item per
 * ticket and watcher, written by the desk only, its Author set to the watcher: with ReadSecurity 2 each watcher
 * reads the requests they follow and nobody else's, and no unique permission is ever broken (SharePoint allows
 * 50,000 unique scopes per list; a projection needs none at 100,000 tickets). It holds the request's summary,
 * the fields the catalogue shows watchers, the status and the public history — never internal notes; the
 * requester's files only when she chose to share them (copied as attachments).
 */
const helpTicketWatches: ListDefinition = {
  name: 'HelpTicketWatches',
  description: { fr: 'Demandes suivies (vue des personnes informées)', en: 'Followed requests (what people kept informed see)' },
  titleRequired: false, titleLabel: { fr: 'Objet', en: 'Subject' },
  fields: [
    { name: 'HCTicketId', title: { fr: 'Demande n°', en: 'Ticket #' }, kind: 'Integer', required: true, indexed: true, description: 'The request followed.' },
    { name: 'HCWatcher', title: { fr: 'Personne informée', en: 'Watcher' }, kind: 'User', required: true, indexed: true, description: 'Who follows it (the item\'s Author is set to them too, so ReadSecurity 2 shows it to them only).' },
    { name: 'HCWatchKey', title: { fr: 'Clé', en: 'Key' }, kind: 'Text', maxLength: 64, required: true, indexed: true, description: 'ticket|watcher id: the desk looks it up before adding (not unique: item-level security forbids unique columns).' },
    { name: 'HCStatus', title: { fr: 'État', en: 'Status' }, kind: 'Choice', choices: TICKET_STATUSES, required: true, defaultValue: 'new', indexed: true, description: 'The request\'s status, as the desk last wrote it.' },
    { name: 'HCSequence', title: { fr: 'Numéro de changement', en: 'Change number' }, kind: 'Integer', description: 'The state\'s change number (HCSequence) this row was written from: the housekeeping resyncs rows behind their state.' },
    { name: 'HCView', title: { fr: 'Vue', en: 'View' }, kind: 'Note', description: 'JSON: the summary, the fields the catalogue shows watchers and the public history (status changes and the desk\'s public messages).' },
    { name: 'HCFilesShared', title: { fr: 'Pièces jointes partagées', en: 'Files shared' }, kind: 'Boolean', defaultValue: '0', description: 'The requester shared her files: they are copied here as attachments.' },
    { name: 'HCActive', title: { fr: 'Suivi actif', en: 'Following' }, kind: 'Boolean', defaultValue: '1', indexed: true, description: 'Cleared when the desk stops informing this person (the item stays, read-only history).' },
    language
  ],
  indexedBuiltIns: ['Modified'], versioning: false, attachments: true, readSecurity: 2, writeSecurity: 2, noCrawl: true,
  grants: [
    { principal: 'owners', role: 'fullControl' },
    { principal: 'support', role: 'supportAgent' },
    { principal: 'contributors', role: 'read' },
    { principal: 'members', role: 'read' },
    { principal: 'visitors', role: 'read' }
  ]
};

/** HelpInternalNotes: agents' notes, support only. */
const helpInternalNotes: ListDefinition = {
  name: 'HelpInternalNotes',
  description: { fr: 'Notes internes du support', en: 'Support internal notes' },
  titleRequired: false, titleLabel: { fr: 'Titre', en: 'Title' },
  fields: [
    { name: 'HCTicket', title: { fr: 'Demande', en: 'Ticket' }, kind: 'Lookup', lookupList: 'HelpTickets', required: true, indexed: true, description: 'Ticket the note belongs to.' },
    { name: 'HCBody', title: { fr: 'Note', en: 'Note' }, kind: 'Note', required: true, description: 'Note text.' }
  ],
  indexedBuiltIns: ['Created'], versioning: true, attachments: true, readSecurity: 1, writeSecurity: 2, noCrawl: true,
  grants: [{ principal: 'owners', role: 'fullControl' }, { principal: 'support', role: 'supportAgent' }]
};

/** ArticleFeedback: was-this-helpful votes and comments. */
const articleFeedback: ListDefinition = {
  name: 'ArticleFeedback',
  description: { fr: 'Avis sur les articles', en: 'Article feedback' },
  titleRequired: false, titleLabel: { fr: 'Titre', en: 'Title' },
  fields: [
    { name: 'HCArticle', title: { fr: 'Article', en: 'Article' }, kind: 'Lookup', lookupList: 'KnowledgeArticles', required: true, indexed: true, description: 'Article voted on.' },
    { name: 'HCHelpful', title: { fr: 'Utile', en: 'Helpful' }, kind: 'Boolean', description: 'Yes or no.' },
    { name: 'HCOutdated', title: { fr: 'Obsolète', en: 'Outdated' }, kind: 'Boolean', defaultValue: '0', description: 'Reader flagged the article as outdated.' },
    { name: 'HCComment', title: { fr: 'Commentaire', en: 'Comment' }, kind: 'Note', description: 'Optional comment.' },
    { name: 'HCVoteKey', title: { fr: 'Clé de vote', en: 'Vote key' }, kind: 'Text', maxLength: 128, indexed: true, description: 'Article + voter: one vote per person per article, found by reading one\'s own votes first (not unique: SharePoint refuses unique columns on lists where people read only their own items).' }
  ],
  indexedBuiltIns: ['Created'], versioning: false, attachments: false, readSecurity: 2, writeSecurity: 2, noCrawl: true,
  // Contributors read every vote and comment ("this is outdated") of the articles they write (their queue).
  // Voters keep Contribute: deleting one's own vote changes nothing they could not change by editing it (the
  // recount counts one vote per person), and a tab that lost a race recycles its duplicate item.
  // Reviewers read them too: the counters' recount writes KnowledgeArticles, which only they and the owners may.
  grants: REQUESTERS_WRITE_OWN.map((g): ListGrant => (g.principal === 'contributors' ? { principal: 'contributors', role: 'supportAgent' }
    : g.role === 'requester' ? { principal: g.principal, role: 'contribute' } : g))
    .concat([{ principal: 'reviewers', role: 'supportReader' }])
};

/** SearchEvents: deflection analytics. */
const searchEvents: ListDefinition = {
  name: 'SearchEvents',
  description: { fr: 'Recherches (statistiques anonymes)', en: 'Searches (anonymous analytics)' },
  titleRequired: false, titleLabel: { fr: 'Titre', en: 'Title' },
  fields: [
    { name: 'HCQuery', title: { fr: 'Recherche', en: 'Query' }, kind: 'Text', description: 'Normalised query text.' },
    { name: 'HCResultCount', title: { fr: 'Résultats', en: 'Results' }, kind: 'Integer', description: 'Number of results shown.' },
    { name: 'HCOpenedArticle', title: { fr: 'Article ouvert', en: 'Opened article' }, kind: 'Lookup', lookupList: 'KnowledgeArticles', indexed: true, description: 'Article opened from the results.' },
    { name: 'HCFiledTicket', title: { fr: 'Demande créée', en: 'Ticket filed' }, kind: 'Boolean', defaultValue: '0', description: 'A ticket was filed after this search.' },
    { name: 'HCHelpfulVote', title: { fr: 'Jugé utile', en: 'Found helpful' }, kind: 'Boolean', defaultValue: '0', description: 'The searcher voted the article opened from this search helpful: its query is proposed as another phrasing of the article\'s question.' },
    language
  ],
  indexedBuiltIns: ['Created'], versioning: false, attachments: false, readSecurity: 2, writeSecurity: 2, noCrawl: true,
  // Contributors and reviewers read every search (content gaps, learned phrasings): Read plus Override List
  // Behaviors. As members they still record their own searches (the members' grant).
  grants: REQUESTERS_WRITE_OWN.filter(g => g.principal !== 'contributors')
    .concat([{ principal: 'contributors', role: 'supportReader' }, { principal: 'reviewers', role: 'supportReader' }, { principal: 'managers', role: 'supportReader' }])
};

/** Experts: who knows what. */
const experts: ListDefinition = {
  name: 'Experts',
  description: { fr: 'Annuaire des experts', en: 'Experts directory' },
  titleRequired: false, titleLabel: { fr: 'Titre', en: 'Title' },
  fields: [
    { name: 'HCPerson', title: { fr: 'Personne', en: 'Person' }, kind: 'User', required: true, indexed: true, description: 'The expert. Not unique: a unique column would let anyone squat a colleague\'s entry; the directory shows one entry per person, the one they wrote themself (Author = Editor = HCPerson).' },
    { name: 'HCSkills', title: { fr: 'Compétences', en: 'Skills' }, kind: 'Note', description: 'Skills, comma-separated.' },
    { name: 'HCCategories', title: { fr: 'Catégories', en: 'Categories' }, kind: 'LookupMulti', lookupList: 'HelpCategories', description: 'Categories the expert answers.' },
    { name: 'HCLanguages', title: { fr: 'Langues', en: 'Languages' }, kind: 'MultiChoice', choices: LANGUAGES, description: 'Languages spoken.' },
    { name: 'HCBio', title: { fr: 'Présentation', en: 'Bio' }, kind: 'Note', description: 'Short presentation.' },
    { name: 'HCAvailability', title: { fr: 'Disponibilité', en: 'Availability' }, kind: 'Choice', choices: EXPERT_AVAILABILITIES, defaultValue: 'available', description: 'Available, busy, away.' },
    { name: 'HCListed', title: { fr: 'Visible dans l\'annuaire', en: 'Listed in the directory' }, kind: 'Boolean', defaultValue: '0', indexed: true, description: 'The person\'s consent: listed in the experts directory, with the expertise the help center proves (tickets solved, articles). Off: the entry is kept but shown nowhere.' },
    { name: 'HCConsentAt', title: { fr: 'Consentement le', en: 'Consent given at' }, kind: 'DateTime', description: 'When the person last opted in (empty: never, or withdrawn).' }
  ],
  indexedBuiltIns: [], versioning: true, attachments: false, readSecurity: 1, writeSecurity: 2, noCrawl: false,
  grants: [
    { principal: 'owners', role: 'fullControl' },
    { principal: 'support', role: 'supportAgent' },
    { principal: 'contributors', role: 'contribute' },
    { principal: 'members', role: 'contribute' },
    { principal: 'visitors', role: 'read' }
  ]
};

/** Announcements: known incidents and proactive messages for the help bar. */
const announcements: ListDefinition = {
  name: 'Announcements',
  description: { fr: 'Annonces et incidents en cours', en: 'Announcements and known incidents' },
  titleRequired: true, titleLabel: { fr: 'Titre', en: 'Title' },
  fields: [
    { name: 'HCBody', title: { fr: 'Message', en: 'Message' }, kind: 'Note', description: 'Message shown in the help bar.' },
    { name: 'HCSeverity', title: { fr: 'Gravité', en: 'Severity' }, kind: 'Choice', choices: ANNOUNCEMENT_SEVERITIES, defaultValue: 'info', description: 'Info, warning, outage.' },
    { name: 'HCStart', title: { fr: 'Début', en: 'Start' }, kind: 'DateTime', indexed: true, description: 'Shown from.' },
    { name: 'HCEnd', title: { fr: 'Fin', en: 'End' }, kind: 'DateTime', indexed: true, description: 'Shown until.' },
    { name: 'HCAudience', title: { fr: 'Public', en: 'Audience' }, kind: 'Choice', choices: ANNOUNCEMENT_AUDIENCES, defaultValue: 'everyone', description: 'Who it is shown to: everyone, requesters, support, contributors (a filter, not security).' },
    { name: 'HCProblem', title: { fr: 'Problème lié', en: 'Linked problem' }, kind: 'Lookup', lookupList: 'HelpTickets', description: 'Problem ticket behind it.' },
    language
  ],
  indexedBuiltIns: [], versioning: true, attachments: false, readSecurity: 1, writeSecurity: 1, noCrawl: false,
  grants: [
    { principal: 'owners', role: 'fullControl' },
    { principal: 'support', role: 'contribute' },
    { principal: 'members', role: 'read' },
    { principal: 'visitors', role: 'read' },
    { principal: 'contributors', role: 'read' }
  ]
};

/**
 * HelpApprovalDecisions: a named approver's decision on a derogation, given from the link in their mail. The
 * approver (a teacher) cannot read the ticket, so they add their own item here; SharePoint stamps its Author,
 * and the desk applies it to the ticket only when that Author is the approver the ticket names.
 */
const helpApprovalDecisions: ListDefinition = {
  name: 'HelpApprovalDecisions',
  description: { fr: 'Décisions sur les dérogations (depuis le lien du courriel)', en: 'Derogation decisions (from the mail link)' },
  titleRequired: false, titleLabel: { fr: 'Titre', en: 'Title' },
  fields: [
    { name: 'HCTicketId', title: { fr: 'Demande n°', en: 'Ticket #' }, kind: 'Integer', required: true, indexed: true, description: 'Ticket the decision is about (a number: the approver cannot read the ticket).' },
    { name: 'HCDecision', title: { fr: 'Décision', en: 'Decision' }, kind: 'Choice', choices: ['approved', 'refused'], required: true, description: 'approved or refused.' },
    { name: 'HCComment', title: { fr: 'Commentaire', en: 'Comment' }, kind: 'Note', description: 'Optional comment of the approver.' },
    { name: 'HCToken', title: { fr: 'Secret du lien', en: 'Link secret' }, kind: 'Text', maxLength: 64, description: 'The secret of the approver\'s mail link; the desk checks it against the hash it kept.' },
    { name: 'HCApprovalKey', title: { fr: 'Clé de décision', en: 'Decision key' }, kind: 'Text', maxLength: 128, required: true, indexed: true, description: 'Ticket + request sequence + approver user id: one decision per request and approver, found by reading one\'s own decisions first (not unique: SharePoint refuses unique columns on lists where people read only their own items).' }
  ],
  indexedBuiltIns: ['Created'], versioning: false, attachments: false, readSecurity: 2, writeSecurity: 2, noCrawl: true,
  // Everyone adds, agents read all, nobody but owners edits: a decision, once added, is not rewritten (nor its Author).
  grants: REQUESTERS_WRITE_OWN.map(g => ({ principal: g.principal, role: g.role === 'requester' ? 'addOnly' as const : g.role === 'supportAgent' ? 'supportReader' as const : g.role }))
};

/** HelpSettings: key/value settings (hours, holidays, templates, limits, synonyms). */
const helpSettings: ListDefinition = {
  name: 'HelpSettings',
  description: { fr: 'Paramètres du centre d\'aide', en: 'Help center settings' },
  titleRequired: true, titleLabel: { fr: 'Clé', en: 'Key' },
  fields: [
    { name: 'HCValue', title: { fr: 'Valeur', en: 'Value' }, kind: 'Note', description: 'Value (text or JSON).' },
    { name: 'HCSettingKey', title: { fr: 'Clé unique', en: 'Unique key' }, kind: 'Text', maxLength: 128, indexed: true, unique: true, description: 'Setting key (unique).' }
  ],
  indexedBuiltIns: [], versioning: true, attachments: false, readSecurity: 1, writeSecurity: 1, noCrawl: false, grants: READ_ALL_OWNERS_EDIT
};

/** Every help-center list, in provisioning order: a lookup's target comes before it (self-lookups aside). */
export const HELP_CENTER_LISTS: readonly ListDefinition[] = [
  helpTeams, helpCategories, helpLocations, helpSettings, knowledgeArticles, knowledgeDrafts, helpTickets, helpTicketStates, helpTicketClaims, helpTicketWatches,
  helpInternalNotes, articleFeedback, searchEvents, experts, announcements, helpNotifications, helpApprovalDecisions, articleNotifications,
  expertiseRecords, ...ideaLists, reportSubscriptions
];

/** Finds a list definition by name; throws for an unknown name (a programming error). */
export function listDefinition(name: string): ListDefinition {
  const found = HELP_CENTER_LISTS.filter(l => l.name === name)[0];
  if (!found) throw new Error(`Unknown help-center list ${name}`);
  return found;
}
