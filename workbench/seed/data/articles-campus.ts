/** Articles about the campus: eduroam, printing, classroom equipment, incidents, Microsoft 365. */
import type { ArticlePairSeed } from './articles';

/** Campus and equipment articles. */
export const CAMPUS_ARTICLES: ArticlePairSeed[] = [
  {
    key: 'eduroam', category: 'wifi', kind: 'howto', owner: 'marc', reviewInDays: 75,
    stats: { fr: [2104, 188, 23], en: [690, 74, 6] },
    fr: {
      title: 'Se connecter au Wi-Fi eduroam',
      summary: 'Sur le campus, connectez-vous au réseau eduroam avec votre adresse complète prenom.nom@univ-exemple.fr et votre mot de passe universitaire. Installez le profil geteduroam pour une configuration automatique.',
      body: `<h2>Configuration automatique (recommandée)</h2>
<ol>
<li>Installez l'application <strong>geteduroam</strong> (Windows, macOS, Android, iOS).</li>
<li>Choisissez <em>Université Exemple</em> dans la liste des établissements.</li>
<li>Saisissez votre identifiant complet <strong>prenom.nom@univ-exemple.fr</strong> et votre mot de passe.</li>
</ol>
<h2>Configuration manuelle</h2>
<ul>
<li>Réseau : <strong>eduroam</strong> — sécurité WPA2/WPA3 Entreprise, méthode PEAP, MSCHAPv2.</li>
<li>Certificat : <code>radius.univ-exemple.fr</code> (ne choisissez pas « Ne pas valider »).</li>
<li>Identité : votre adresse complète, pas seulement prenom.nom.</li>
</ul>
<h2>Ça ne se connecte pas ?</h2>
<ul>
<li>Mot de passe changé récemment : « oubliez » le réseau eduroam et reconnectez-vous (le nouveau mot de passe peut mettre 15 minutes à être pris en compte).</li>
<li>Connecté mais sans Internet dans un seul bâtiment : regardez les annonces du centre d'aide, un incident est peut-être en cours.</li>
<li>Invités : utilisez le réseau <strong>UE-Invités</strong> avec le code remis par l'accueil.</li>
</ul>
<p>eduroam fonctionne aussi dans les autres universités et de nombreuses gares et bibliothèques, en France et à l'étranger.</p>`,
      keywords: ['wifi', 'wi-fi', 'eduroam', 'réseau sans fil', 'connexion', 'geteduroam', 'internet'],
      questions: ['Je n\'arrive pas à me connecter au wifi', 'Configurer eduroam sur Android', 'Le Wi-Fi ne marche pas dans le bâtiment B', 'Quel identifiant pour eduroam ?', 'Wi-Fi pour un invité']
    },
    en: {
      title: 'Connect to eduroam Wi-Fi',
      summary: 'On campus, connect to the eduroam network with your full address firstname.lastname@univ-exemple.fr and your university password. Install the geteduroam profile for automatic setup.',
      body: `<h2>Automatic setup (recommended)</h2>
<ol>
<li>Install the <strong>geteduroam</strong> app (Windows, macOS, Android, iOS).</li>
<li>Pick <em>Université Exemple</em> from the list of institutions.</li>
<li>Enter your full username <strong>firstname.lastname@univ-exemple.fr</strong> and your password.</li>
</ol>
<h2>Manual setup</h2>
<ul>
<li>Network: <strong>eduroam</strong> — WPA2/WPA3 Enterprise, PEAP, MSCHAPv2.</li>
<li>Certificate: <code>radius.univ-exemple.fr</code> (do not choose "Do not validate").</li>
<li>Identity: your full address, not just firstname.lastname.</li>
</ul>
<h2>Not connecting?</h2>
<ul>
<li>Recently changed password: "forget" the eduroam network and connect again (the new password can take 15 minutes to apply).</li>
<li>Connected but no Internet in one building only: check the help center announcements, there may be an ongoing incident.</li>
<li>Guests: use the <strong>UE-Invités</strong> network with the code given at reception.</li>
</ul>
<p>eduroam also works at other universities and in many stations and libraries, in France and abroad.</p>`,
      keywords: ['wifi', 'wi-fi', 'eduroam', 'wireless', 'connection', 'geteduroam', 'internet'],
      questions: ['I can\'t connect to the wifi', 'Set up eduroam on Android', 'Wi-Fi not working in building B', 'Which username for eduroam?', 'Wi-Fi for a guest']
    }
  },
  {
    key: 'printing', category: 'printing', kind: 'howto', owner: 'nadia', reviewInDays: 30,
    stats: { fr: [1320, 118, 19], en: [301, 30, 4] },
    fr: {
      title: 'Imprimer depuis son ordinateur portable (impression sécurisée)',
      summary: 'Envoyez vos documents sur print.univ-exemple.fr (ou la file « UE-Impression »), puis badgez avec votre carte sur n\'importe quel copieur du campus pour les libérer. Les travaux sont conservés 24 heures.',
      body: `<h2>Envoyer un document</h2>
<ul>
<li><strong>Depuis n'importe quel appareil</strong> : connectez-vous sur <strong>print.univ-exemple.fr</strong> et déposez un PDF, un document Word ou une image.</li>
<li><strong>Depuis un poste du campus</strong> : imprimez sur la file <em>UE-Impression</em>.</li>
</ul>
<h2>Récupérer ses impressions</h2>
<ol>
<li>Présentez votre carte étudiant ou professionnelle sur le lecteur du copieur (A012, C001 et chaque étage).</li>
<li>Sélectionnez vos travaux puis <em>Imprimer</em>. Vos documents attendent 24 heures.</li>
</ol>
<h2>Crédit et tarifs</h2>
<p>Chaque étudiant dispose de 200 pages A4 noir et blanc par semestre ; la recharge se fait en ligne sur le même site. Le recto verso compte pour une page et demie.</p>
<h2>Problèmes fréquents</h2>
<ul>
<li><strong>Carte non reconnue</strong> : associez-la une fois en saisissant votre identifiant sur l'écran du copieur.</li>
<li><strong>Bourrage ou toner vide</strong> : déclarez un incident en choisissant la salle et l'imprimante concernées.</li>
</ul>`,
      keywords: ['impression', 'imprimante', 'copieur', 'imprimer', 'badge', 'carte', 'crédit d\'impression', 'papercut'],
      questions: ['Comment imprimer depuis mon portable ?', 'Ma carte ne marche pas sur le copieur', 'Où récupérer mes impressions ?', 'Recharger mon crédit d\'impression', 'L\'imprimante de la BU est en panne']
    },
    en: {
      title: 'Print from your laptop (secure printing)',
      summary: 'Send your documents to print.univ-exemple.fr (or the "UE-Impression" queue), then tap your card on any campus copier to release them. Jobs are kept for 24 hours.',
      body: `<h2>Sending a document</h2>
<ul>
<li><strong>From any device</strong>: sign in at <strong>print.univ-exemple.fr</strong> and upload a PDF, Word document or image.</li>
<li><strong>From a campus computer</strong>: print to the <em>UE-Impression</em> queue.</li>
</ul>
<h2>Collecting your prints</h2>
<ol>
<li>Tap your student or staff card on the copier's reader (A012, C001 and every floor).</li>
<li>Select your jobs, then <em>Print</em>. Your documents wait for 24 hours.</li>
</ol>
<h2>Credit and prices</h2>
<p>Every student has 200 black-and-white A4 pages per semester; top up online on the same site. Double-sided counts as one and a half pages.</p>
<h2>Common problems</h2>
<ul>
<li><strong>Card not recognised</strong>: link it once by entering your username on the copier's screen.</li>
<li><strong>Paper jam or empty toner</strong>: report an incident, choosing the room and the printer.</li>
</ul>`,
      keywords: ['printing', 'printer', 'copier', 'print', 'card', 'print credit', 'papercut'],
      questions: ['How do I print from my laptop?', 'My card doesn\'t work on the copier', 'Where do I collect my prints?', 'Top up my print credit', 'The library printer is broken']
    }
  },
  {
    key: 'classroom-av', category: 'rooms', kind: 'howto', owner: 'marc', reviewInDays: 130,
    stats: { fr: [640, 72, 6], en: [88, 9, 1] },
    fr: {
      title: 'Utiliser le vidéoprojecteur et le TBI en salle de cours',
      summary: 'Allumez le PC enseignant et le vidéoprojecteur depuis le boîtier mural, choisissez la source (PC ou HDMI). Pour le TBI, lancez « Calibrer » si le stylet ne tombe pas au bon endroit.',
      body: `<h2>Vidéoprojecteur</h2>
<ol>
<li>Appuyez sur <strong>Marche</strong> sur le boîtier mural ; le vidéoprojecteur chauffe environ 30 secondes.</li>
<li>Choisissez la source : <strong>PC</strong> (poste enseignant) ou <strong>HDMI</strong> (votre portable, câble sur le bureau ; adaptateurs USB-C à l'accueil du bâtiment).</li>
<li>Écran noir avec un portable : appuyez sur <kbd>Windows</kbd> + <kbd>P</kbd> et choisissez <em>Dupliquer</em>.</li>
</ol>
<h2>TBI (tableau blanc interactif)</h2>
<ul>
<li>Le TBI fonctionne avec le PC enseignant et le logiciel OpenBoard (icône sur le bureau).</li>
<li>Si le stylet écrit à côté : menu OpenBoard → <em>Calibrer</em>, puis touchez les cibles.</li>
<li>Stylet sans effet : vérifiez le câble USB du tableau, changez la pile du stylet (réserve dans le tiroir).</li>
</ul>
<h2>Toujours en panne ?</h2>
<p>Déclarez un incident <em>Salles et équipements</em> en choisissant la salle et l'équipement : l'équipe intervient en priorité sur les salles où un cours a lieu dans la journée.</p>`,
      keywords: ['vidéoprojecteur', 'projecteur', 'tbi', 'tableau blanc interactif', 'hdmi', 'openboard', 'salle', 'pc enseignant'],
      questions: ['Le vidéoprojecteur n\'affiche rien', 'Comment brancher mon portable au projecteur ?', 'Le stylet du TBI écrit à côté', 'Pas d\'image en salle B204']
    },
    en: {
      title: 'Using the projector and interactive whiteboard in a classroom',
      summary: 'Turn on the teacher PC and the projector from the wall panel and pick the source (PC or HDMI). For the interactive whiteboard, run "Calibrate" if the pen lands in the wrong place.',
      body: `<h2>Projector</h2>
<ol>
<li>Press <strong>On</strong> on the wall panel; the projector warms up for about 30 seconds.</li>
<li>Pick the source: <strong>PC</strong> (teacher computer) or <strong>HDMI</strong> (your laptop, cable on the desk; USB-C adapters at the building's reception).</li>
<li>Black screen with a laptop: press <kbd>Windows</kbd> + <kbd>P</kbd> and choose <em>Duplicate</em>.</li>
</ol>
<h2>Interactive whiteboard</h2>
<ul>
<li>The whiteboard works with the teacher PC and the OpenBoard software (icon on the desktop).</li>
<li>If the pen writes off target: OpenBoard menu → <em>Calibrate</em>, then touch the targets.</li>
<li>Pen does nothing: check the board's USB cable, change the pen battery (spares in the drawer).</li>
</ul>
<h2>Still broken?</h2>
<p>Report a <em>Rooms and equipment</em> incident, choosing the room and the equipment: the team gives priority to rooms with a class later that day.</p>`,
      keywords: ['projector', 'interactive whiteboard', 'hdmi', 'openboard', 'classroom', 'teacher pc'],
      questions: ['The projector shows nothing', 'How do I connect my laptop to the projector?', 'The whiteboard pen writes off target', 'No picture in room B204']
    }
  },
  {
    key: 'report-incident', category: 'rooms', kind: 'faq', owner: 'philippe', reviewInDays: 300,
    stats: { fr: [410, 51, 2], en: [64, 7, 0] },
    fr: {
      title: 'Déclarer un incident sur un équipement de salle',
      summary: 'Fini le cahier de suivi : déclarez l\'incident en ligne en choisissant la salle, l\'équipement, le type d\'incident et la nature de l\'intervention. Vous êtes informé à chaque changement d\'état.',
      body: `<h2>Pourquoi déclarer en ligne ?</h2>
<p>Une demande enregistrée n'est jamais perdue : elle est visible par toute l'équipe, le plus disponible la prend en charge, et vous suivez son avancement. Les signalements oraux en salle des professeurs ou sur le cahier d'intervention ne sont plus suivis.</p>
<h2>Remplir la demande</h2>
<ol>
<li>Catégorie <strong>Salles et équipements</strong>.</li>
<li><strong>Salle</strong> puis <strong>équipement</strong> (vidéoprojecteur, TBI, PC enseignant, imprimante…). Pour le Wi-Fi, le site web ou l'ENT, choisissez le service.</li>
<li><strong>Type d'incident</strong> : logiciel, matériel, connexion internet, TBI, Wi-Fi, autre.</li>
<li><strong>Nature de l'intervention</strong> : dysfonctionnement, installation, mise à jour, réparation, changement.</li>
<li>Décrivez ce que vous avez constaté et, si possible, joignez une photo.</li>
</ol>
<h2>Ensuite</h2>
<p>Vous recevez un accusé de réception, puis un message à chaque étape : prise en charge, en cours de résolution, résolue ou close sans suite.</p>`,
      keywords: ['incident', 'panne', 'déclarer', 'salle', 'équipement', 'maintenance', 'cahier de suivi'],
      questions: ['Comment signaler une panne en salle ?', 'À qui signaler un projecteur en panne ?', 'Demande de maintenance d\'un équipement', 'Installer un logiciel sur le PC d\'une salle']
    },
    en: {
      title: 'Report an equipment incident in a room',
      summary: 'No more logbook: report the incident online, choosing the room, the equipment, the incident type and the kind of intervention. You are informed at every status change.',
      body: `<h2>Why report online?</h2>
<p>A recorded request is never lost: the whole team sees it, whoever is available takes it in charge, and you follow its progress. Reports made by word of mouth in the staff room or in the logbook are no longer followed up.</p>
<h2>Filling in the request</h2>
<ol>
<li>Category <strong>Rooms and equipment</strong>.</li>
<li><strong>Room</strong>, then <strong>equipment</strong> (projector, interactive whiteboard, teacher PC, printer…). For Wi-Fi, the website or the ENT, choose the service.</li>
<li><strong>Incident type</strong>: software, hardware, internet connection, whiteboard, Wi-Fi, other.</li>
<li><strong>Intervention</strong>: malfunction, installation, update, repair, replacement.</li>
<li>Describe what you saw and, if you can, attach a photo.</li>
</ol>
<h2>Next</h2>
<p>You get an acknowledgement, then a message at each step: taken in charge, being resolved, resolved, or closed with no follow-up.</p>`,
      keywords: ['incident', 'fault', 'report', 'room', 'equipment', 'maintenance', 'logbook'],
      questions: ['How do I report a fault in a room?', 'Who do I tell about a broken projector?', 'Equipment maintenance request', 'Install software on a classroom PC']
    }
  },
  {
    key: 'office-install', category: 'software', kind: 'howto', owner: 'nadia', reviewInDays: 210,
    stats: { fr: [990, 104, 4], en: [340, 39, 2] },
    fr: {
      title: 'Installer Microsoft 365 (Word, Excel, PowerPoint) gratuitement',
      summary: 'Étudiants et personnels peuvent installer Microsoft 365 sur 5 ordinateurs et 5 mobiles : connectez-vous sur office.com avec votre compte universitaire et choisissez « Installer les applications ».',
      body: `<h2>Installation</h2>
<ol>
<li>Connectez-vous sur <strong>office.com</strong> avec <strong>prenom.nom@univ-exemple.fr</strong>.</li>
<li>Cliquez sur <strong>Installer les applications</strong> → <em>Applications Microsoft 365</em>.</li>
<li>Lancez le fichier téléchargé ; à la première ouverture de Word, connectez-vous avec le même compte pour activer la licence.</li>
</ol>
<h2>Bon à savoir</h2>
<ul>
<li>La licence est valable tant que vous êtes inscrit ou en poste ; elle passe en lecture seule 30 jours après votre départ.</li>
<li>Vous disposez d'1 To d'espace OneDrive : enregistrez-y vos travaux plutôt que sur une clé USB.</li>
<li>Les autres logiciels sous licence (MATLAB, SPSS, ArcGIS) sont listés dans le catalogue logiciels de l'ENT ; certains demandent le VPN.</li>
</ul>
<h2>Message « Produit sans licence »</h2>
<p>Fichier → Compte → <em>Se déconnecter</em>, puis reconnectez-vous avec votre compte universitaire (et non un compte personnel Microsoft).</p>`,
      keywords: ['office', 'microsoft 365', 'word', 'excel', 'powerpoint', 'licence', 'installation', 'onedrive'],
      questions: ['Comment avoir Word gratuitement ?', 'Installer Office sur mon ordinateur', 'Word indique « produit sans licence »', 'Licence Microsoft 365 étudiant']
    },
    en: {
      title: 'Install Microsoft 365 (Word, Excel, PowerPoint) for free',
      summary: 'Students and staff can install Microsoft 365 on 5 computers and 5 mobile devices: sign in at office.com with your university account and choose "Install apps".',
      body: `<h2>Installation</h2>
<ol>
<li>Sign in at <strong>office.com</strong> with <strong>firstname.lastname@univ-exemple.fr</strong>.</li>
<li>Click <strong>Install apps</strong> → <em>Microsoft 365 apps</em>.</li>
<li>Run the downloaded file; when you first open Word, sign in with the same account to activate the licence.</li>
</ol>
<h2>Good to know</h2>
<ul>
<li>The licence lasts as long as you are enrolled or employed; it becomes read-only 30 days after you leave.</li>
<li>You have 1 TB of OneDrive storage: save your work there rather than on a USB stick.</li>
<li>Other licensed software (MATLAB, SPSS, ArcGIS) is listed in the ENT software catalogue; some need the VPN.</li>
</ul>
<h2>"Unlicensed product" message</h2>
<p>File → Account → <em>Sign out</em>, then sign in again with your university account (not a personal Microsoft account).</p>`,
      keywords: ['office', 'microsoft 365', 'word', 'excel', 'powerpoint', 'licence', 'install', 'onedrive'],
      questions: ['How do I get Word for free?', 'Install Office on my computer', 'Word says "unlicensed product"', 'Microsoft 365 student licence']
    }
  }
];
