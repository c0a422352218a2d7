/** IT ticket templates: accounts, MFA, mail, Teams, network, printing, rooms, software, website, evolutions. */
import type { TicketTemplate } from './tickets';

/** Templates handled first by the IT team. */
export const IT_TEMPLATES: TicketTemplate[] = [
  {
    key: 'password-expired', category: 'passwords', kind: 'assistance', audiences: ['student', 'teacher', 'staff'], priorities: ['normal', 'high'],
    channels: ['portal', 'phone', 'phone', 'desk'], article: 'reset-password', weight: 10,
    fr: { subject: 'Mot de passe expiré, impossible de me connecter', description: 'Bonjour, depuis ce matin l\'ENT m\'indique que mon mot de passe a expiré et la page de changement me renvoie une erreur. Je n\'ai plus accès à ma messagerie non plus.', resolution: 'Mot de passe réinitialisé après vérification d\'identité. Le lien de réinitialisation en libre-service a été rappelé pour la prochaine fois.' },
    en: { subject: 'Password expired, can\'t log in', description: 'Hello, since this morning the ENT says my password has expired and the change page gives me an error. I can\'t get into my email either.', resolution: 'Password reset after checking your identity. We sent you the self-service reset link for next time.' }
  },
  {
    key: 'account-locked', category: 'passwords', kind: 'assistance', audiences: ['student', 'staff'], priorities: ['normal'],
    channels: ['phone', 'portal', 'email'], article: 'reset-password', weight: 6,
    fr: { subject: 'Compte bloqué après plusieurs essais', description: 'J\'ai dû me tromper plusieurs fois de mot de passe sur mon téléphone (eduroam) et maintenant mon compte est bloqué partout.', resolution: 'Compte débloqué. Le téléphone essayait l\'ancien mot de passe en boucle sur eduroam : le réseau a été oublié puis reconfiguré.' },
    en: { subject: 'Account locked after several attempts', description: 'My phone must have tried the wrong password several times (eduroam) and now my account is locked everywhere.', resolution: 'Account unlocked. Your phone kept trying the old password on eduroam: we had you forget the network and set it up again.' }
  },
  {
    key: 'mfa-new-phone', category: 'mfa', kind: 'assistance', audiences: ['student', 'teacher', 'staff'], priorities: ['normal', 'high'],
    channels: ['phone', 'portal'], article: 'mfa-new-phone', weight: 8,
    question: { fr: 'Aviez-vous déclaré un numéro de téléphone de secours lors de l\'activation ?', en: 'Did you register a backup phone number when you set it up?' },
    fr: { subject: 'Changement de téléphone : plus de double authentification', description: 'J\'ai changé de téléphone ce week-end et l\'application Authenticator ne contient plus mon compte universitaire. Je ne peux plus valider les connexions à Teams.', resolution: 'Méthodes MFA réinitialisées après vérification d\'identité ; le nouveau téléphone a été enregistré avec vous par téléphone.' },
    en: { subject: 'New phone: MFA no longer works', description: 'I changed my phone at the weekend and the Authenticator app no longer has my university account. I can\'t approve sign-ins to Teams anymore.', resolution: 'MFA methods reset after an identity check; we registered the new phone with you over the phone.' }
  },
  {
    key: 'mfa-enrol', category: 'mfa', kind: 'assistance', audiences: ['teacher', 'staff'], priorities: ['low', 'normal'],
    channels: ['portal', 'email'], article: 'mfa-setup', weight: 4,
    fr: { subject: 'Activation de la double authentification', description: 'Je dois activer la double authentification avant la fin du mois mais je n\'ai pas de smartphone professionnel. Quelles sont les autres possibilités ?', resolution: 'Une clé de sécurité FIDO2 vous a été remise au service informatique (bâtiment A) et enregistrée comme méthode principale.' },
    en: { subject: 'Turning on multi-factor authentication', description: 'I have to turn on MFA before the end of the month but I don\'t have a work smartphone. What are the alternatives?', resolution: 'You collected a FIDO2 security key at the IT office (building A) and we registered it as your main method.' }
  },
  {
    key: 'mailbox-full', category: 'email', kind: 'anomaly', audiences: ['teacher', 'staff'], priorities: ['normal'],
    channels: ['portal', 'email'], weight: 4,
    fr: { subject: 'Boîte aux lettres pleine, je ne reçois plus de mails', description: 'Outlook m\'indique que ma boîte aux lettres est pleine et les étudiants me disent que leurs messages reviennent en erreur.', resolution: 'Archivage en ligne activé sur votre boîte ; les éléments de plus de 2 ans y sont déplacés automatiquement. Quota repassé sous 60 %.' },
    en: { subject: 'Mailbox full, no longer receiving email', description: 'Outlook says my mailbox is full and students tell me their messages bounce.', resolution: 'Online archiving turned on for your mailbox; items older than 2 years move there automatically. Usage is back under 60%.' }
  },
  {
    key: 'mail-phone', category: 'email', kind: 'assistance', audiences: ['student', 'teacher', 'staff'], priorities: ['low', 'normal'],
    channels: ['portal'], article: 'mail-phone', weight: 4,
    fr: { subject: 'Messagerie universitaire sur iPhone', description: 'Je n\'arrive pas à ajouter ma boîte universitaire dans l\'application Mail de mon iPhone, le mot de passe est refusé alors qu\'il marche sur l\'ENT.', resolution: 'Le compte était configuré en IMAP, refusé depuis l\'activation du MFA. Reconfiguré en compte Exchange via l\'application Outlook.' },
    en: { subject: 'University email on iPhone', description: 'I can\'t add my university mailbox to the Mail app on my iPhone; the password is refused although it works on the ENT.', resolution: 'The account was set up as IMAP, which is refused since MFA. Set up again as an Exchange account through the Outlook app.' }
  },
  {
    key: 'teams-share', category: 'teams', kind: 'assistance', audiences: ['teacher'], priorities: ['normal', 'high'],
    channels: ['teams', 'portal'], locations: ['A215', 'C105'], article: 'teams-meeting', weight: 4,
    fr: { subject: 'Impossible de partager mon écran dans Teams', description: 'En cours hybride en {room}, le bouton Partager est grisé sur mon Mac. Les étudiants à distance ne voient pas mes diapositives.', resolution: 'Autorisation « Enregistrement de l\'écran » accordée à Teams dans les réglages de macOS, puis redémarrage de Teams.' },
    en: { subject: 'Can\'t share my screen in Teams', description: 'Teaching a hybrid class in {room}, the Share button is greyed out on my Mac. Remote students can\'t see my slides.', resolution: 'Granted Teams the "Screen Recording" permission in macOS settings, then restarted Teams.' }
  },
  {
    key: 'teams-room-audio', category: 'teams', kind: 'anomaly', audiences: ['teacher', 'staff'], priorities: ['high'],
    channels: ['teams', 'phone'], locations: ['A215-screen', 'C105-screen'], incidentType: 'hardware', severity: 'malfunction',
    escalation: { level: 'L2', chance: 0.5, note: 'Micro de salle non détecté par le PC même après redémarrage. À vérifier sur place : câble USB du DSP ou firmware.' }, weight: 3,
    fr: { subject: 'Visio : les participants à distance ne nous entendent pas', description: 'Lors de la réunion de département, le micro de la salle ({room}) n\'est pas détecté par Teams. Nous avons dû utiliser un téléphone posé sur la table.', resolution: 'Câble USB du boîtier audio remplacé ; micro de salle détecté et testé avec vous en visio.' },
    en: { subject: 'Video call: remote participants can\'t hear us', description: 'During the department meeting, the room microphone ({room}) was not detected by Teams. We had to use a phone on the table.', resolution: 'Replaced the audio unit\'s USB cable; room microphone detected and tested with you on a call.' }
  },
  {
    key: 'eduroam', category: 'wifi', kind: 'assistance', audiences: ['student', 'teacher', 'staff'], priorities: ['normal'],
    channels: ['portal', 'desk', 'phone'], locations: ['wifi'], incidentType: 'wifi', article: 'eduroam', weight: 10,
    question: { fr: 'Quel identifiant saisissez-vous : prenom.nom seul ou l\'adresse complète prenom.nom@univ-exemple.fr ?', en: 'Which username do you type: firstname.lastname alone or the full address firstname.lastname@univ-exemple.fr?' },
    fr: { subject: 'Impossible de me connecter à eduroam', description: 'Mon ordinateur portable trouve le réseau eduroam mais refuse mon identifiant. Sur mon téléphone ça marche.', resolution: 'L\'identifiant était saisi sans le domaine. Profil geteduroam installé : connexion OK.' },
    en: { subject: 'Can\'t connect to eduroam', description: 'My laptop finds the eduroam network but refuses my username. It works on my phone.', resolution: 'The username was typed without the domain. Installed the geteduroam profile: connected.' }
  },
  {
    key: 'wifi-weak', category: 'wifi', kind: 'anomaly', audiences: ['student', 'teacher'], priorities: ['normal', 'high'],
    channels: ['portal'], locations: ['B301', 'C105', 'A101'], incidentType: 'wifi', severity: 'malfunction',
    escalation: { level: 'L2', chance: 0.6, note: 'Borne du couloir saturée aux heures de cours (plus de 80 clients). Demande d\'ajout d\'une borne transmise à l\'équipe réseau.' }, weight: 5,
    fr: { subject: 'Wi-Fi très lent en {room}', description: 'Depuis la rentrée, le Wi-Fi est inutilisable en {room} entre 10h et 12h : les pages ne chargent pas et les vidéos coupent.', resolution: 'Une borne Wi-Fi supplémentaire a été installée dans la salle et la puissance des bornes voisines réajustée.' },
    en: { subject: 'Very slow Wi-Fi in {room}', description: 'Since the start of term the Wi-Fi has been unusable in {room} between 10 am and noon: pages don\'t load and videos cut out.', resolution: 'An additional access point was installed in the room and the neighbouring ones were retuned.' }
  },
  {
    key: 'vpn', category: 'vpn', kind: 'assistance', audiences: ['teacher', 'staff'], priorities: ['normal'],
    channels: ['portal', 'email'], locations: ['vpn'], article: 'vpn', weight: 5,
    fr: { subject: 'VPN : « Gateway not responding »', description: 'En télétravail, GlobalProtect reste bloqué sur « Connexion en cours » puis affiche « Gateway not responding ». J\'ai besoin du lecteur S: pour préparer les jurys.', resolution: 'La box bloquait l\'UDP 443 : passerelle « vpn-tcp » sélectionnée, connexion et accès au lecteur S: vérifiés.' },
    en: { subject: 'VPN: "Gateway not responding"', description: 'Working from home, GlobalProtect hangs on "Connecting" then shows "Gateway not responding". I need the S: drive to prepare the exam boards.', resolution: 'Your router blocked UDP 443: selected the "vpn-tcp" gateway, checked the connection and access to the S: drive.' }
  },
  {
    key: 'printer-jam', category: 'printing', kind: 'anomaly', audiences: ['student', 'teacher', 'staff'], priorities: ['normal'],
    channels: ['portal', 'desk'], locations: ['A012-printer', 'C001-printer'], incidentType: 'hardware', severity: 'repair', article: 'printing', weight: 7,
    fr: { subject: 'Imprimante en panne : bourrage papier', description: 'L\'imprimante ({room}) affiche « Bourrage bac 2 » et plus rien ne sort. Plusieurs étudiants attendent leurs impressions.', resolution: 'Bourrage retiré, rouleau d\'entraînement du bac 2 nettoyé. Intervention du prestataire demandée pour remplacement préventif.' },
    en: { subject: 'Printer out of order: paper jam', description: 'The printer ({room}) says "Jam in tray 2" and nothing comes out. Several students are waiting for their prints.', resolution: 'Jam cleared and tray 2 feed roller cleaned. The vendor will replace it preventively.' }
  },
  {
    key: 'print-card', category: 'printing', kind: 'assistance', audiences: ['student'], priorities: ['low', 'normal'],
    channels: ['desk', 'portal'], locations: ['C001-printer', 'A012-printer'], article: 'printing', weight: 5,
    fr: { subject: 'Ma carte n\'est pas reconnue sur le copieur', description: 'Quand je badge sur le copieur de la BU, il affiche « Carte inconnue ». J\'ai pourtant du crédit.', resolution: 'Carte associée à votre compte depuis la console d\'impression ; les travaux en attente ont pu être libérés.' },
    en: { subject: 'My card isn\'t recognised by the copier', description: 'When I tap my card on the library copier it says "Unknown card". I do have credit.', resolution: 'Linked the card to your account from the print console; your waiting jobs could be released.' }
  },
  {
    key: 'projector', category: 'rooms', kind: 'anomaly', audiences: ['teacher'], priorities: ['high', 'normal'],
    channels: ['portal', 'phone'], locations: ['B204-vp', 'A101-vp'], incidentType: 'hardware', severity: 'repair', article: 'classroom-av',
    escalation: { level: 'L2', chance: 0.4, note: 'Lampe en fin de vie (4 800 h). Commande d\'une lampe de remplacement, projecteur de prêt installé en attendant.' }, weight: 7,
    fr: { subject: 'Vidéoprojecteur sans image ({room})', description: 'Le vidéoprojecteur s\'allume mais n\'affiche rien, ni depuis le PC enseignant ni en HDMI. J\'ai cours dans cette salle demain à 8h.', resolution: 'Lampe remplacée et filtre nettoyé ; image testée depuis le PC et en HDMI.' },
    en: { subject: 'Projector shows no picture ({room})', description: 'The projector turns on but shows nothing, neither from the teacher PC nor over HDMI. I teach in this room tomorrow at 8 am.', resolution: 'Lamp replaced and filter cleaned; tested from the PC and over HDMI.' }
  },
  {
    key: 'whiteboard', category: 'rooms', kind: 'anomaly', audiences: ['teacher'], priorities: ['normal'],
    channels: ['portal'], locations: ['B206-tbi', 'C105-screen'], incidentType: 'whiteboard', severity: 'malfunction', article: 'classroom-av', weight: 5,
    fr: { subject: 'Le TBI ne réagit plus au stylet', description: 'Le tableau blanc interactif ({room}) affiche bien l\'écran du PC mais le stylet n\'a plus aucun effet, même après un redémarrage.', resolution: 'Câble USB du TBI déconnecté derrière le meuble : rebranché et fixé, calibrage refait.' },
    en: { subject: 'Interactive whiteboard ignores the pen', description: 'The interactive whiteboard ({room}) shows the PC screen but the pen does nothing, even after a restart.', resolution: 'The whiteboard\'s USB cable had come loose behind the desk: plugged back in and secured, calibration redone.' }
  },
  {
    key: 'teacher-pc-install', category: 'rooms', kind: 'assistance', audiences: ['teacher'], priorities: ['low', 'normal'],
    channels: ['portal'], locations: ['B204-pc', 'B206-pc', 'A101-pc'], incidentType: 'software', severity: 'installation', weight: 4,
    fr: { subject: 'Installer un logiciel sur le PC enseignant', description: 'Pourriez-vous installer GeoGebra (version classique) sur le PC enseignant ({room}) ? J\'en ai besoin pour mes TD à partir de la semaine prochaine.', resolution: 'GeoGebra Classic installé par déploiement sur le PC de la salle ; disponible dans le menu Démarrer.' },
    en: { subject: 'Install software on the teacher PC', description: 'Could you install GeoGebra (classic version) on the teacher PC ({room})? I need it for my tutorials from next week.', resolution: 'GeoGebra Classic deployed to the room PC; it is in the Start menu.' }
  },
  {
    key: 'lab-pcs-update', category: 'rooms', kind: 'assistance', audiences: ['teacher'], priorities: ['normal'],
    channels: ['email', 'portal'], locations: ['B110-pc'], incidentType: 'software', severity: 'update',
    escalation: { level: 'L2', chance: 0.7, note: 'Mise à jour de l\'image des postes de la salle B110 à planifier hors heures de cours (mercredi après-midi).' }, weight: 3,
    fr: { subject: 'Mise à jour de Python sur les postes de TP', description: 'Les postes de {room} ont Python 3.9 ; mon cours utilise des bibliothèques qui demandent au moins Python 3.11. Est-il possible de mettre à jour avant le prochain TP ?', resolution: 'Image des postes mise à jour (Python 3.12, Anaconda) mercredi après-midi ; environnement testé avec vous.' },
    en: { subject: 'Update Python on the lab computers', description: 'The computers in {room} have Python 3.9; my course uses libraries that need at least Python 3.11. Could they be updated before the next lab?', resolution: 'Lab image updated (Python 3.12, Anaconda) on Wednesday afternoon; environment tested with you.' }
  },
  {
    key: 'laptop-slow', category: 'workstation', kind: 'anomaly', audiences: ['staff', 'teacher'], priorities: ['low', 'normal'],
    channels: ['portal', 'phone'], severity: 'malfunction', weight: 4,
    fr: { subject: 'Ordinateur portable professionnel très lent', description: 'Mon portable met plus de dix minutes à démarrer et se fige régulièrement, surtout en visio.', resolution: 'Disque presque plein et mises à jour bloquées : nettoyage, mises à jour installées, barrette mémoire ajoutée (16 Go).' },
    en: { subject: 'Work laptop very slow', description: 'My laptop takes more than ten minutes to start and freezes regularly, especially during video calls.', resolution: 'Almost full disk and stuck updates: cleaned up, updates installed, memory upgraded to 16 GB.' }
  },
  {
    key: 'office-licence', category: 'software', kind: 'assistance', audiences: ['student', 'staff'], priorities: ['low'],
    channels: ['portal'], article: 'office-install', weight: 5,
    fr: { subject: 'Word indique « Produit sans licence »', description: 'J\'ai installé Office depuis office.com mais Word passe en lecture seule avec le message « Produit sans licence ».', resolution: 'Office était connecté à un compte Microsoft personnel : déconnexion puis reconnexion avec le compte universitaire, licence activée.' },
    en: { subject: 'Word says "Unlicensed product"', description: 'I installed Office from office.com but Word switches to read-only with the message "Unlicensed product".', resolution: 'Office was signed in with a personal Microsoft account: signed out and back in with the university account, licence activated.' }
  },
  {
    key: 'software-licence', category: 'software', kind: 'assistance', audiences: ['teacher', 'student'], priorities: ['normal'],
    channels: ['portal', 'email'], escalation: { level: 'L3', chance: 0.5, note: 'Jetons de licence SPSS épuisés sur le serveur flottant. Demande d\'extension transmise à l\'éditeur via le revendeur.' }, weight: 3,
    fr: { subject: 'SPSS : « Aucune licence disponible »', description: 'Depuis lundi, SPSS refuse de démarrer avec le message « Aucune licence disponible » sur mon poste comme en salle informatique.', resolution: 'L\'éditeur a étendu le nombre de jetons du serveur de licences ; SPSS redémarre normalement.' },
    en: { subject: 'SPSS: "No licence available"', description: 'Since Monday SPSS won\'t start, saying "No licence available", both on my computer and in the computer room.', resolution: 'The vendor increased the number of tokens on the licence server; SPSS starts normally again.' }
  },
  {
    key: 'website-broken-link', category: 'website', kind: 'anomaly', audiences: ['staff', 'student'], priorities: ['low'],
    channels: ['portal', 'email'], locations: ['website'], incidentType: 'internet', weight: 3,
    fr: { subject: 'Lien cassé sur la page des inscriptions', description: 'Sur le site de l\'université, le lien « Dossier d\'inscription 2026-2027 (PDF) » de la page Inscriptions renvoie une erreur 404.', resolution: 'Le document avait été renommé lors de la mise à jour : lien corrigé et redirection ajoutée depuis l\'ancienne adresse.' },
    en: { subject: 'Broken link on the admissions page', description: 'On the university website, the "2026-2027 application form (PDF)" link on the Admissions page returns a 404 error.', resolution: 'The document was renamed during the update: link fixed and a redirect added from the old address.' }
  },
  {
    key: 'evolution-moodle-plugin', category: 'evolutions', kind: 'evolution', audiences: ['teacher'], priorities: ['low'],
    channels: ['portal'], escalation: { level: 'L3', chance: 0.5, note: 'Extension compatible Moodle 4.x : avis de sécurité de l\'éditeur demandé avant installation en préproduction.' }, weight: 3,
    fr: { subject: 'Proposition : ajouter l\'extension de correction anonyme à Moodle', description: 'Plusieurs collègues du département souhaiteraient corriger les copies de façon anonyme dans Moodle. Est-il possible d\'installer une extension qui le permette ?', resolution: 'Extension validée, testée en préproduction puis installée ; l\'option « Correction anonyme » est disponible dans les paramètres des devoirs.' },
    en: { subject: 'Suggestion: add the anonymous marking plug-in to Moodle', description: 'Several colleagues in the department would like to mark papers anonymously in Moodle. Could a plug-in be installed for this?', resolution: 'Plug-in approved, tested in pre-production and installed; the "Anonymous marking" option is available in assignment settings.' }
  },
  {
    key: 'evolution-ent-timetable', category: 'evolutions', kind: 'evolution', audiences: ['student', 'staff'], priorities: ['low'],
    channels: ['portal', 'email'], weight: 2,
    fr: { subject: 'Suggestion : exporter l\'emploi du temps vers l\'agenda du téléphone', description: 'Ce serait pratique de pouvoir abonner l\'agenda de mon téléphone à mon emploi du temps de l\'ENT (lien iCal) plutôt que de le consulter à chaque fois.', resolution: 'Un lien d\'abonnement iCal personnel est désormais proposé sur la page Emploi du temps de l\'ENT.' },
    en: { subject: 'Suggestion: export the timetable to my phone\'s calendar', description: 'It would be handy to subscribe my phone\'s calendar to my ENT timetable (iCal link) instead of checking it every time.', resolution: 'A personal iCal subscription link is now offered on the ENT Timetable page.' }
  }
];
