/** Knowledge base: accounts, passwords, MFA, phishing. */
import { KbArticle, pair, single } from './types';

/** Account articles. */
export const KB_ACCOUNTS: KbArticle[] = [
  ...pair('password-choose-strong', 'passwords', {
    title: "Changer son mot de passe avant qu'il n'expire",
    summary: "Votre mot de passe expire tous les 12 mois. Changez-le depuis compte.univ-exemple.fr quand vous recevez le rappel, en choisissant une phrase de passe longue.",
    body: `<p>Trois semaines avant l'expiration, vous recevez un courriel de rappel, puis un autre la dernière semaine. Le changement prend une minute si vous connaissez encore votre mot de passe actuel.</p>
<ol><li>Ouvrez <strong>compte.univ-exemple.fr</strong> et connectez-vous.</li>
<li>Choisissez <em>Changer mon mot de passe</em>, saisissez l'ancien puis deux fois le nouveau.</li>
<li>Mettez-le à jour sur vos appareils : messagerie du téléphone, eduroam, lecteurs réseau enregistrés.</li></ol>
<h2>Une bonne phrase de passe</h2>
<ul><li>Au moins 12 caractères : quatre mots sans lien entre eux font très bien l'affaire (<code>girafe-tramway-citron-47</code>).</li>
<li>Jamais le même que sur un site personnel.</li>
<li>Jamais communiqué, même à l'assistance : nous ne vous le demanderons jamais.</li></ul>`,
    keywords: ['mot de passe', 'expiration', 'changer', 'phrase de passe', 'sécurité'],
    questions: ["Mon mot de passe va expirer", "J'ai reçu un mail disant que mon mot de passe expire", "Quelles sont les règles pour le mot de passe ?", "Comment choisir un mot de passe sûr"]
  }, {
    title: 'Change your password before it expires',
    summary: 'Your password expires every 12 months. Change it at compte.univ-exemple.fr when you get the reminder, and pick a long passphrase.',
    body: `<p>Three weeks before expiry you get a reminder email, then another one in the last week. Changing it takes a minute while you still know your current password.</p>
<ol><li>Open <strong>compte.univ-exemple.fr</strong> and sign in.</li>
<li>Choose <em>Change my password</em>, enter the old one and the new one twice.</li>
<li>Update it on your devices: phone mail app, eduroam, saved network drives.</li></ol>
<h2>A good passphrase</h2>
<ul><li>At least 12 characters: four unrelated words work well (<code>giraffe-tram-lemon-47</code>).</li>
<li>Never the same as on a personal website.</li>
<li>Never shared, not even with the help desk: we will never ask for it.</li></ul>`,
    keywords: ['password', 'expiry', 'change', 'passphrase', 'security'],
    questions: ['My password is about to expire', 'Password expiry reminder email', 'What are the password rules?', 'How to pick a strong password']
  }),
  ...pair('account-locked', 'passwords', {
    title: 'Compte bloqué après trop de tentatives',
    summary: "Après 10 mots de passe erronés, le compte est verrouillé 30 minutes. Attendez, puis reconnectez-vous ; si cela recommence, un appareil utilise encore l'ancien mot de passe.",
    body: `<p>Le verrouillage protège votre compte contre les attaques. Il se lève tout seul au bout de <strong>30 minutes</strong> : inutile de réessayer entre-temps, chaque essai relance le délai.</p>
<h2>Le compte se rebloque sans cesse ?</h2>
<p>C'est presque toujours un appareil qui tente de se connecter avec votre <strong>ancien mot de passe</strong> : téléphone (messagerie, eduroam), tablette, ancien ordinateur, lecteur réseau enregistré.</p>
<ol><li>Coupez le Wi-Fi et la messagerie du téléphone.</li>
<li>Attendez 30 minutes puis connectez-vous sur l'ENT.</li>
<li>Remettez le nouveau mot de passe appareil par appareil.</li></ol>
<p>Si le blocage persiste, ouvrez une demande « Comptes et mots de passe » : l'assistance voit quel appareil échoue.</p>`,
    keywords: ['compte bloqué', 'verrouillé', 'tentatives', 'mot de passe', 'connexion impossible'],
    questions: ['Mon compte est verrouillé', "Je n'arrive plus à me connecter, compte bloqué", 'Mon compte se bloque tout le temps', 'Trop de tentatives de connexion']
  }, {
    title: 'Account locked after too many attempts',
    summary: 'After 10 wrong passwords the account is locked for 30 minutes. Wait, then sign in again; if it keeps happening, a device is still using your old password.',
    body: `<p>Locking protects your account from attacks. It clears by itself after <strong>30 minutes</strong>: do not retry meanwhile, each attempt restarts the timer.</p>
<h2>The account keeps locking?</h2>
<p>It is almost always a device still trying your <strong>old password</strong>: phone (mail, eduroam), tablet, old computer, saved network drive.</p>
<ol><li>Turn off Wi-Fi and mail on your phone.</li>
<li>Wait 30 minutes, then sign in to the ENT.</li>
<li>Enter the new password on each device in turn.</li></ol>
<p>If it still locks, file an "Accounts and passwords" request: the help desk can see which device fails.</p>`,
    keywords: ['locked account', 'locked out', 'attempts', 'password', 'cannot sign in'],
    questions: ['My account is locked', 'I am locked out of my account', 'Account keeps getting locked', 'Too many login attempts']
  }),
  ...pair('account-activation', 'accounts', {
    title: 'Activer son compte numérique (nouvel étudiant ou personnel)',
    summary: "À l'inscription, vous recevez un code d'activation par courriel personnel. Activez votre compte sur compte.univ-exemple.fr pour obtenir votre identifiant, votre adresse mail et l'accès à l'ENT.",
    body: `<p>Votre compte numérique donne accès à l'ENT, Moodle, la messagerie, le Wi-Fi eduroam, les imprimantes et Microsoft 365.</p>
<ol><li>Retrouvez le courriel « Activez votre compte » envoyé à l'adresse personnelle donnée lors de l'inscription (pensez aux indésirables).</li>
<li>Ouvrez <strong>compte.univ-exemple.fr/activation</strong>, saisissez votre numéro étudiant (ou de personnel), votre date de naissance et le code.</li>
<li>Choisissez votre mot de passe et une adresse ou un téléphone de secours.</li>
<li>Notez votre identifiant <strong>prenom.nom</strong> et votre adresse <strong>prenom.nom@univ-exemple.fr</strong>.</li></ol>
<p>Le code est valable 30 jours. Code expiré ou jamais reçu : présentez-vous à l'accueil de la scolarité ou de la DRH avec une pièce d'identité.</p>`,
    keywords: ['activation', 'nouveau compte', 'première connexion', 'inscription', 'identifiant', 'rentrée'],
    questions: ["Je n'ai pas reçu mon code d'activation", 'Comment activer mon compte étudiant', "Je viens d'arriver, comment avoir un compte ?", 'Première connexion ENT']
  }, {
    title: 'Activate your IT account (new student or staff)',
    summary: 'When you enrol you receive an activation code at your personal email. Activate your account at compte.univ-exemple.fr to get your username, mailbox and ENT access.',
    body: `<p>Your IT account gives access to the ENT, Moodle, email, eduroam Wi-Fi, printers and Microsoft 365.</p>
<ol><li>Find the "Activate your account" email sent to the personal address you gave when enrolling (check spam).</li>
<li>Open <strong>compte.univ-exemple.fr/activation</strong> and enter your student (or staff) number, date of birth and the code.</li>
<li>Choose your password and a recovery email or phone.</li>
<li>Write down your username <strong>firstname.lastname</strong> and address <strong>firstname.lastname@univ-exemple.fr</strong>.</li></ol>
<p>The code is valid for 30 days. Expired or never received: go to the student office (or HR for staff) with an ID.</p>`,
    keywords: ['activation', 'new account', 'first login', 'enrolment', 'username', 'getting started'],
    questions: ['I did not receive my activation code', 'How do I activate my student account', 'I just arrived, how do I get an account?', 'First time logging in']
  }),
  ...pair('username-forgotten', 'accounts', {
    title: 'Identifiant oublié',
    summary: "Votre identifiant est de la forme prenom.nom (parfois suivi d'un chiffre). Retrouvez-le sur compte.univ-exemple.fr avec votre numéro étudiant ou de personnel.",
    body: `<p>L'identifiant sert partout : ENT, Moodle, eduroam (avec <code>@univ-exemple.fr</code>), imprimantes.</p>
<ul><li>Forme habituelle : <strong>prenom.nom</strong> en minuscules, sans accents ; en cas d'homonyme, un chiffre est ajouté (<code>marie.martin2</code>).</li>
<li>Noms composés : les espaces deviennent des tirets (<code>jean-pierre.le-goff</code>).</li></ul>
<p>Pour le retrouver : <strong>compte.univ-exemple.fr</strong> → <em>Identifiant oublié</em>, puis votre numéro (carte étudiant ou fiche de paie) et votre date de naissance. Il est aussi imprimé au dos du certificat de scolarité.</p>`,
    keywords: ['identifiant', 'login', 'nom utilisateur', 'oublié', 'numéro étudiant'],
    questions: ["J'ai oublié mon identifiant", 'Quel est mon login ?', "C'est quoi mon nom d'utilisateur", 'Identifiant ENT perdu']
  }, {
    title: 'Forgotten username',
    summary: 'Your username looks like firstname.lastname (sometimes with a digit). Look it up at compte.univ-exemple.fr with your student or staff number.',
    body: `<p>The username is used everywhere: ENT, Moodle, eduroam (with <code>@univ-exemple.fr</code>), printers.</p>
<ul><li>Usual form: <strong>firstname.lastname</strong>, lower case, no accents; when two people share a name, a digit is added (<code>marie.martin2</code>).</li>
<li>Compound names: spaces become hyphens (<code>jean-pierre.le-goff</code>).</li></ul>
<p>To find it: <strong>compte.univ-exemple.fr</strong> → <em>Forgot username</em>, then your number (student card or payslip) and date of birth. It is also printed on the back of your enrolment certificate.</p>`,
    keywords: ['username', 'login', 'user name', 'forgotten', 'student number'],
    questions: ['I forgot my username', 'What is my login?', 'Where do I find my user ID', 'Lost my ENT login']
  }),
  ...pair('account-after-leaving', 'accounts', {
    title: "Que devient mon compte quand je quitte l'université ?",
    summary: "Les étudiants diplômés gardent leur compte 6 mois, les personnels 1 mois après leur départ. Récupérez vos mails et fichiers OneDrive avant la fermeture.",
    body: `<h2>Délais de conservation</h2>
<ul><li><strong>Étudiants</strong> : le compte reste actif jusqu'au 31 mars qui suit votre dernière inscription.</li>
<li><strong>Personnels</strong> : un mois après la fin du contrat ; votre responsable peut demander une prolongation.</li>
<li><strong>Vacataires</strong> : fin de la période déclarée par la composante.</li></ul>
<h2>Avant la fermeture</h2>
<ol><li>Transférez les fichiers OneDrive utiles vers un stockage personnel (Télécharger en ZIP).</li>
<li>Exportez vos contacts et, si besoin, vos courriels (Outlook : Fichier → Exporter).</li>
<li>Prévenez vos correspondants de votre nouvelle adresse ; une réponse automatique peut être mise en place.</li></ol>
<p>Après fermeture, les données sont supprimées au bout de 30 jours et ne peuvent plus être restaurées.</p>`,
    keywords: ['départ', 'fin de contrat', 'diplômé', 'fermeture du compte', 'récupérer ses données', 'alumni'],
    questions: ["Est-ce que je garde mon adresse mail après mon diplôme ?", 'Mon contrat se termine, que deviennent mes fichiers ?', 'Combien de temps mon compte reste actif', 'Récupérer mes mails avant de partir']
  }, {
    title: 'What happens to my account when I leave?',
    summary: 'Graduates keep their account for 6 months, staff for 1 month after leaving. Save your mail and OneDrive files before it closes.',
    body: `<h2>How long accounts are kept</h2>
<ul><li><strong>Students</strong>: the account stays active until 31 March after your last enrolment.</li>
<li><strong>Staff</strong>: one month after your contract ends; your manager can ask for an extension.</li>
<li><strong>Hourly lecturers</strong>: end of the period declared by the faculty.</li></ul>
<h2>Before it closes</h2>
<ol><li>Move useful OneDrive files to personal storage (Download as ZIP).</li>
<li>Export your contacts and, if needed, your mail (Outlook: File → Export).</li>
<li>Tell your contacts your new address; an automatic reply can be set up.</li></ol>
<p>After closure, data is deleted within 30 days and cannot be restored.</p>`,
    keywords: ['leaving', 'end of contract', 'graduate', 'account closure', 'keep my data', 'alumni'],
    questions: ['Do I keep my email after graduating?', 'My contract ends, what happens to my files?', 'How long does my account stay active', 'Save my emails before leaving']
  }),
  ...pair('mfa-code-not-received', 'mfa', {
    title: 'Double authentification : je ne reçois pas le code ou la notification',
    summary: "Pas de notification Authenticator ou de SMS ? Vérifiez l'heure du téléphone, ouvrez l'application et utilisez le code à 6 chiffres, ou choisissez une autre méthode à l'écran de connexion.",
    body: `<ol><li>Sur l'écran de connexion, cliquez <em>Je ne peux pas utiliser mon application Microsoft Authenticator pour l'instant</em> : vous pouvez choisir le SMS ou l'appel si vous les avez déclarés.</li>
<li>Ouvrez l'application Authenticator : le <strong>code à 6 chiffres</strong> affiché sous votre compte fonctionne même sans réseau.</li>
<li>Vérifiez que l'heure du téléphone est réglée sur « automatique » : un décalage de quelques minutes rend les codes invalides.</li>
<li>Notifications désactivées ou mode économie d'énergie : autorisez les notifications pour Authenticator.</li>
<li>SMS non reçus : vérifiez le numéro enregistré sur <strong>aka.ms/mfasetup</strong> (format +33…).</li></ol>
<p>Si aucune méthode ne fonctionne, l'assistance peut réinitialiser vos méthodes après vérification de votre identité.</p>`,
    keywords: ['mfa', 'code', 'sms', 'notification', 'authenticator', 'double authentification', 'pas reçu'],
    questions: ['Je ne reçois pas le SMS de connexion', "L'application Authenticator ne m'envoie pas de notification", 'Code MFA refusé', 'Le code de vérification ne marche pas']
  }, {
    title: 'MFA: no code or notification arrives',
    summary: 'No Authenticator notification or text message? Check the phone clock, open the app and use the 6-digit code, or pick another method on the sign-in screen.',
    body: `<ol><li>On the sign-in screen, click <em>I can't use my Microsoft Authenticator app right now</em>: you can pick a text or a call if you registered them.</li>
<li>Open the Authenticator app: the <strong>6-digit code</strong> under your account works even without signal.</li>
<li>Make sure the phone time is set to "automatic": a few minutes off makes codes invalid.</li>
<li>Notifications off or battery saver on: allow notifications for Authenticator.</li>
<li>No text messages: check the number registered at <strong>aka.ms/mfasetup</strong> (+33… format).</li></ol>
<p>If nothing works, the help desk can reset your methods after checking your identity.</p>`,
    keywords: ['mfa', '2fa', 'code', 'text message', 'notification', 'authenticator', 'not received'],
    questions: ['I am not getting the sign-in text', 'Authenticator app sends no notification', 'MFA code rejected', 'Verification code does not work']
  }),
  ...single('mfa-hardware-key', 'mfa', 'fr', {
    title: 'Double authentification sans smartphone : clé de sécurité FIDO2',
    summary: "Pas de smartphone, ou pas le droit de l'utiliser au travail ? L'université prête une clé de sécurité FIDO2 (USB/NFC) qui remplace l'application Authenticator.",
    body: `<p>La clé se branche sur un port USB (ou se pose sur un lecteur NFC) et se valide en touchant le bouton. Elle fonctionne sur les postes Windows, macOS et Linux avec Edge, Chrome ou Firefox.</p>
<ol><li>Demandez une clé via une demande « Double authentification (MFA) » en précisant la raison.</li>
<li>Récupérez-la à l'accueil informatique de votre campus avec votre carte.</li>
<li>Sur <strong>aka.ms/mfasetup</strong>, choisissez <em>Ajouter une méthode</em> → <em>Clé de sécurité</em> et suivez l'assistant (code PIN de la clé à choisir).</li></ol>
<p>En cas de perte, signalez-la immédiatement : la clé est désactivée à distance.</p>`,
    keywords: ['clé de sécurité', 'fido2', 'yubikey', 'sans smartphone', 'mfa', 'token'],
    questions: ["Je n'ai pas de smartphone pour la double authentification", 'Alternative à Authenticator', 'Obtenir une clé Yubikey', 'Je refuse d\'installer une appli sur mon téléphone perso']
  }),
  ...pair('phishing-report', 'email', {
    title: 'Reconnaître et signaler un courriel de hameçonnage (phishing)',
    summary: "Un message vous demande votre mot de passe ou de cliquer d'urgence ? C'est du hameçonnage. Signalez-le avec le bouton « Signaler » d'Outlook et ne cliquez pas.",
    body: `<h2>Les signes qui doivent alerter</h2>
<ul><li>Urgence ou menace : « votre boîte sera supprimée sous 24 h ».</li>
<li>Lien dont l'adresse réelle (survolez-le) n'est pas en <code>univ-exemple.fr</code>.</li>
<li>Demande de mot de passe, de code MFA ou de coordonnées bancaires : l'université ne les demande <strong>jamais</strong> par mail.</li></ul>
<h2>Signaler</h2>
<p>Dans Outlook, bouton <strong>Signaler</strong> → <em>Hameçonnage</em>. Le message part à l'équipe sécurité et disparaît de votre boîte.</p>
<h2>Vous avez cliqué ou saisi votre mot de passe ?</h2>
<ol><li>Changez immédiatement votre mot de passe sur compte.univ-exemple.fr.</li>
<li>Refusez toute demande MFA que vous n'avez pas initiée.</li>
<li>Ouvrez une demande urgente : nous vérifierons les connexions à votre compte.</li></ol>`,
    keywords: ['phishing', 'hameçonnage', 'arnaque', 'spam', 'sécurité', 'mail suspect'],
    questions: ["J'ai reçu un mail bizarre qui demande mon mot de passe", "J'ai cliqué sur un lien suspect", 'Comment signaler un spam', 'Mail frauduleux au nom de la DSI']
  }, {
    title: 'Spot and report a phishing email',
    summary: 'A message asks for your password or an urgent click? That is phishing. Report it with the Outlook "Report" button and do not click.',
    body: `<h2>Warning signs</h2>
<ul><li>Urgency or threats: "your mailbox will be deleted within 24 hours".</li>
<li>A link whose real address (hover over it) is not on <code>univ-exemple.fr</code>.</li>
<li>A request for your password, MFA code or bank details: the university <strong>never</strong> asks for them by email.</li></ul>
<h2>Report it</h2>
<p>In Outlook, <strong>Report</strong> button → <em>Phishing</em>. The message goes to the security team and leaves your inbox.</p>
<h2>You clicked or typed your password?</h2>
<ol><li>Change your password at once at compte.univ-exemple.fr.</li>
<li>Deny any MFA request you did not start.</li>
<li>File an urgent request: we will check the sign-ins to your account.</li></ol>`,
    keywords: ['phishing', 'scam', 'spam', 'security', 'suspicious email'],
    questions: ['I got a weird email asking for my password', 'I clicked a suspicious link', 'How to report spam', 'Fake email from IT services']
  }),
  ...single('guest-account', 'accounts', 'fr', {
    title: 'Créer un compte invité pour un intervenant extérieur',
    summary: "Un conférencier ou un vacataire a besoin du Wi-Fi, de Moodle ou d'un poste ? Son correspondant demande un compte invité, valable jusqu'à 6 mois.",
    body: `<p>Seul un personnel de l'université peut demander un compte invité, pour une personne qu'il accueille.</p>
<ol><li>Déposez une demande « Comptes et accès » en indiquant nom, prénom, adresse mail personnelle de l'invité, dates de début et de fin, et les services nécessaires (Wi-Fi, Moodle, impression).</li>
<li>L'invité reçoit un lien d'activation sur son adresse personnelle.</li>
<li>Pour un simple accès Wi-Fi d'une journée, l'accueil remet un code pour le réseau <strong>UE-Invités</strong> : pas besoin de compte.</li></ol>
<p>Prévoyez 2 jours ouvrés. Le compte est fermé automatiquement à la date de fin.</p>`,
    keywords: ['invité', 'vacataire', 'intervenant extérieur', 'compte temporaire', 'conférencier'],
    questions: ['Un intervenant a besoin d\'un accès à Moodle', 'Compte pour un conférencier', 'Accès temporaire pour un vacataire', 'Créer un compte pour un stagiaire']
  }),
  ...single('password-manager', 'passwords', 'fr', {
    title: 'Utiliser un gestionnaire de mots de passe (KeePassXC)',
    summary: "Un gestionnaire de mots de passe retient tous vos mots de passe derrière un seul. L'université recommande KeePassXC, installé sur les postes et gratuit pour vos appareils.",
    body: `<p>Réutiliser le même mot de passe partout est la première cause de comptes piratés. Un gestionnaire génère et retient un mot de passe différent pour chaque site.</p>
<ol><li>Installez <strong>KeePassXC</strong> (Centre logiciel sur les postes de l'université, keepassxc.org chez vous).</li>
<li>Créez une base protégée par une phrase de passe longue que vous n'utilisez nulle part ailleurs.</li>
<li>Enregistrez la base dans votre OneDrive pour la retrouver sur tous vos appareils.</li>
<li>Ajoutez l'extension navigateur pour remplir les formulaires automatiquement.</li></ol>
<p>Ne stockez jamais le mot de passe de la base dans la base elle-même.</p>`,
    keywords: ['gestionnaire de mots de passe', 'keepass', 'keepassxc', 'coffre-fort', 'sécurité'],
    questions: ['Comment retenir tous mes mots de passe', 'Logiciel pour stocker ses mots de passe', 'KeePass est-il autorisé ?']
  })
];
