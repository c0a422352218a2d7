/**
 * The community lists (issue 15): the proven expertise the desk computes for the experts directory, and the idea
 * box. Same rule as the tickets: what a person writes is their claim (an idea, a vote); what the team decides (an
 * idea's status and answer, who is proven expert in what) lives in lists only the support group and owners write.
 */
import { IDEA_STATUSES } from '../../domain/vocabulary';
import { language } from './commonFields';
import { outboxFields, outboxList } from './outboxLists';
import type { ListDefinition, ListGrant } from './types';

/** Everyone reads; the support group and owners write (the team's truth). */
const READ_ALL_SUPPORT_WRITES: readonly ListGrant[] = [
  { principal: 'owners', role: 'fullControl' },
  { principal: 'support', role: 'contribute' },
  { principal: 'contributors', role: 'read' },
  { principal: 'members', role: 'read' },
  { principal: 'visitors', role: 'read' }
];

/**
 * ExpertiseRecords: what the help center proves of a person who opted in to the directory (Experts.HCListed), one
 * item per person, computed by the desk's housekeeping (an agent's browser: only agents read every ticket state)
 * from HelpTicketStates (requests solved, by category) and KnowledgeArticles (written, published, helpful votes).
 * Nobody else writes it, so nobody can make themself an expert; a person who withdraws consent loses their record
 * at the next housekeeping, and the directory never shows a record without a current consent.
 */
export const expertiseRecords: ListDefinition = {
  name: 'ExpertiseRecords',
  description: { fr: 'Expertise constatée (calculée par le support)', en: 'Proven expertise (computed by the support desk)' },
  titleRequired: false, titleLabel: { fr: 'Titre', en: 'Title' },
  fields: [
    { name: 'HCPerson', title: { fr: 'Personne', en: 'Person' }, kind: 'User', required: true, indexed: true, description: 'Whose record it is (one item per person; the first written counts).' },
    { name: 'HCRecord', title: { fr: 'Constat', en: 'Record' }, kind: 'Note', description: 'JSON: per category and month, requests solved, articles written, articles published as reviewer, helpful votes on their articles (src/domain/experts).' },
    { name: 'HCComputedAt', title: { fr: 'Calculé le', en: 'Computed at' }, kind: 'DateTime', indexed: true, description: 'When the desk last computed it.' }
  ],
  indexedBuiltIns: [], versioning: false, attachments: false, readSecurity: 1, writeSecurity: 1, noCrawl: true, grants: READ_ALL_SUPPORT_WRITES
};

/**
 * Ideas: the idea box (seed 003). Anyone proposes an idea and edits only their own (WriteSecurity 2); everyone reads
 * and comments (SharePoint's item comments). Nobody but the desk and owners deletes one. Its status is not here:
 * a column the author can write would be the author's claim (IdeaStates holds the team's answer).
 */
const ideas: ListDefinition = {
  name: 'Ideas',
  description: { fr: 'Boîte à idées', en: 'Idea box' },
  titleRequired: true, titleLabel: { fr: 'Idée', en: 'Idea' },
  fields: [
    { name: 'HCDescription', title: { fr: 'Description', en: 'Description' }, kind: 'Note', required: true, description: 'What the author proposes (plain text).' },
    { name: 'HCCategory', title: { fr: 'Catégorie', en: 'Category' }, kind: 'Lookup', lookupList: 'HelpCategories', indexed: true, description: 'Category it concerns.' },
    { name: 'HCSourceTicket', title: { fr: 'Demande d\'origine', en: 'Source request' }, kind: 'Integer', indexed: true, description: 'The request for change (an "evolution" ticket) an agent turned into this idea.' },
    { name: 'HCClientRequestId', title: { fr: 'Identifiant de soumission', en: 'Client request id' }, kind: 'Text', maxLength: 64, indexed: true, description: 'Idempotent submit: a retry reads the author\'s own ideas with this id first and adds none if one exists.' },
    language
  ],
  indexedBuiltIns: ['Author', 'Created', 'Modified'], versioning: true, attachments: false, readSecurity: 1, writeSecurity: 2, noCrawl: false,
  grants: [
    { principal: 'owners', role: 'fullControl' },
    { principal: 'support', role: 'supportAgent' },
    { principal: 'contributors', role: 'requester' },
    { principal: 'members', role: 'requester' },
    { principal: 'visitors', role: 'requester' }
  ]
};

/**
 * IdeaStates: the team's truth about each idea, one item per idea, written by the support group and owners only:
 * its status, the team's answer, the category as the team files it, and the vote tally the team last counted (the
 * "top ideas" order; the page counts the votes of the ideas it shows itself).
 */
const ideaStates: ListDefinition = {
  name: 'IdeaStates',
  description: { fr: 'Suite donnée aux idées (tenue par l\'équipe)', en: 'Idea statuses (kept by the team)' },
  titleRequired: false, titleLabel: { fr: 'Idée', en: 'Idea' },
  fields: [
    { name: 'HCIdeaId', title: { fr: 'Idée n°', en: 'Idea #' }, kind: 'Integer', required: true, indexed: true, description: 'The Ideas item this is the state of (looked up first: one per idea, the first written counts).' },
    { name: 'HCStatus', title: { fr: 'État', en: 'Status' }, kind: 'Choice', choices: IDEA_STATUSES, required: true, defaultValue: 'new', indexed: true, description: 'New, under study, planned, done, declined.' },
    { name: 'HCAnswer', title: { fr: 'Réponse de l\'équipe', en: 'Team answer' }, kind: 'Note', description: 'The team\'s answer to the author and voters (plain text).' },
    { name: 'HCAnsweredBy', title: { fr: 'Répondu par', en: 'Answered by' }, kind: 'User', description: 'Who last changed the status.' },
    { name: 'HCCategory', title: { fr: 'Catégorie', en: 'Category' }, kind: 'Lookup', lookupList: 'HelpCategories', indexed: true, description: 'Category as the team files the idea (top ideas per category).' },
    { name: 'HCVotes', title: { fr: 'Votes', en: 'Votes' }, kind: 'Integer', defaultValue: '0', indexed: true, description: 'Distinct voters, as the team last counted them.' },
    { name: 'HCSequence', title: { fr: 'Numéro de changement', en: 'Change number' }, kind: 'Integer', defaultValue: '0', description: 'Status changes so far: mail change keys are idea:<id>:<sequence>:<status>|<address>, so a retry mails once.' }
  ],
  indexedBuiltIns: ['Modified'], versioning: true, attachments: false, readSecurity: 1, writeSecurity: 1, noCrawl: true, grants: READ_ALL_SUPPORT_WRITES
};

/**
 * IdeaVotes: one item per vote. Everyone reads the votes (who supports an idea is public, as in any idea box) and
 * edits or deletes only their own (withdrawing a vote). A vote counts once per person (distinct Author): two
 * people voting at once add two items and both count; one person's racing duplicate counts once.
 */
const ideaVotes: ListDefinition = {
  name: 'IdeaVotes',
  description: { fr: 'Votes sur les idées', en: 'Idea votes' },
  titleRequired: false, titleLabel: { fr: 'Titre', en: 'Title' },
  fields: [
    { name: 'HCIdea', title: { fr: 'Idée', en: 'Idea' }, kind: 'Lookup', lookupList: 'Ideas', required: true, indexed: true, description: 'The idea voted for.' },
    { name: 'HCVoteKey', title: { fr: 'Clé de vote', en: 'Vote key' }, kind: 'Text', maxLength: 128, indexed: true, description: 'Idea + voter: a retry finds the voter\'s vote first.' }
  ],
  indexedBuiltIns: ['Author', 'Created'], versioning: false, attachments: false, readSecurity: 1, writeSecurity: 2, noCrawl: true,
  grants: [
    { principal: 'owners', role: 'fullControl' },
    { principal: 'support', role: 'contribute' },
    { principal: 'contributors', role: 'contribute' },
    { principal: 'members', role: 'contribute' },
    { principal: 'visitors', role: 'contribute' }
  ]
};

/** IdeaNotifications: the idea box's outbox (status changes told to the author and voters); the team's only. */
const ideaNotifications: ListDefinition = outboxList('IdeaNotifications',
  { fr: 'Notifications de la boîte à idées (journal)', en: 'Idea box notifications (audit trail)' },
  outboxFields('Idea + change + recipient (idea:<id>:<sequence>:<status>|<address>): a retry reads its own rows with this key first and never records or sends twice.', 'the team member who changed the status'),
  [{ principal: 'owners', role: 'fullControl' }, { principal: 'support', role: 'supportAgent' }]);

/** The idea box's lists, in provisioning order. */
export const ideaLists: readonly ListDefinition[] = [ideas, ideaStates, ideaVotes, ideaNotifications];
