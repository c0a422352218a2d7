import { LANGUAGES } from '../../domain/vocabulary';
import type { FieldDefinition } from './types';

/** HCLanguage, on every list whose items are written in a language (tickets, articles, mails). */
export const language: FieldDefinition = {
  name: 'HCLanguage', title: { fr: 'Langue', en: 'Language' }, kind: 'Choice', choices: LANGUAGES, defaultValue: 'fr',
  indexed: true, description: 'Language of the item (fr, en); mails and articles follow it.'
};
