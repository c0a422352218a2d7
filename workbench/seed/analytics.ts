/**
 * Search analytics of the demo (SearchEvents): what people typed in the help bar, whether they opened an
 * article, and whether they still filed a ticket, which the deflection report counts.
 */
import { Language } from '../../src/domain/vocabulary';
import { SeededRandom, addHours } from './clock';
import { CastKey, REQUESTERS } from './data/people';

/** A query people type, the article it leads to (if any) and its language. */
interface QuerySeed { text: string; article?: string; language: Language }

const QUERIES: readonly QuerySeed[] = [
  { text: 'mdp oublié', article: 'reset-password', language: 'fr' },
  { text: 'mot de passe expiré', article: 'reset-password', language: 'fr' },
  { text: 'wifi batiment b', article: 'eduroam', language: 'fr' },
  { text: 'eduroam android', article: 'eduroam', language: 'fr' },
  { text: 'imprimer depuis mon portable', article: 'printing', language: 'fr' },
  { text: 'examen moodle bloqué', article: 'exam-day', language: 'fr' },
  { text: 'quiz moodle réponses perdues', article: 'moodle-quiz', language: 'fr' },
  { text: 'double authentification nouveau téléphone', article: 'mfa-new-phone', language: 'fr' },
  { text: 'vpn', article: 'vpn', language: 'fr' },
  { text: 'partage écran teams', article: 'teams-meeting', language: 'fr' },
  { text: 'office gratuit', article: 'office-install', language: 'fr' },
  { text: 'déposer devoir', article: 'moodle-assignment', language: 'fr' },
  { text: 'videoprojecteur ne marche pas', article: 'classroom-av', language: 'fr' },
  { text: 'cours absent moodle', article: 'ent-first-steps', language: 'fr' },
  { text: 'salle b204 réservation', language: 'fr' },
  { text: 'attestation de réussite', language: 'fr' },
  { text: 'forgot password', article: 'reset-password', language: 'en' },
  { text: 'eduroam', article: 'eduroam', language: 'en' },
  { text: 'printing', article: 'printing', language: 'en' },
  { text: 'exam help', article: 'exam-day', language: 'en' },
  { text: 'mfa new phone', article: 'mfa-new-phone', language: 'en' },
  { text: 'student card lost', language: 'en' }
];

/** One search to record. */
export interface SearchPlan { who: CastKey; query: string; language: Language; resultCount: number; article?: string; filedTicket: boolean; at: Date }

/** `count` searches spread over the last `days` days, deterministic for a seed date. */
export function planSearchEvents(now: Date, count: number, days: number): SearchPlan[] {
  const rng = new SeededRandom(7 * 20261122);
  const out: SearchPlan[] = [];
  for (let i = 0; i < count; i++) {
    const q = rng.pick(QUERIES);
    const speakers = REQUESTERS.filter(r => r.language === q.language);
    const who = rng.weighted(speakers, r => r.weight).who;
    const opened = !!q.article && rng.chance(0.75);
    out.push({
      who, query: q.text, language: q.language, resultCount: q.article ? rng.int(2, 9) : rng.int(0, 1),
      article: opened ? q.article : undefined,
      // Without an article that answers, people file a ticket far more often: that is what deflection measures.
      filedTicket: opened ? rng.chance(0.12) : rng.chance(0.55),
      at: addHours(now, -rng.next() * days * 24)
    });
  }
  return out.sort((a, b) => a.at.getTime() - b.at.getTime());
}
