/**
 * The idea box's demo (issue 15, seed 003): a dozen ideas across categories (French first, two in English by the
 * English-speaking people), written by their authors and dated over the last weeks; votes by several people (each
 * their own); the team's answers (under study, planned, done, declined with its reason) written by an agent in
 * IdeaStates with the tally counted; one idea turned from a request for change by the desk's own code.
 */
import { spPost } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { Item } from '@pnp/sp/items';
import { body } from '@pnp/queryable';
import { ideaVoteKey } from '../../src/domain/ideas';
import type { IdeaStatus } from '../../src/domain/vocabulary';
import { IdeaTeam } from '../../src/data/ideas/IdeaTeam';
import { pageLinks } from '../../src/data/pageLinks';
import { formDateValue, readSiteDateFormat, validateUpdateListItemBody } from '../../src/data/sp/formDates';
import { loginNameOf } from '../server/directory';
import type { CategoryKey } from './data/categories';
import { CAST, type CastKey } from './data/people';
import type { SeedWriter } from './writer';

interface SeedIdea {
  who: CastKey;
  category: CategoryKey;
  language: 'fr' | 'en';
  title: string;
  description: string;
  daysAgo: number;
  voters: CastKey[];
  status?: IdeaStatus;
  answer?: string;
}

/** The demo's ideas, oldest first. */
export const SEED_IDEAS: readonly SeedIdea[] = [
  { who: 'lea', category: 'rooms', language: 'fr', daysAgo: 60, title: 'Salles de révision ouvertes jusqu\'à 22 h en période d\'examens',
    description: 'Pendant les examens, les salles du bâtiment B ferment à 19 h. Les ouvrir jusqu\'à 22 h permettrait de réviser au calme.',
    voters: ['tom', 'sophie', 'emily', 'nadia', 'jean'], status: 'planned', answer: 'Ouverture jusqu\'à 22 h prévue pour la session de janvier, salles B12 à B15.' },
  { who: 'jean', category: 'moodle', language: 'fr', daysAgo: 55, title: 'Dupliquer un cours Moodle d\'une année sur l\'autre en un clic',
    description: 'Chaque rentrée, je recrée mes cours à la main. Un bouton « dupliquer pour l\'an prochain » ferait gagner des heures.',
    voters: ['sophie', 'philippe', 'julie'], status: 'done', answer: 'La duplication de cours est disponible depuis le menu « Plus » du cours.' },
  { who: 'tom', category: 'wifi', language: 'en', daysAgo: 50, title: 'Eduroam coverage in the sports hall',
    description: 'There is no Wi-Fi at all in the sports hall, which makes the online attendance sheet impossible to fill in.',
    voters: ['lea', 'emily'], status: 'under_study', answer: 'We are measuring the signal with the network team; an answer after the survey.' },
  { who: 'sophie', category: 'printing', language: 'fr', daysAgo: 45, title: 'Imprimer depuis son téléphone',
    description: 'Pouvoir envoyer un document à l\'impression depuis son téléphone, sans passer par un poste de la bibliothèque.',
    voters: ['lea', 'tom', 'nadia', 'marc'] },
  { who: 'nadia', category: 'passwords', language: 'fr', daysAgo: 40, title: 'Changer son mot de passe sans l\'ancien, par SMS',
    description: 'Quand on a oublié son mot de passe, recevoir un code par SMS éviterait de passer au guichet.',
    voters: ['lea', 'jean'], status: 'declined', answer: 'La réinitialisation en libre-service existe déjà avec la double authentification : voir l\'article « Réinitialiser mon mot de passe oublié ».' },
  { who: 'emily', category: 'teams', language: 'en', daysAgo: 35, title: 'A Teams channel for international students\' questions',
    description: 'International students ask the same questions every term. A moderated Teams channel in English would help them help each other.',
    voters: ['tom', 'philippe'], status: 'under_study' },
  { who: 'lea', category: 'exams', language: 'fr', daysAgo: 28, title: 'Un examen blanc pour tester son ordinateur avant l\'examen en ligne',
    description: 'Un examen d\'essai d\'une minute, ouvert toute la semaine, pour vérifier que le navigateur sécurisé fonctionne chez soi.',
    voters: ['tom', 'sophie', 'jean', 'emily'] },
  { who: 'marc', category: 'workstation', language: 'fr', daysAgo: 21, title: 'Prêt d\'ordinateurs portables à la journée',
    description: 'Quand un portable part en réparation, un prêt à la journée à l\'accueil éviterait aux étudiants de perdre une journée.',
    voters: ['lea', 'nadia'] },
  { who: 'jean', category: 'rooms', language: 'fr', daysAgo: 14, title: 'Réserver une salle équipée de visio depuis l\'intranet',
    description: 'Voir en ligne quelles salles ont une caméra et un micro, et les réserver directement.',
    voters: ['sophie'] },
  { who: 'sophie', category: 'email', language: 'fr', daysAgo: 9, title: 'Une adresse de messagerie partagée par équipe pédagogique',
    description: 'Les étudiants écrivent à plusieurs enseignants pour la même question. Une adresse partagée par formation simplifierait les réponses.',
    voters: [] },
  { who: 'tom', category: 'moodle', language: 'en', daysAgo: 4, title: 'Moodle notifications in English for exchange students',
    description: 'Course notifications arrive in French even when my profile is in English. They should follow my language.',
    voters: ['emily'] }
];

/** Writes the demo's ideas, votes and answers; returns how many ideas. */
export async function seedIdeas(w: SeedWriter, now: Date, categories: Record<CategoryKey, number>): Promise<number> {
  const format = await readSiteDateFormat(w.sp('owner'));
  const ids: number[] = [];
  for (const idea of SEED_IDEAS) {
    const at = new Date(now.getTime() - idea.daysAgo * 86400000);
    const list = w.sp(idea.who).web.lists.getByTitle('Ideas');
    const { Id } = await list.items.add({
      Title: idea.title, HCDescription: idea.description, HCCategoryId: categories[idea.category], HCLanguage: idea.language,
      HCClientRequestId: `seed-${idea.who}-${idea.daysAgo}`
    }) as { Id: number };
    // Dated when the author proposed it (her own edit: she stays its author and last editor).
    await spPost(Item(list.items.getById(Id), 'validateupdatelistitem'), body(validateUpdateListItemBody(
      [{ FieldName: 'Created', FieldValue: formDateValue(at, format) }, { FieldName: 'Modified', FieldValue: formDateValue(at, format) }], false)));
    ids.push(Id);
    for (const voter of idea.voters) {
      await w.sp(voter).web.lists.getByTitle('IdeaVotes').items.add({ HCIdeaId: Id, HCVoteKey: ideaVoteKey(Id, loginNameOf(CAST[voter])) });
    }
  }
  // The desk receives every idea (its state, the tally), then answers some of them.
  const team = new IdeaTeam(w.sp('karim'), () => Promise.reject(new Error('The seed sends no mail.')), pageLinks(''));
  for (let i = 0; i < SEED_IDEAS.length; i++) {
    const state = await team.receive(ids[i]);
    const idea = SEED_IDEAS[i];
    if (idea.status) {
      await w.sp('karim').web.lists.getByTitle('IdeaStates').items.getById(state.Id).update({
        HCStatus: idea.status, HCAnswer: idea.answer || null, HCAnsweredById: (await w.sp('karim').web.currentUser.select('Id')()).Id, HCSequence: 1
      });
    }
  }
  // A request for change the desk turned into an idea: its requester becomes the idea's author.
  const evolution = await w.sp('karim').web.lists.getByTitle('HelpTicketStates').items.select('HCTicketId').filter('HCKind eq \'evolution\'').orderBy('ID', true).top(1)() as { HCTicketId: number }[];
  if (evolution.length) await team.fromTicket(evolution[0].HCTicketId);
  return SEED_IDEAS.length + evolution.length;
}
