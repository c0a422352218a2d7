import { NamedPerson, PersonalDataLabels, articleFromTicket, firstParagraph, nameForms, peopleOfTicket, removePersonalData } from '../../../../src/domain/knowledge/ticketToArticle';
import type { Ticket } from '../../../../src/domain/tickets/model';
import type { SectionLabels } from '../../../../src/domain/knowledge/templates';

const FR: PersonalDataLabels = { person: '[personne]', email: '[adresse e-mail]', phone: '[téléphone]', ticket: '[demande]', link: '[lien]' };
const EN: PersonalDataLabels = { person: '[person]', email: '[e-mail address]', phone: '[phone]', ticket: '[request]', link: '[link]' };

const people: NamedPerson[] = [
  { displayName: 'Léa Dubois', email: 'lea.dubois@univ-exemple.fr' },
  { displayName: 'Prof. Jean-Marc Le Gall', email: 'jm.legall@univ-exemple.fr' },
  { displayName: 'Haddad, Karim (DSI)', email: 'karim.haddad@univ-exemple.fr' },
  { displayName: 'Zoë Ørsted', email: 'z.orsted@univ-exemple.fr' }
];

const clean = (text: string, labels: PersonalDataLabels = FR): string => removePersonalData(text, people, labels);

describe('names removed', () => {
  it.each([
    ['full name', 'Bonjour Léa Dubois, voici la marche à suivre.', 'Bonjour [personne], voici la marche à suivre.'],
    ['first name alone, any case and accents', 'Merci LEA, et merci lea aussi ; merci Léa.', 'Merci [personne], et merci [personne] aussi ; merci [personne].'],
    ['last name alone with a title', 'Mme Dubois a appelé M. Haddad.', '[personne] a appelé [personne].'],
    ['reversed "Last, First" names', 'Transmis par Haddad Karim au N2.', 'Transmis par [personne] au N2.'],
    ['a hyphenated first name, with or without hyphen, and its parts', 'Jean-Marc, Jean Marc et Jean sont prévenus.', '[personne], [personne] et [personne] sont prévenus.'],
    ['a particle kept as a word, the name removed', 'Le Gall dit que le poste est neuf.', '[personne] dit que le poste est neuf.'],
    ['a name followed by a particle word', 'Jean-Marc le sait, Gall aussi.', '[personne] le sait, [personne] aussi.'],
    ['a login (the e-mail\'s local part)', 'Son identifiant lea.dubois est verrouillé.', 'Son identifiant [personne] est verrouillé.'],
    ['letters outside French', 'Zoe Orsted et ZOË ØRSTED : même personne.', '[personne] et [personne] : même personne.']
  ])('%s', (_case, text, expected) => {
    expect(clean(text)).toBe(expected);
  });

  it('leaves words that only contain a name, and people not on the ticket', () => {
    expect(clean('Leaflet, Duboisé et Karima ne sont pas des noms du ticket ; Marie non plus.')).toBe('Leaflet, Duboisé et Karima ne sont pas des noms du ticket ; Marie non plus.');
  });

  it('takes a name that is also a common word only when written with a capital', () => {
    const crew = [{ displayName: 'Will Turner' }, { displayName: 'An Nguyen' }];
    expect(removePersonalData('Will says he will call an agent; An will too.', crew, EN)).toBe('[person] says he will call an agent; [person] will too.');
    expect(removePersonalData('Will Turner and An Nguyen', crew, EN)).toBe('[person] and [person]');
  });

  it('works on English text', () => {
    expect(clean('Hi Lea, Karim Haddad reset your password. Thanks, Dr Le Gall', EN)).toBe('Hi [person], [person] reset your password. Thanks, [person]');
  });

  it('derives the forms of a name without stop words nor titles', () => {
    const forms = nameForms({ displayName: 'Prof. Jean-Marc Le Gall', email: 'jm.legall@univ-exemple.fr' });
    expect(forms.slice().sort()).toEqual(['gall', 'gall le jean-marc', 'jean', 'jean marc', 'jean-marc', 'jean-marc le gall',
      'jm', 'jm.legall', 'le gall', 'legall', 'marc']);
    // Longest first, so a full name is taken whole before its parts.
    expect(forms[0]).toBe('jean-marc le gall');
    expect(nameForms({})).toEqual([]);
  });
});

describe('other personal data removed', () => {
  it.each([
    ['e-mail addresses', 'Écrivez à lea.dubois@univ-exemple.fr ou support-n2@univ-exemple.fr.', 'Écrivez à [adresse e-mail] ou [adresse e-mail].'],
    ['a mobile number with spaces', 'Rappelez le 06 12 34 56 78 avant midi.', 'Rappelez le [téléphone] avant midi.'],
    ['numbers with dots, dashes or none', 'Fixe 01.44.27.00.00, portable 0612345678, autre 04-76-00-00-00.', 'Fixe [téléphone], portable [téléphone], autre [téléphone].'],
    ['international forms', 'Depuis l\'étranger : +33 6 12 34 56 78, +33 (0)1 44 27 00 00 ou 0033 612345678.', 'Depuis l\'étranger : [téléphone], [téléphone] ou [téléphone].'],
    ['a desk extension', 'Appelez le poste 4521.', 'Appelez le poste [téléphone].'],
    ['the product\'s ticket references', 'Voir la demande n°1234, la Demande n° 88 et Request #77 (n°12).', 'Voir la [demande], la [demande] et [demande] ([demande]).'],
    ['a number "of the request"', 'Le n° de demande : 4567 ; numéro de ticket 89 ; référence de la demande #12.', 'Le [demande] ; [demande] ; [demande].'],
    ['English labels', 'Ticket ID: 4567, request number 12, Ticket no. 9.', '[demande], [demande], [demande].'],
    ['references as people write them', 'Suite au ticket 4567, au ticket #89, à l\'incident 123 et au #456 :', 'Suite au [demande], au [demande], à l\'[demande] et au [demande] :'],
    ['a link with a query string, the sentence\'s punctuation kept', 'Suivi : https://univ.sharepoint.com/sites/aide/SitePages/Desk.aspx?ticket=12.', 'Suivi : [lien].'],
    ['a reset link without scheme', 'Lien reçu : www.univ-exemple.fr/reset?token=a1b2c3', 'Lien reçu : [lien]']
  ])('%s', (_case, text, expected) => {
    expect(clean(text)).toBe(expected);
  });

  it('keeps what is not personal: links without query, rooms, versions, dates, times, the verb "demande"', () => {
    const text = 'La procédure est sur https://aide.univ-exemple.fr/wifi. Salle B204, Windows 11, le 12/03/2026 à 14 h 30. ' +
      'Elle demande 2 licences ; request 3 seats ; 3 imprimantes sur 12.';
    expect(clean(text)).toBe(text);
  });

  it('keeps the English words around the references', () => {
    expect(clean('Please see request #1234 and call +33 1 44 27 00 00 or mail k.h@example.org', EN))
      .toBe('Please see [request] and call [phone] or mail [e-mail address]');
  });

  it('removes a name inside an e-mail before names (the address goes whole)', () => {
    expect(clean('Copie à jean-marc.le-gall@autre-domaine.fr')).toBe('Copie à [adresse e-mail]');
  });
});

const SECTIONS: SectionLabels = {
  goal: 'Objectif', prerequisites: 'Avant de commencer', steps: 'Étapes', result: 'Résultat attendu', symptoms: 'Symptômes', cause: 'Cause',
  solution: 'Solution', workaround: 'Contournement', answer: 'Réponse', details: 'Précisions', affected: 'Personnes concernées',
  currentStatus: 'Situation actuelle', when: 'Quand', beforeExam: 'Avant', duringExam: 'Pendant', incident: 'Incident', contacts: 'Contacts', moreHelp: 'Aide'
};

describe('a resolved ticket becomes a draft', () => {
  const ticket = {
    id: 1234, language: 'fr' as const, categoryId: 4,
    title: 'Imprimante de Léa bloquée (salle B204)',
    description: 'Bonjour,\n\nDepuis ce matin l\'imprimante de la salle B204 n\'imprime plus : les travaux restent « en attente ».\nMon numéro : 06 12 34 56 78.\n\nMerci,\nLéa Dubois',
    resolution: 'Bonjour Léa,\n\nLe spouleur était bloqué. Ouvrez « Périphériques et imprimantes », supprimez les travaux en attente puis relancez l\'impression. ' +
      'Si le problème revient, rouvrez la demande n°1234 ou écrivez à karim.haddad@univ-exemple.fr.\n\nCordialement,\nKarim Haddad'
  };

  it('fills the troubleshooting template from the question and the answer, without personal data', () => {
    const draft = articleFromTicket(ticket, people, FR, SECTIONS);
    expect(draft.title).toBe('Imprimante de [personne] bloquée (salle B204)');
    expect(draft.questions).toEqual(['Imprimante de [personne] bloquée (salle B204)']);
    expect([draft.templateId, draft.kind, draft.language, draft.categoryId, draft.sourceTicketId]).toEqual(['troubleshooting', 'troubleshooting', 'fr', 4, 1234]);
    expect(draft.sections.symptoms).toBe('Depuis ce matin l\'imprimante de la salle B204 n\'imprime plus : les travaux restent « en attente ».\nMon numéro : [téléphone].');
    expect(draft.sections.solution).toContain('rouvrez la [demande] ou écrivez à [adresse e-mail].');
    expect(draft.sections.solution).toMatch(/^Le spouleur était bloqué\./);
    expect(draft.sections.solution).toMatch(/écrivez à \[adresse e-mail\]\.$/);
    expect(draft.summary).toBe(draft.sections.solution);
    const everything = JSON.stringify(draft);
    for (const leak of ['Léa', 'Dubois', 'Karim', 'Haddad', '06 12', '@', '1234 ', 'n°1234']) expect(everything).not.toContain(leak);
    expect(draft.bodyHtml).toContain('<h2 data-hc-section="symptoms">Symptômes</h2><p>Depuis ce matin');
    expect(draft.bodyHtml).toContain('<h2 data-hc-section="cause">Cause</h2><p></p>');
    expect(draft.bodyHtml).toContain('<h2 data-hc-section="solution">Solution</h2><p>Le spouleur était bloqué.');
  });

  it('writes an English ticket in English, signature lines dropped', () => {
    const draft = articleFromTicket({
      id: 77, language: 'en', title: 'Cannot log in to Moodle', description: 'Hi, my account is locked since this morning.\nThanks,\nZoë',
      resolution: 'Your account was locked after five failed attempts. Reset your password at https://id.univ-exemple.fr/reset?user=z.orsted and wait 15 minutes.\n\nRegards,\nKarim'
    }, people, EN, SECTIONS);
    expect(draft.sections.symptoms).toBe('Hi, my account is locked since this morning.');
    expect(draft.sections.solution).toBe('Your account was locked after five failed attempts. Reset your password at [link] and wait 15 minutes.');
    expect(draft.summary).toBe(draft.sections.solution);
    expect(draft.categoryId).toBeUndefined();
  });

  it('cuts a long summary at a word, with an ellipsis', () => {
    const long = 'Redémarrez le poste puis reconnectez-vous au réseau avant de relancer le logiciel. '.repeat(6);
    const summary = firstParagraph(long, 120);
    expect(summary.length).toBeLessThanOrEqual(120);
    expect(summary).toMatch(/[a-zé]…$/);
    expect(firstParagraph('Court.\n\nSuite.')).toBe('Court.');
  });
});

describe('the people a ticket names', () => {
  it('are every person on it, once, so none of their names reaches the draft', () => {
    const p = (id: number, displayName: string): { id: number; email: string; displayName: string } => ({ id, email: `u${id}@univ-exemple.fr`, displayName });
    const t: Ticket = {
      id: 9, title: 'Dérogation pour Inès', description: 'Inès Benali demande un tiers-temps ; Paul Girard est son tuteur.', kind: 'assistance', priority: 'normal',
      channel: 'portal', status: 'resolved', level: 'L1', requester: p(1, 'Paul Girard'), beneficiary: p(2, 'Inès Benali'), assignedTo: p(3, 'Karim Haddad'),
      escalatedTo: p(4, 'Nadia Roussel'), watchers: [p(5, 'Hugo Lefèvre'), p(1, 'Paul Girard')], modifiedBy: p(3, 'Karim Haddad'),
      approval: { approver: p(6, 'Claire Fontaine'), requestedBy: p(3, 'Karim Haddad'), requestedAt: new Date('2026-11-02T10:00:00Z'), reason: 'Tiers-temps' },
      createdAt: new Date('2026-11-01T10:00:00Z'), language: 'fr', statusHistory: [], sequence: 5
    };
    const people = peopleOfTicket(t);
    expect(people.map(x => x.displayName)).toEqual(['Paul Girard', 'Inès Benali', 'Karim Haddad', 'Nadia Roussel', 'Hugo Lefèvre', 'Claire Fontaine']);
    expect(removePersonalData(`${t.title}. ${t.description} Validé par Claire, suivi par Hugo et Nadia.`, people, FR))
      .toBe('Dérogation pour [personne]. [personne] demande un tiers-temps ; [personne] est son tuteur. Validé par [personne], suivi par [personne] et [personne].');
  });
});
