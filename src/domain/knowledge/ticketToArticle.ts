/**
 * "Turn into an article": a resolved ticket's question and the desk's answer become a troubleshooting draft, with
 * the personal data taken out — the names of the people on the ticket, e-mail addresses, phone numbers, ticket
 * numbers and links carrying a query string (a page's `?ticket=12`, a reset link's token). The contributor rereads
 * it before anything is sent to review; the rules lean towards removing too much (a first name that is also a word
 * goes too).
 */
import { cleanInput } from '../text/normalize';
import { isStopWord } from '../search/stopWords';
import type { Language } from '../vocabulary';
import type { PersonRef, Ticket } from '../tickets/model';
import { ARTICLE_TEMPLATES, SUMMARY_MAX, SectionLabels, SectionTexts, templateBody } from './templates';

/** The neutral words put in place of what was removed (from src/loc, e.g. "[personne]"). */
export interface PersonalDataLabels {
  person: string;
  email: string;
  phone: string;
  ticket: string;
  link: string;
}

/** A person named on the ticket: requester, beneficiary, agents, watchers, approver. */
export interface NamedPerson {
  displayName?: string;
  email?: string;
}

// Trailing punctuation is the sentence's, not the link's.
const URL = /\b(?:https?:\/\/|www\.)[^\s<>"]+/gi;
const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/g;
// 01 23 45 67 89, 01.23.45.67.89, 0123456789, +33 1 23 45 67 89, +33 (0)1 23 45 67 89, 0033 1 23 45 67 89.
const PHONE = /(^|[^0-9+])((?:(?:\+|00)\s?33[\s.]?(?:\(0\)\s?)?|0)[1-9](?:[\s.\-\u00a0]?[0-9]{2}){4})(?![0-9])/g;
// A desk extension ("poste 4521", "ext. 4521").
const EXTENSION = /(^|[^A-Za-z0-9\u00c0-\u024f])(poste|ext\.?|extension)(\s?)([0-9]{4,5})(?![0-9])/gi;
// "demande n° 1234", "request #12", "problème numéro 7": the words that are also verbs need a number sign.
const TICKET_MARKED = /(^|[^A-Za-z0-9\u00c0-\u024f])(?:tickets?|demandes?|requ[eê]tes?|requests?|incidents?|probl[eè]mes?|problems?)\s*(?:n\s?[°º]|no\.|nr\.|num[ée]ro|number|id|ref\.?|#)\s*:?\s*#?\s*[0-9]+(?![0-9])/gi;
// "n° de demande : 1234", "numéro de ticket 1234", "référence de la demande 12".
const TICKET_NUMBER_OF = /(^|[^A-Za-z0-9\u00c0-\u024f])(?:n\s?[°º]|no\.|num[ée]ro|r[ée]f[ée]rence|r[ée]f\.)\s*(?:de\s+(?:la\s+|l')?|du\s+)?(?:ticket|demande|requ[eê]te|incident|dossier)\s*:?\s*#?\s*[0-9]+(?![0-9])/gi;
// "ticket 1234", "incident 87": nouns only.
const TICKET_BARE = /(^|[^A-Za-z0-9\u00c0-\u024f])(?:tickets?|incidents?)\s+[0-9]+(?![0-9])/gi;
// "#1234", and the mails' "(n°1234)".
const HASH_NUMBER = /(^|[^A-Za-z0-9&#])#\s?[0-9]+(?![0-9])/g;
const PAREN_NUMBER = /\((?:n\s?[°º]|no\.)\s?[0-9]+\)/gi;
const HONORIFIC = /(?:m\.|mr\.?|mrs\.?|ms\.?|mme\.?|mlle\.?|dr\.?|pr\.?|prof\.?|monsieur|madame|mademoiselle)\s+$/;
const LIGATURES: { [ch: string]: string } = { '\u0153': 'oe', '\u00e6': 'ae', '\u00df': 'ss', '\u00f8': 'o', '\u0142': 'l' };

/** Text folded for matching (lower case, no accents) with, for each folded character, its index in the text. */
interface FoldedText { folded: string; at: number[] }

function foldWithPositions(text: string): FoldedText {
  let folded = '';
  const at: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const lower = text.charAt(i).toLowerCase();
    const f = LIGATURES[lower] || lower.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[\u2019\u2018\u02bc]/g, '\'');
    for (let k = 0; k < f.length; k++) { folded += f.charAt(k); at.push(i); }
  }
  return { folded, at };
}

function fold(text: string): string {
  return foldWithPositions(cleanInput(text)).folded.replace(/\s+/g, ' ').trim();
}

function isWordChar(ch: string): boolean {
  return ch !== '' && /[a-z0-9\u00c0-\u024f]/.test(ch);
}

/** Words that join a family name ("Le Gall", "van Dijk", "da Silva"): never a name alone. */
const NAME_PARTICLES = ['le', 'la', 'les', 'de', 'du', 'des', 'van', 'von', 'der', 'den', 'da', 'di', 'del', 'della', 'dos', 'das', 'do', 'ter', 'ten', 'st', 'ste'];

/** A name that is also a common word ("Will", "Don", "An"): taken only when written with a capital. */
function isCommonWord(form: string): boolean {
  return form.indexOf(' ') < 0 && (isStopWord(form, 'fr') || isStopWord(form, 'en'));
}

/** The folded forms a person's name may take in a text: full name both ways, each name, the e-mail's local part. */
export function nameForms(person: NamedPerson): string[] {
  const forms: string[] = [];
  const add = (f: string): void => {
    const w = f.replace(/^[\s.'-]+|[\s.'-]+$/g, '');
    // A particle alone is no name ("Le" of "Le Gall" stays a word).
    if (w.replace(/[^a-z]/g, '').length >= 2 && NAME_PARTICLES.indexOf(w) < 0 && forms.indexOf(w) < 0) forms.push(w);
  };
  const display = fold((person.displayName || '').replace(/\([^)]*\)/g, ' '));
  const words = display.split(/[\s,]+/).filter(w => w !== '' && !/^(m|mr|mrs|ms|mme|mlle|dr|pr|prof)\.?$/.test(w));
  if (words.length) {
    add(words.join(' '));
    if (words.length > 1) add(words.slice().reverse().join(' '));
    // Runs of two words or more not ending with a particle: "le gall" of "jean-marc le gall", never "jean-marc le".
    for (let i = 0; i < words.length; i++) {
      for (let j = i + 2; j <= words.length; j++) if (!isStopWord(words[j - 1], 'fr') && !isStopWord(words[j - 1], 'en')) add(words.slice(i, j).join(' '));
    }
    for (const w of words) {
      add(w);
      if (w.indexOf('-') >= 0) { add(w.replace(/-/g, ' ')); w.split('-').forEach(add); }
    }
  }
  const local = fold((person.email || '').split('@')[0] || '');
  if (local && (person.email || '').indexOf('@') > 0) {
    add(local);
    local.split(/[._+-]/).filter(p => !/^[0-9]+$/.test(p)).forEach(add);
  }
  return forms.sort((a, b) => b.length - a.length);
}

/** Ranges [start, end) of the original text where one of the people's names appears as whole words. */
function nameRanges(text: string, people: NamedPerson[]): [number, number][] {
  const { folded, at } = foldWithPositions(text);
  const needles: string[] = [];
  people.forEach(p => nameForms(p).forEach(f => { if (needles.indexOf(f) < 0) needles.push(f); }));
  needles.sort((a, b) => b.length - a.length);
  const taken: [number, number][] = [];
  for (const needle of needles) {
    let from = 0;
    let i: number;
    while ((i = folded.indexOf(needle, from)) >= 0) {
      const end = i + needle.length;
      from = i + 1;
      if (isWordChar(folded.charAt(i - 1)) || isWordChar(folded.charAt(end))) continue;
      if (isCommonWord(needle) && text.charAt(at[i]) === text.charAt(at[i]).toLowerCase()) continue;
      if (taken.some(r => i < r[1] && end > r[0])) continue;
      const title = HONORIFIC.exec(folded.slice(Math.max(0, i - 14), i));
      const start = title && !isWordChar(folded.charAt(i - title[0].length - 1)) ? i - title[0].length : i;
      taken.push([start, end]);
    }
  }
  return taken.map(r => [at[r[0]], at[r[1] - 1] + 1] as [number, number]).sort((a, b) => b[0] - a[0]);
}

/** Collapses placeholders that follow one another ("[personne] [personne]" from a middle name, "[personne]-[personne]"). */
function collapseRepeats(text: string, label: string): string {
  const twice = `${label} ${label}`;
  let out = text.split(`${label}-${label}`).join(label);
  while (out.indexOf(twice) >= 0) out = out.split(twice).join(label);
  return out;
}

/**
 * The text without personal data: links with a query string, e-mail addresses, French phone numbers and desk
 * extensions, ticket numbers as the product writes them ("#12", "demande n°12", "Request #12", "(n°12)") and as
 * people do ("ticket 1234"), and the names of the given people — full names, first or last names alone as words,
 * with their title ("Mme Dubois"), whatever the case and accents — each replaced by its label.
 */
export function removePersonalData(text: string, people: NamedPerson[], labels: PersonalDataLabels): string {
  let out = cleanInput(text)
    .replace(URL, (url: string) => {
      const trail = /[.,;:!?)\]»"']+$/.exec(url);
      const bare = trail ? url.slice(0, url.length - trail[0].length) : url;
      return bare.indexOf('?') >= 0 ? labels.link + (trail ? trail[0] : '') : url;
    })
    .replace(EMAIL, () => labels.email)
    .replace(PHONE, (_m: string, before: string) => before + labels.phone)
    .replace(EXTENSION, (_m: string, before: string, word: string, space: string) => before + word + space + labels.phone)
    .replace(TICKET_NUMBER_OF, (_m: string, before: string) => before + labels.ticket)
    .replace(TICKET_MARKED, (_m: string, before: string) => before + labels.ticket)
    .replace(TICKET_BARE, (_m: string, before: string) => before + labels.ticket)
    .replace(PAREN_NUMBER, () => `(${labels.ticket})`)
    .replace(HASH_NUMBER, (_m: string, before: string) => before + labels.ticket);
  for (const [start, end] of nameRanges(out, people)) out = out.slice(0, start) + labels.person + out.slice(end);
  return collapseRepeats(out, labels.person);
}

/**
 * Everyone the ticket names: requester, beneficiary, who filed it, assignee, the agent it was escalated to,
 * watchers, the approval's people, the last editor. The data layer adds the authors of the conversation's messages.
 */
export function peopleOfTicket(t: Ticket): NamedPerson[] {
  const a = t.approval;
  const all = [t.requester, t.beneficiary, t.filedBy, t.assignedTo, t.escalatedTo, t.modifiedBy].concat(t.watchers)
    .concat(a ? [a.approver, a.requestedBy, a.decidedBy, a.recordedBy] : []);
  const out: PersonRef[] = [];
  for (const p of all) if (p && !out.some(o => o.id === p.id)) out.push(p);
  return out.map(p => ({ displayName: p.displayName, email: p.email }));
}

/** A resolved ticket as the desk holds it. */
export interface ResolvedTicket {
  id: number;
  title: string;
  description: string;
  /** The desk's answer (the resolution, or the public reply the agent picks). */
  resolution: string;
  language: Language;
  categoryId?: number;
}

/** A draft article from a ticket, ready for the editor. */
export interface TicketArticleDraft {
  templateId: 'troubleshooting';
  kind: 'troubleshooting';
  language: Language;
  categoryId?: number;
  title: string;
  summary: string;
  /** The sections' texts (plain, anonymised): symptoms from the question, solution from the answer. */
  sections: SectionTexts;
  bodyHtml: string;
  /** Other phrasings of the question: the requester's own title. */
  questions: string[];
  /** The ticket it came from (the article links back to it). */
  sourceTicketId: number;
}

export { SUMMARY_MAX };

const GREETING = /^(bonjour|bonsoir|salut|hello|hi|hey|dear|good (morning|afternoon|evening)|ch[eè]re?s?|madame|monsieur|madame, monsieur|mesdames|messieurs)?[\s,.;:!]*$/i;
const SIGN_OFF = /^(merci|merci beaucoup|merci d'avance|thanks|thank you|many thanks|cordialement|bien cordialement|bien [àa] vous|regards|best regards|kind regards|best|bonne journ[ée]e|bonne fin de journ[ée]e|[àa] bient[ôo]t)?[\s,.;:!]*$/i;

/**
 * The mail-like frame around the text is dropped: greeting lines at the start ("Bonjour [personne],"), sign-off
 * lines at the end ("Cordialement," then a name) and any line left with only removed data and punctuation.
 */
function withoutFrame(text: string, labels: PersonalDataLabels): string {
  const only = [labels.person, labels.email, labels.phone];
  const bare = (line: string): string => only.reduce((rest, l) => rest.split(l).join(''), line).trim();
  const placeholderOnly = (line: string): boolean => bare(line).length < line.trim().length && /^[\s,.;:!\-–—]*$/.test(bare(line));
  let lines = text.split(/\r\n?|\n/).filter(line => !placeholderOnly(line));
  while (lines.length && GREETING.test(bare(lines[0]))) lines = lines.slice(1);
  while (lines.length && SIGN_OFF.test(bare(lines[lines.length - 1]))) lines = lines.slice(0, -1);
  return lines.join('\n').replace(/\n{3,}/g, '\n\n').trim();
}

/** The first paragraph of a text, cut at a word under `max` characters (with an ellipsis when cut). */
export function firstParagraph(text: string, max: number = SUMMARY_MAX): string {
  const para = text.split(/\n[ \t]*\n/).map(p => p.replace(/\s+/g, ' ').trim()).filter(p => p !== '')[0] || '';
  if (para.length <= max) return para;
  const cut = para.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`;
}

/**
 * The draft a resolved ticket becomes: title and other phrasing from the requester's title, the question as the
 * symptoms, the desk's answer as the solution and the summary — all without personal data. `sectionLabels` are the
 * troubleshooting headings in the ticket's language.
 */
export function articleFromTicket(ticket: ResolvedTicket, people: NamedPerson[], labels: PersonalDataLabels, sectionLabels: SectionLabels): TicketArticleDraft {
  const clean = (t: string): string => withoutFrame(removePersonalData(t || '', people, labels), labels);
  const title = clean(ticket.title).replace(/\s+/g, ' ');
  const symptoms = clean(ticket.description);
  const solution = clean(ticket.resolution);
  const sections: SectionTexts = { symptoms, solution };
  const template = ARTICLE_TEMPLATES.filter(t => t.id === 'troubleshooting')[0];
  return {
    templateId: 'troubleshooting', kind: 'troubleshooting', language: ticket.language, categoryId: ticket.categoryId,
    title, summary: firstParagraph(solution), sections, bodyHtml: templateBody(template, sectionLabels, sections),
    questions: title ? [title] : [], sourceTicketId: ticket.id
  };
}
