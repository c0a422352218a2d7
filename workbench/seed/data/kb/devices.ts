/** Knowledge base: computers, loans, rooms and lecture halls. */
import { KbArticle, pair, single } from './types';

/** Device and room articles. */
export const KB_DEVICES: KbArticle[] = [
  ...pair('laptop-loan', 'workstation', {
    title: 'Emprunter un ordinateur portable',
    summary: "Les bibliothèques prêtent des ordinateurs portables pour la journée (sur place) ou pour 15 jours (boursiers, examens). Présentez votre carte étudiant à l'accueil.",
    body: `<ul><li><strong>Prêt à la journée</strong> : à l'accueil de la BU, avec votre carte ; à rendre avant la fermeture.</li>
<li><strong>Prêt longue durée</strong> (15 jours, renouvelable une fois) : réservé aux boursiers et aux étudiants sans ordinateur pour un examen en ligne ; réservez sur bu.univ-exemple.fr → <em>Prêt de matériel</em>.</li></ul>
<p>Les portables sont réinitialisés à chaque retour : enregistrez vos fichiers dans OneDrive. Un retard bloque vos emprunts de livres ; une panne se signale à l'accueil, pas par demande.</p>`,
    keywords: ['prêt', 'ordinateur portable', 'emprunter', 'pc', 'bibliothèque', 'matériel'],
    questions: ['Je n\'ai pas d\'ordinateur pour mon examen', 'Emprunter un PC portable à la BU', 'Prêt d\'ordinateur pour les étudiants', 'La fac prête-t-elle des ordis ?']
  }, {
    title: 'Borrow a laptop',
    summary: 'The libraries lend laptops for the day (on site) or for 15 days (grant holders, exams). Show your student card at the desk.',
    body: `<ul><li><strong>Day loan</strong>: at the library desk, with your card; return before closing.</li>
<li><strong>Long loan</strong> (15 days, renewable once): for grant holders and students without a computer for an online exam; book at bu.univ-exemple.fr → <em>Equipment loans</em>.</li></ul>
<p>Laptops are wiped on return: save your files in OneDrive. Late returns block book loans; report faults at the desk.</p>`,
    keywords: ['loan', 'laptop', 'borrow', 'computer', 'library', 'equipment'],
    questions: ['I don\'t have a computer for my exam', 'Borrow a laptop from the library', 'Laptop loans for students', 'Does the uni lend computers?']
  }),
  ...pair('lecture-capture', 'rooms', {
    title: 'Enregistrer son cours en amphithéâtre (captation)',
    summary: "Les amphis équipés enregistrent automatiquement la voix, l'écran projeté et la caméra si le cours est programmé dans le planning de captation. Sinon, lancez l'enregistrement au pupitre.",
    body: `<ol><li>Demandez la captation sur l'intranet (<em>Captation de cours</em>) au moins 48 h avant : l'enregistrement démarre et s'arrête tout seul.</li>
<li>Pour un enregistrement ponctuel, appuyez sur <strong>REC</strong> sur l'écran tactile du pupitre ; le voyant rouge s'allume.</li>
<li>Portez le micro-cravate : le micro du pupitre capte mal si vous vous déplacez.</li></ol>
<p>La vidéo est publiée dans votre cours Moodle (bloc <em>Vidéos</em>) dans les 2 heures, non visible des étudiants tant que vous ne l'avez pas publiée.</p>`,
    keywords: ['captation', 'enregistrement', 'amphi', 'vidéo', 'cours', 'podcast'],
    questions: ['Comment filmer mon cours en amphi', 'Enregistrer un cours magistral', 'Où est la vidéo de mon cours enregistré ?']
  }, {
    title: 'Record your lecture in a lecture hall (lecture capture)',
    summary: 'Equipped halls record voice, projected screen and camera automatically if the lecture is in the capture schedule. Otherwise start recording at the lectern.',
    body: `<ol><li>Request capture on the intranet (<em>Lecture capture</em>) at least 48 hours ahead: recording starts and stops by itself.</li>
<li>For a one-off, press <strong>REC</strong> on the lectern touch screen; the red light comes on.</li>
<li>Wear the lapel microphone: the lectern mic picks up poorly if you move around.</li></ol>
<p>The video appears in your Moodle course (<em>Videos</em> block) within 2 hours, hidden from students until you publish it.</p>`,
    keywords: ['lecture capture', 'recording', 'lecture hall', 'video', 'podcast'],
    questions: ['How to film my lecture', 'Record a lecture in the amphitheatre', 'Where is my recorded lecture video?']
  }),
  ...pair('lecture-hall-sound', 'rooms', {
    title: 'Pas de son dans l\'amphi : micro ou sonorisation en panne',
    summary: "Allumez le système au pupitre (bouton Marche), vérifiez que le micro-cravate est chargé et non coupé (mute), montez le volume sur l'écran tactile. Si rien ne marche, appelez le poste 4444.",
    body: `<ol><li>Écran tactile du pupitre : <em>Marche</em>, puis <em>Audio</em>.</li>
<li>Micro-cravate : interrupteur sur <em>ON</em>, voyant vert ; s'il clignote rouge, prenez le micro de rechange dans le tiroir (chargé).</li>
<li>Son de l'ordinateur (vidéo) : sélectionnez la sortie <em>HDMI</em> ou <em>Pupitre</em> dans Windows.</li>
<li>Larsen : éloignez-vous des enceintes et baissez le volume du micro.</li></ol>
<p>Pendant un cours, appelez l'assistance audiovisuelle au <strong>4444</strong> : un technicien passe dans les 15 minutes. Après le cours, déclarez l'incident pour la réparation.</p>`,
    keywords: ['micro', 'son', 'sonorisation', 'amphi', 'audio', 'haut-parleur', 'larsen'],
    questions: ['Le micro de l\'amphi ne marche pas', 'Pas de son en amphi', 'Les étudiants ne m\'entendent pas au fond', 'Micro-cravate en panne']
  }, {
    title: 'No sound in the lecture hall: microphone or PA not working',
    summary: 'Switch the system on at the lectern (Power), check the lapel mic is charged and not muted, raise the volume on the touch screen. If nothing works, call extension 4444.',
    body: `<ol><li>Lectern touch screen: <em>Power</em>, then <em>Audio</em>.</li>
<li>Lapel mic: switch <em>ON</em>, green light; if it blinks red, take the charged spare from the drawer.</li>
<li>Computer sound (video): pick the <em>HDMI</em> or <em>Lectern</em> output in Windows.</li>
<li>Feedback howl: move away from the speakers and lower the mic volume.</li></ol>
<p>During a class, call AV support on <strong>4444</strong>: a technician comes within 15 minutes. Afterwards, report the incident for repair.</p>`,
    keywords: ['microphone', 'sound', 'pa system', 'lecture hall', 'audio', 'speakers'],
    questions: ['Lecture hall mic not working', 'No sound in the amphitheatre', 'Students at the back can\'t hear me', 'Lapel microphone broken']
  }),
  ...pair('computer-room-session', 'workstation', {
    title: 'Postes des salles informatiques : session, fichiers et logiciels',
    summary: "Connectez-vous avec votre identifiant universitaire. Tout ce qui est enregistré sur le bureau ou dans C: est effacé à la déconnexion : travaillez dans OneDrive ou sur votre lecteur P:.",
    body: `<ul><li>Première connexion sur un poste : 2 à 3 minutes, le temps de préparer votre profil.</li>
<li>Enregistrez dans <strong>OneDrive</strong> ou <strong>P:</strong> ; le bureau et les téléchargements sont vidés à la fermeture de session.</li>
<li>Logiciels installés : menu Démarrer → <em>Centre logiciel</em> ; la liste par salle est sur l'intranet.</li>
<li>Verrouillez la session (Windows + L) si vous vous absentez ; elle se ferme seule après 20 minutes d'inactivité.</li></ul>
<p>Poste bloqué ou très lent : redémarrez-le, puis signalez son numéro (étiquette sur l'écran) s'il ne repart pas.</p>`,
    keywords: ['salle informatique', 'salle tp', 'session', 'poste', 'fichiers perdus', 'profil'],
    questions: ['J\'ai perdu mon fichier sur un ordi de la salle info', 'Se connecter sur un PC de la fac', 'Où enregistrer mes fichiers en salle TP', 'Logiciel manquant en salle informatique']
  }, {
    title: 'Computer room PCs: sign-in, files and software',
    summary: 'Sign in with your university username. Anything saved on the desktop or C: is wiped when you sign out: work in OneDrive or your P: drive.',
    body: `<ul><li>First sign-in on a PC: 2 to 3 minutes while your profile is prepared.</li>
<li>Save to <strong>OneDrive</strong> or <strong>P:</strong>; desktop and downloads are cleared at sign-out.</li>
<li>Installed software: Start menu → <em>Software Center</em>; the list per room is on the intranet.</li>
<li>Lock the session (Windows + L) when you step away; it signs out after 20 minutes idle.</li></ul>`,
    keywords: ['computer room', 'lab', 'session', 'pc', 'lost files', 'profile'],
    questions: ['I lost my file on a computer room PC', 'Log in to a university computer', 'Where to save files in the lab', 'Software missing in computer room']
  }),
  ...pair('slow-computer', 'workstation', {
    title: 'Mon ordinateur professionnel est lent',
    summary: "Redémarrez (et non « mettre en veille ») au moins une fois par semaine pour installer les mises à jour, libérez de l'espace disque et fermez les onglets inutiles. Un poste de plus de 6 ans peut être remplacé.",
    body: `<ol><li><strong>Redémarrez</strong> : beaucoup de lenteurs viennent de mises à jour en attente.</li>
<li>Espace disque : il faut au moins 15 % libres. Videz Téléchargements et la corbeille ; activez les fichiers à la demande de OneDrive.</li>
<li>Gestionnaire des tâches (Ctrl + Maj + Échap) : repérez l'application qui utilise le processeur ou la mémoire.</li>
<li>Navigateur : 40 onglets ouverts consomment plusieurs Go de mémoire.</li></ol>
<p>Toujours lent ? Déposez une demande « Poste de travail » avec le numéro d'inventaire (étiquette <code>INV-</code>). Les postes de plus de 6 ans sont renouvelés selon le plan annuel.</p>`,
    keywords: ['lent', 'lenteur', 'ordinateur', 'pc', 'mises à jour', 'performances'],
    questions: ['Mon PC rame', 'L\'ordinateur est très lent au démarrage', 'Windows met des heures à démarrer', 'Remplacer mon vieil ordinateur']
  }, {
    title: 'My work computer is slow',
    summary: 'Restart (not just sleep) at least weekly to install updates, free disk space and close unused tabs. Computers over 6 years old can be replaced.',
    body: `<ol><li><strong>Restart</strong>: many slowdowns come from pending updates.</li>
<li>Disk space: keep at least 15% free. Empty Downloads and the recycle bin; turn on OneDrive Files On-Demand.</li>
<li>Task Manager (Ctrl + Shift + Esc): find the app using CPU or memory.</li>
<li>Browser: 40 open tabs use several GB of memory.</li></ol>
<p>Still slow? File a "Computer and laptop" request with the asset number (<code>INV-</code> label).</p>`,
    keywords: ['slow', 'computer', 'pc', 'updates', 'performance'],
    questions: ['My PC is so slow', 'Computer takes ages to start', 'Windows very slow at startup', 'Replace my old computer']
  }),
  ...pair('lost-stolen-device', 'workstation', {
    title: 'Perte ou vol d\'un ordinateur ou d\'un téléphone professionnel',
    summary: "Signalez-le immédiatement à l'assistance : nous bloquons l'appareil et son accès aux données. Changez votre mot de passe et déposez plainte pour un vol.",
    body: `<ol><li>Déposez une demande urgente « Poste de travail » ou appelez l'assistance : l'appareil est verrouillé et effacé à distance dès qu'il se connecte.</li>
<li>Changez votre mot de passe universitaire.</li>
<li>Vol : déposez plainte (commissariat ou pré-plainte en ligne) et transmettez le récépissé à votre service.</li>
<li>Si l'appareil contenait des données personnelles d'étudiants ou de patients, prévenez aussi le délégué à la protection des données : une violation doit être déclarée sous 72 h.</li></ol>
<p>Les ordinateurs de l'université sont chiffrés : sans votre mot de passe, les données ne sont pas lisibles.</p>`,
    keywords: ['vol', 'perte', 'ordinateur volé', 'téléphone perdu', 'sécurité', 'données'],
    questions: ['On m\'a volé mon ordinateur portable du travail', 'J\'ai perdu mon téléphone pro', 'Que faire en cas de vol de PC']
  }, {
    title: 'Lost or stolen work laptop or phone',
    summary: 'Report it to the help desk at once: we lock the device and its access to data. Change your password and report a theft to the police.',
    body: `<ol><li>File an urgent "Computer and laptop" request or call the help desk: the device is locked and wiped remotely as soon as it connects.</li>
<li>Change your university password.</li>
<li>Theft: report it to the police and send the receipt to your department.</li>
<li>If it held personal data of students or patients, also tell the data protection officer: a breach must be declared within 72 hours.</li></ol>`,
    keywords: ['theft', 'stolen', 'lost laptop', 'lost phone', 'security', 'data'],
    questions: ['My work laptop was stolen', 'I lost my work phone', 'What to do if my PC is stolen']
  }),
  ...single('usb-drive-not-recognised', 'workstation', 'fr', {
    title: 'Clé USB non reconnue ou bloquée',
    summary: "Sur les postes de l'université, les clés USB sont autorisées mais analysées. Une clé non reconnue : essayez un autre port, puis « Éjecter » proprement. Préférez OneDrive pour vos fichiers.",
    body: `<ul><li>Branchez la clé directement sur l'unité centrale plutôt que sur le clavier ou l'écran.</li>
<li>Message « Analyse en cours » : attendez la fin de l'analyse antivirus.</li>
<li>« Vous devez formater le disque » : ne formatez pas ! Essayez sur un autre ordinateur ; la clé est peut-être endommagée.</li>
<li>Disques de plus de 2 To ou formatés pour Mac (APFS) : non lisibles sous Windows.</li></ul>`,
    keywords: ['clé usb', 'usb', 'disque externe', 'non reconnu', 'périphérique'],
    questions: ['Ma clé USB ne s\'affiche pas', 'Le PC ne reconnaît pas ma clé', 'Windows veut formater ma clé USB']
  }),
  ...single('new-staff-equipment', 'workstation', 'fr', {
    title: 'Équiper un nouvel arrivant (personnel)',
    summary: "Le responsable du service demande le poste, le téléphone et les accès au moins 10 jours avant l'arrivée, via une demande « Poste de travail » avec la date d'arrivée et le bureau.",
    body: `<ol><li>La DRH crée le dossier : le compte numérique est généré automatiquement la veille de l'arrivée.</li>
<li>Le responsable dépose une demande précisant : date, bureau, portable ou fixe, téléphone, logiciels métier, dossiers partagés et boîtes partagées.</li>
<li>Le jour J, le poste est prêt sur le bureau ; le nouvel arrivant active son compte et sa double authentification avec l'assistance.</li></ol>
<p>Le matériel d'un agent qui part est restitué au service, pas transmis directement au suivant : il doit être réinitialisé.</p>`,
    keywords: ['nouvel arrivant', 'accueil', 'recrutement', 'poste', 'équipement', 'onboarding'],
    questions: ['Un collègue arrive lundi, comment lui avoir un PC', 'Préparer l\'arrivée d\'un nouveau personnel', 'Demander un ordinateur pour un stagiaire']
  }),
  ...single('room-booking-equipment', 'rooms', 'en', {
    title: 'Book a room with video-conferencing equipment',
    summary: 'Rooms with a Teams Room kit (camera, ceiling mic, screen) are booked like any room in Outlook: add the room as an attendee and the Teams meeting starts from the room console.',
    body: `<ol><li>In Outlook, create a Teams meeting and click <em>Room finder</em>; filter on "Video conferencing".</li>
<li>Add the room; it accepts automatically if free.</li>
<li>In the room, tap <em>Join</em> on the console: camera and microphones switch on.</li></ol>
<p>Need a hybrid thesis defence or a jury with remote members? Ask the AV team a week ahead for on-site help.</p>`,
    keywords: ['room booking', 'video conferencing', 'teams room', 'hybrid', 'meeting room'],
    questions: ['Book a meeting room with a camera', 'Hybrid meeting room', 'How to use the Teams room console']
  })
];
