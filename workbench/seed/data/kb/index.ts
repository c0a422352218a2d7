/**
 * The knowledge base written for the demo and the search benchmark, on top of the article pairs in
 * ../articles.ts: one entry per language version, English versions pointing to their French original.
 */
import { KbArticle } from './types';
import { KB_ACCOUNTS } from './accounts';
import { KB_MAIL } from './mail';
import { KB_TEAMS } from './teams';
import { KB_NETWORK } from './network';
import { KB_MOODLE } from './moodle';
import { KB_EXAMS } from './exams';
import { KB_PRINTING } from './printing';
import { KB_DEVICES } from './devices';
import { KB_SOFTWARE } from './software';

export type { KbArticle, KbText } from './types';

/** Every knowledge-base article of this folder (French and English versions). */
export const KB_ARTICLES: readonly KbArticle[] = [
  ...KB_ACCOUNTS, ...KB_MAIL, ...KB_TEAMS, ...KB_NETWORK, ...KB_MOODLE, ...KB_EXAMS, ...KB_PRINTING, ...KB_DEVICES, ...KB_SOFTWARE
];
