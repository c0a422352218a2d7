/** Knowledge base: Teams, OneDrive and collaboration. */
import { KbArticle, pair, single } from './types';

/** Teams and collaboration articles. */
export const KB_TEAMS: KbArticle[] = [
  ...pair('teams-join-class-code', 'teams', {
    title: 'Rejoindre l\'équipe Teams d\'un cours avec un code',
    summary: "Votre enseignant vous a donné un code d'équipe ? Dans Teams : Équipes → Rejoindre ou créer une équipe → Rejoindre une équipe avec un code.",
    body: `<ol><li>Ouvrez Teams (application ou teams.microsoft.com) avec votre compte universitaire.</li>
<li>Cliquez <em>Équipes</em>, puis <em>Rejoindre ou créer une équipe</em>.</li>
<li>Dans la carte <em>Rejoindre une équipe avec un code</em>, saisissez le code à 7 caractères.</li></ol>
<p>« Code introuvable » : vérifiez que vous êtes connecté avec le compte <code>@univ-exemple.fr</code> et non un compte personnel. Les équipes de cours créées automatiquement depuis Moodle apparaissent sans code, 24 h après votre inscription au cours.</p>`,
    keywords: ['teams', 'équipe', 'code', 'rejoindre', 'classe', 'cours'],
    questions: ['Comment rejoindre une équipe Teams', 'Le prof nous a donné un code Teams', 'Je ne vois pas l\'équipe de mon cours', 'Code d\'équipe invalide']
  }, {
    title: 'Join a course team in Teams with a code',
    summary: 'Your teacher gave you a team code? In Teams: Teams → Join or create a team → Join a team with a code.',
    body: `<ol><li>Open Teams (app or teams.microsoft.com) with your university account.</li>
<li>Click <em>Teams</em>, then <em>Join or create a team</em>.</li>
<li>In the <em>Join a team with a code</em> card, enter the 7-character code.</li></ol>
<p>"Code not found": make sure you are signed in with your <code>@univ-exemple.fr</code> account, not a personal one. Course teams created from Moodle show up without a code, 24 hours after you enrol in the course.</p>`,
    keywords: ['teams', 'team', 'code', 'join', 'class', 'course'],
    questions: ['How do I join a team in Teams', 'Teacher gave us a Teams code', 'I cannot see my class team', 'Team code invalid']
  }),
  ...pair('teams-recording', 'teams', {
    title: 'Enregistrer une réunion Teams et retrouver l\'enregistrement',
    summary: "Pendant la réunion : … Plus d'actions → Enregistrer et transcrire. L'enregistrement est stocké dans le OneDrive de la personne qui l'a lancé (ou le SharePoint de l'équipe) et expire au bout de 120 jours.",
    body: `<h2>Lancer l'enregistrement</h2>
<p>Seuls l'organisateur et les présentateurs de l'université peuvent enregistrer. Prévenez les participants : un bandeau les informe aussi.</p>
<h2>Retrouver la vidéo</h2>
<ul><li>Réunion d'un canal : onglet <em>Fichiers</em> du canal, dossier <em>Recordings</em>.</li>
<li>Autre réunion : dans la conversation de la réunion, ou dans le OneDrive de la personne qui a enregistré, dossier <em>Enregistrements</em>.</li></ul>
<h2>Conservation</h2>
<p>Les enregistrements expirent au bout de 120 jours. Pour garder un cours, téléchargez-le ou prolongez la date d'expiration dans les détails du fichier. Pour publier une vidéo de cours, préférez Moodle (ressource vidéo).</p>`,
    keywords: ['enregistrement', 'teams', 'vidéo', 'réunion', 'transcription', 'replay'],
    questions: ['Où est l\'enregistrement de ma réunion Teams ?', 'Comment enregistrer un cours sur Teams', 'Le bouton enregistrer est grisé', 'Mon enregistrement a disparu']
  }, {
    title: 'Record a Teams meeting and find the recording',
    summary: 'During the meeting: … More actions → Record and transcribe. The recording is saved in the OneDrive of whoever started it (or the team\'s SharePoint) and expires after 120 days.',
    body: `<h2>Start recording</h2>
<p>Only the organiser and university presenters can record. Tell participants: a banner also informs them.</p>
<h2>Find the video</h2>
<ul><li>Channel meeting: the channel's <em>Files</em> tab, <em>Recordings</em> folder.</li>
<li>Other meetings: in the meeting chat, or the recorder's OneDrive, <em>Recordings</em> folder.</li></ul>
<h2>Retention</h2>
<p>Recordings expire after 120 days. To keep a lecture, download it or extend the expiry date in the file details. To publish lecture videos, prefer Moodle (video resource).</p>`,
    keywords: ['recording', 'teams', 'video', 'meeting', 'transcript', 'replay'],
    questions: ['Where is my Teams meeting recording?', 'How to record a lecture in Teams', 'Record button greyed out', 'My recording disappeared']
  }),
  ...pair('teams-audio-video', 'teams', {
    title: 'Teams : on ne m\'entend pas ou je n\'ai pas de caméra',
    summary: "Avant de rejoindre, vérifiez le périphérique choisi dans Paramètres → Périphériques, autorisez le micro et la caméra pour Teams dans Windows ou macOS, et fermez les autres applications qui les utilisent.",
    body: `<ol><li>Dans Teams : <em>Paramètres</em> → <em>Périphériques</em> : choisissez le bon micro, haut-parleur et caméra, puis <em>Passer un appel test</em>.</li>
<li>Windows : <em>Paramètres</em> → <em>Confidentialité</em> → <em>Microphone</em> / <em>Caméra</em> → autorisez les applications de bureau. macOS : Réglages → Confidentialité → Micro / Caméra → cochez Teams.</li>
<li>Fermez Zoom, le navigateur ou toute application qui garde la caméra.</li>
<li>Casque Bluetooth : choisissez le profil « casque » et non « écouteurs » pour avoir le micro.</li>
<li>Dans le navigateur : cliquez sur le cadenas de la barre d'adresse et autorisez micro et caméra.</li></ol>
<p>En salle de cours, le micro de la salle s'appelle « Salle – Micro plafond » : voir la fiche de la salle.</p>`,
    keywords: ['teams', 'micro', 'caméra', 'son', 'audio', 'webcam', 'casque'],
    questions: ['On ne m\'entend pas sur Teams', 'Ma webcam ne marche pas dans Teams', 'Pas de son dans la réunion', 'Mon micro ne fonctionne pas en visio']
  }, {
    title: 'Teams: people can\'t hear me or my camera doesn\'t work',
    summary: 'Before joining, check the device chosen in Settings → Devices, allow microphone and camera for Teams in Windows or macOS, and close other apps using them.',
    body: `<ol><li>In Teams: <em>Settings</em> → <em>Devices</em>: pick the right microphone, speaker and camera, then <em>Make a test call</em>.</li>
<li>Windows: <em>Settings</em> → <em>Privacy</em> → <em>Microphone</em> / <em>Camera</em> → allow desktop apps. macOS: Settings → Privacy → Microphone / Camera → tick Teams.</li>
<li>Close Zoom, the browser or any app holding the camera.</li>
<li>Bluetooth headset: choose the "headset" profile, not "headphones", to get the microphone.</li>
<li>In a browser: click the padlock in the address bar and allow microphone and camera.</li></ol>`,
    keywords: ['teams', 'microphone', 'camera', 'sound', 'audio', 'webcam', 'headset'],
    questions: ['People can\'t hear me on Teams', 'My webcam doesn\'t work in Teams', 'No sound in the meeting', 'Mic not working in video call']
  }),
  ...pair('teams-schedule-meeting', 'teams', {
    title: 'Planifier une réunion Teams depuis Outlook',
    summary: "Dans le calendrier Outlook, créez un événement et activez « Réunion Teams » : le lien est ajouté à l'invitation. Invitez les externes avec leur adresse, ils passeront par la salle d'attente.",
    body: `<ol><li>Outlook → Calendrier → <em>Nouvel événement</em>.</li>
<li>Activez le bouton <strong>Réunion Teams</strong>, ajoutez les participants, la date et l'ordre du jour.</li>
<li>Après l'envoi, ouvrez <em>Options de réunion</em> pour choisir qui contourne la salle d'attente et qui peut présenter.</li></ol>
<p>Pour un oral ou un jury, réglez <em>Qui peut présenter</em> sur « Moi uniquement » et désactivez le micro des participants au besoin.</p>`,
    keywords: ['teams', 'réunion', 'planifier', 'invitation', 'outlook', 'lien'],
    questions: ['Créer un lien Teams pour une réunion', 'Inviter quelqu\'un d\'extérieur à une visio', 'Comment organiser une réunion Teams']
  }, {
    title: 'Schedule a Teams meeting from Outlook',
    summary: 'In the Outlook calendar, create an event and turn on "Teams meeting": the link is added to the invitation. Invite external guests by address; they go through the lobby.',
    body: `<ol><li>Outlook → Calendar → <em>New event</em>.</li>
<li>Turn on <strong>Teams meeting</strong>, add attendees, date and agenda.</li>
<li>After sending, open <em>Meeting options</em> to choose who bypasses the lobby and who can present.</li></ol>
<p>For an oral exam or a jury, set <em>Who can present</em> to "Only me" and mute attendees if needed.</p>`,
    keywords: ['teams', 'meeting', 'schedule', 'invitation', 'outlook', 'link'],
    questions: ['Create a Teams link for a meeting', 'Invite an external person to a video call', 'How to organise a Teams meeting']
  }),
  ...pair('onedrive-sync', 'collaboration', {
    title: 'Synchroniser et sauvegarder ses fichiers avec OneDrive',
    summary: "OneDrive (1 To) sauvegarde vos documents et les synchronise entre vos appareils. Activez la sauvegarde des dossiers Bureau, Documents et Images pour ne plus rien perdre.",
    body: `<ol><li>Ouvrez OneDrive (icône nuage près de l'horloge) et connectez-vous avec votre adresse universitaire.</li>
<li><em>Paramètres</em> → <em>Synchroniser et sauvegarder</em> → <em>Gérer la sauvegarde</em> : activez Bureau, Documents, Images.</li>
<li>Les fichiers « à la demande » (icône nuage) ne prennent pas de place : ils se téléchargent quand vous les ouvrez.</li></ol>
<h2>Icône rouge ou croix</h2>
<ul><li>Nom de fichier avec caractères interdits (<code>" * : &lt; &gt; ? / \\ |</code>) ou chemin trop long : renommez.</li>
<li>Compte déconnecté après un changement de mot de passe : cliquez sur l'icône et reconnectez-vous.</li></ul>
<p>Un fichier écrasé ? Clic droit → <em>Historique des versions</em> ; supprimé ? la corbeille OneDrive le garde 93 jours.</p>`,
    keywords: ['onedrive', 'sauvegarde', 'synchronisation', 'fichiers', 'cloud', 'stockage'],
    questions: ['Comment sauvegarder mes documents', 'OneDrive ne synchronise plus', 'Croix rouge sur OneDrive', 'Récupérer une ancienne version d\'un fichier']
  }, {
    title: 'Sync and back up your files with OneDrive',
    summary: 'OneDrive (1 TB) backs up your documents and syncs them across devices. Turn on backup of Desktop, Documents and Pictures so you never lose work.',
    body: `<ol><li>Open OneDrive (cloud icon near the clock) and sign in with your university address.</li>
<li><em>Settings</em> → <em>Sync and back up</em> → <em>Manage back up</em>: turn on Desktop, Documents, Pictures.</li>
<li>Files On-Demand (cloud icon) take no space: they download when opened.</li></ol>
<h2>Red icon or cross</h2>
<ul><li>File name with forbidden characters or path too long: rename it.</li>
<li>Signed out after a password change: click the icon and sign in again.</li></ul>
<p>Overwrote a file? Right-click → <em>Version history</em>; deleted it? The OneDrive recycle bin keeps it 93 days.</p>`,
    keywords: ['onedrive', 'backup', 'sync', 'files', 'cloud', 'storage'],
    questions: ['How do I back up my documents', 'OneDrive not syncing', 'Red cross on OneDrive', 'Restore an older version of a file']
  }),
  ...pair('onedrive-share-external', 'collaboration', {
    title: 'Partager un fichier ou un dossier avec une personne extérieure',
    summary: "Depuis OneDrive ou Teams, « Partager » → « Personnes spécifiques » → saisissez l'adresse externe. La personne reçoit un code par mail pour ouvrir le lien.",
    body: `<ol><li>Clic droit sur le fichier → <em>Partager</em>.</li>
<li>Gardez <em>Personnes spécifiques</em> (les liens « Tout le monde » sont désactivés).</li>
<li>Choisissez <em>Peut afficher</em> ou <em>Peut modifier</em>, ajoutez une date d'expiration pour les données sensibles.</li>
<li>Saisissez l'adresse et envoyez.</li></ol>
<p>Le destinataire reçoit un code de vérification à usage unique. Vous pouvez retirer l'accès à tout moment dans <em>Gérer l'accès</em>.</p>`,
    keywords: ['partage', 'onedrive', 'externe', 'lien', 'collaborateur'],
    questions: ['Partager un document avec quelqu\'un hors de l\'université', 'Envoyer un lien OneDrive à un partenaire', 'Mon collègue extérieur ne peut pas ouvrir le lien']
  }, {
    title: 'Share a file or folder with someone outside the university',
    summary: 'From OneDrive or Teams, "Share" → "Specific people" → enter the external address. They get a code by email to open the link.',
    body: `<ol><li>Right-click the file → <em>Share</em>.</li>
<li>Keep <em>Specific people</em> ("Anyone" links are disabled).</li>
<li>Choose <em>Can view</em> or <em>Can edit</em>, and add an expiry date for sensitive data.</li>
<li>Enter the address and send.</li></ol>
<p>The recipient receives a one-time verification code. You can remove access at any time in <em>Manage access</em>.</p>`,
    keywords: ['sharing', 'onedrive', 'external', 'link', 'partner'],
    questions: ['Share a document with someone outside the university', 'Send a OneDrive link to a partner', 'External colleague cannot open my link']
  }),
  ...pair('sharepoint-project-site', 'collaboration', {
    title: 'Demander un espace de travail partagé pour un projet',
    summary: "Pour un projet ou un laboratoire, créez une équipe Teams (elle inclut un site SharePoint et un bloc-notes). Au-delà de 25 personnes ou pour un site public, faites une demande.",
    body: `<ul><li><strong>Petit groupe</strong> : dans Teams, <em>Rejoindre ou créer une équipe</em> → <em>Créer une équipe</em> → type « Autre ». Vous en êtes propriétaire.</li>
<li><strong>Grand projet, site de communication, accès de partenaires nombreux</strong> : demande « Messagerie et collaboration » avec le nom du projet, les propriétaires (deux au minimum) et la durée.</li></ul>
<p>Nommez l'équipe avec le préfixe de votre composante (<code>LETTRES-</code>, <code>SCIENCES-</code>) pour qu'on la retrouve, et nommez un second propriétaire pour les absences.</p>`,
    keywords: ['sharepoint', 'site', 'espace projet', 'équipe', 'laboratoire', 'collaboration'],
    questions: ['Créer un site SharePoint pour mon labo', 'Espace partagé pour un projet de recherche', 'Comment créer une équipe Teams']
  }, {
    title: 'Request a shared workspace for a project',
    summary: 'For a project or a lab, create a Teams team (it comes with a SharePoint site and a notebook). Beyond 25 people or for a public site, file a request.',
    body: `<ul><li><strong>Small group</strong>: in Teams, <em>Join or create a team</em> → <em>Create team</em> → "Other". You own it.</li>
<li><strong>Large project, communication site, many partners</strong>: file an "Email and collaboration" request with the project name, owners (at least two) and duration.</li></ul>
<p>Prefix the team name with your faculty (<code>LETTRES-</code>, <code>SCIENCES-</code>) so it can be found, and name a second owner for absences.</p>`,
    keywords: ['sharepoint', 'site', 'project space', 'team', 'lab', 'collaboration'],
    questions: ['Create a SharePoint site for my lab', 'Shared space for a research project', 'How do I create a team in Teams']
  }),
  ...single('teams-external-chat', 'teams', 'fr', {
    title: 'Discuter sur Teams avec une personne d\'une autre organisation',
    summary: "La conversation externe fonctionne avec les autres établissements et entreprises sous Microsoft 365 : recherchez leur adresse mail complète dans la barre de recherche de Teams.",
    body: `<p>Tapez l'adresse complète (<code>prenom.nom@autre-univ.fr</code>) dans la recherche, puis <em>Rechercher en externe</em>. La personne doit accepter la première conversation.</p>
<p>Les comptes Teams personnels (gratuits) ne sont pas autorisés. Pour échanger des fichiers, utilisez un partage OneDrive ou invitez la personne dans une équipe comme invitée.</p>`,
    keywords: ['teams', 'externe', 'chat', 'conversation', 'partenaire'],
    questions: ['Écrire sur Teams à quelqu\'un d\'une autre fac', 'Je ne trouve pas un contact extérieur dans Teams', 'Chat Teams avec une entreprise']
  })
];
