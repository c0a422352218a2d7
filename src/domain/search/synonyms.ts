/**
 * Equivalent phrasings applied at query time. Each group lists phrases that mean the same thing; a query
 * containing one of them also searches for the others. Contributors edit this list (HelpSettings), one group
 * per line with "=" between phrases; see parseSynonymList.
 */
export const DEFAULT_SYNONYMS: string[][] = [
  ['mdp', 'mot de passe', 'mot passe'],
  ['pwd', 'password', 'passcode'],
  ['wifi', 'wi-fi', 'wlan', 'wireless'],
  ['ent', 'espace numerique de travail', 'portail etudiant'],
  ['mfa', '2fa', 'double authentification', 'authentification multifacteur', 'authentification a deux facteurs', 'double facteur', 'two-factor', 'multi-factor authentication', 'authenticator'],
  ['moodle', 'plateforme pedagogique', 'elearning', 'e-learning', 'lms'],
  ['eduroam', 'wifi eduroam'],
  ['visio', 'visioconference', 'video conference', 'videoconference', 'teams'],
  ['courriel', 'mail', 'email', 'e-mail', 'messagerie', 'mel', 'boite mail', 'outlook'],
  ['imprimer', 'impression', 'photocopieur', 'copieur', 'imprimante'],
  ['printer', 'printing', 'copier', 'print'],
  ['fac', 'universite', 'campus', 'faculte'],
  ['uni', 'university', 'campus'],
  ['vpn', 'acces distant', 'reseau prive virtuel', 'remote access'],
  ['pc', 'ordinateur', 'poste de travail', 'ordi'],
  ['laptop', 'computer', 'pc', 'notebook'],
  ['co', 'connexion', 'connecter'],
  ['identifiant', 'login', 'nom utilisateur', 'compte'],
  ['login', 'log in', 'sign in', 'signin', 'logon', 'username'],
  ['bloque', 'verrouille', 'desactive'],
  ['locked', 'blocked', 'disabled', 'locked out'],
  ['marche pas', 'fonctionne pas', 'en panne', 'hs', 'bug', 'plante'],
  ['not working', 'broken', 'doesnt work', 'down', 'crash'],
  ['exam', 'examen', 'partiel', 'test'],
  ['videoprojecteur', 'projecteur', 'vp', 'beamer'],
  ['projector', 'beamer', 'display'],
  ['appli', 'application', 'logiciel'],
  ['app', 'application', 'software'],
  ['tel', 'telephone', 'smartphone', 'portable', 'mobile'],
  ['phone', 'smartphone', 'mobile'],
  ['cle usb', 'usb', 'cle'],
  ['wifi fac', 'eduroam']
];

/**
 * A small bilingual lexicon of help-desk terms, English = French. Applied like synonyms but with a lower
 * weight, so an English query ranks the English version first and still finds French-only articles.
 */
export const DEFAULT_TRANSLATIONS: string[][] = [
  ['password', 'mot de passe'],
  ['forgot', 'forgotten', 'oublie', 'oublier'],
  ['lost', 'perdu', 'perte'],
  ['stolen', 'theft', 'vol', 'vole'],
  ['abroad', 'etranger', 'international'],
  ['booking', 'book', 'reservation', 'reserver'],
  ['manager', 'gestionnaire'],
  ['reset', 'reinitialiser', 'reinitialisation'],
  ['change', 'modifier', 'changer'],
  ['login', 'log in', 'sign in', 'connexion', 'se connecter', 'connecter'],
  ['account', 'compte'],
  ['locked', 'bloque', 'verrouille'],
  ['printer', 'imprimante'],
  ['print', 'printing', 'imprimer', 'impression'],
  ['scan', 'scanner', 'numeriser'],
  ['paper jam', 'bourrage'],
  ['email', 'mail', 'courriel', 'messagerie'],
  ['mailbox', 'boite aux lettres', 'boite mail'],
  ['attachment', 'piece jointe'],
  ['spam', 'phishing', 'hameconnage', 'courrier indesirable'],
  ['network', 'reseau'],
  ['wireless', 'wifi'],
  ['internet', 'connexion internet'],
  ['slow', 'lent', 'lenteur'],
  ['course', 'cours'],
  ['assignment', 'devoir', 'depot'],
  ['submit', 'upload', 'deposer', 'rendre', 'soumettre'],
  ['quiz', 'test', 'questionnaire'],
  ['exam', 'examen'],
  ['grade', 'grades', 'note', 'notes'],
  ['enrol', 'enroll', 'enrolment', 'inscription', 'inscrire'],
  ['timetable', 'schedule', 'emploi du temps', 'planning'],
  ['meeting', 'reunion'],
  ['camera', 'webcam', 'camera'],
  ['microphone', 'micro'],
  ['sound', 'audio', 'son'],
  ['screen', 'ecran'],
  ['screen sharing', 'partage ecran'],
  ['recording', 'enregistrement'],
  ['projector', 'videoprojecteur'],
  ['room', 'salle'],
  ['classroom', 'salle de cours'],
  ['computer', 'ordinateur'],
  ['laptop', 'ordinateur portable', 'portable'],
  ['loan', 'borrow', 'pret', 'emprunter'],
  ['software', 'logiciel'],
  ['install', 'installer', 'installation'],
  ['update', 'mise a jour'],
  ['licence', 'license', 'licence'],
  ['student', 'etudiant'],
  ['teacher', 'lecturer', 'staff', 'enseignant', 'professeur'],
  ['new', 'nouveau', 'arrivee'],
  ['leave', 'leaving', 'depart'],
  ['card', 'carte'],
  ['phone', 'telephone'],
  ['storage', 'quota', 'stockage', 'espace'],
  ['file', 'files', 'fichier', 'fichiers'],
  ['share', 'sharing', 'partager', 'partage'],
  ['backup', 'sauvegarde'],
  ['virus', 'malware', 'logiciel malveillant'],
  ['security', 'securite'],
  ['code', 'code'],
  ['authenticator', 'authentification'],
  ['error', 'erreur'],
  ['not working', 'marche pas', 'fonctionne pas', 'panne'],
  ['access', 'acces'],
  ['calendar', 'agenda', 'calendrier'],
  ['library', 'bibliotheque', 'bu'],
  ['accessibility', 'accessibilite', 'handicap'],
  ['help', 'aide', 'assistance', 'support'],
  ['ticket', 'demande', 'ticket'],
  ['home', 'domicile', 'maison', 'distance'],
  ['remote', 'distance', 'a distance', 'teletravail'],
  ['video', 'video'],
  ['whiteboard', 'tableau', 'tbi', 'tableau interactif'],
  ['cable', 'cable', 'adaptateur', 'hdmi'],
  ['keyboard', 'clavier'],
  ['mouse', 'souris']
];

/**
 * Parses an editable synonym list: one group per line, phrases separated by "=" (or ","), blank lines and
 * lines starting with "#" ignored.
 */
export function parseSynonymList(text: string): string[][] {
  const groups: string[][] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.charAt(0) === '#') { continue; }
    const phrases = line.split(/[=,]/).map((p) => p.trim()).filter((p) => p.length > 0);
    if (phrases.length > 1) { groups.push(phrases); }
  }
  return groups;
}

/** HelpSettings key of the owners' synonym groups (the settings area writes it). */
export const SYNONYMS_SETTING_KEY = 'search.synonyms';

/**
 * The synonym groups a search applies: the owners' list stored under `search.synonyms` (a JSON list of groups of
 * terms, as the settings area writes it) replaces the product's; missing, empty or unreadable, the product's own.
 * Groups of fewer than two terms are dropped (they say nothing).
 */
export function synonymsFromSetting(value: string | undefined): string[][] {
  if (!value || !value.trim()) return DEFAULT_SYNONYMS;
  try {
    const parsed = JSON.parse(value) as unknown;
    if (!Array.isArray(parsed)) return DEFAULT_SYNONYMS;
    const groups = parsed.filter((g): g is unknown[] => Array.isArray(g))
      .map(g => g.filter((t): t is string => typeof t === 'string').map(t => t.trim()).filter(t => t.length > 0))
      .filter(g => g.length > 1);
    return groups.length ? groups : DEFAULT_SYNONYMS;
  } catch {
    return DEFAULT_SYNONYMS;
  }
}
