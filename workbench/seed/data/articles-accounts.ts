/** Articles about accounts, passwords, MFA, mail on a phone and the VPN. */
import type { ArticlePairSeed } from './articles';

/** Account and access articles. */
export const ACCOUNT_ARTICLES: ArticlePairSeed[] = [
  {
    key: 'reset-password', category: 'passwords', kind: 'howto', owner: 'nadia', reviewInDays: 120,
    stats: { fr: [1843, 212, 9], en: [402, 51, 3] },
    fr: {
      title: 'Réinitialiser son mot de passe universitaire',
      summary: 'Mot de passe oublié ou expiré : réinitialisez-le vous-même en 2 minutes sur compte.univ-exemple.fr, avec votre téléphone ou votre adresse de secours.',
      body: `<h2>Avant de commencer</h2>
<p>Vous avez besoin du téléphone ou de l'adresse e-mail de secours que vous avez déclarés à votre première connexion. Sans eux, passez au dernier paragraphe.</p>
<h2>Réinitialiser le mot de passe</h2>
<ol>
<li>Ouvrez <strong>compte.univ-exemple.fr</strong> et choisissez <em>Mot de passe oublié</em>.</li>
<li>Saisissez votre identifiant (prenom.nom) et recopiez le code affiché.</li>
<li>Choisissez de recevoir un code par SMS ou sur votre adresse de secours, puis saisissez-le.</li>
<li>Choisissez un nouveau mot de passe : au moins 12 caractères, avec majuscules, minuscules et chiffres, différent des 5 précédents.</li>
</ol>
<p>Le nouveau mot de passe est actif tout de suite pour l'ENT, Moodle et la messagerie ; comptez jusqu'à 15 minutes pour le Wi-Fi eduroam. Pensez à le changer aussi sur votre téléphone (messagerie, eduroam).</p>
<h2>Compte bloqué ou pas d'adresse de secours</h2>
<p>Après 10 essais erronés, le compte est bloqué 30 minutes. Si vous n'avez plus accès à vos moyens de secours, déposez une demande « Comptes et mots de passe » depuis un autre compte ou appelez l'assistance : un agent vérifiera votre identité (carte étudiant ou professionnelle).</p>`,
      keywords: ['mot de passe', 'mdp', 'oublié', 'expiré', 'réinitialisation', 'compte bloqué', 'identifiant'],
      questions: ['J\'ai oublié mon mot de passe', 'Mon mot de passe a expiré', 'Comment changer mon mdp ?', 'Mon compte est bloqué', 'Je n\'arrive plus à me connecter à l\'ENT']
    },
    en: {
      title: 'Reset your university password',
      summary: 'Forgotten or expired password: reset it yourself in 2 minutes at compte.univ-exemple.fr, with your phone or your recovery e-mail address.',
      body: `<h2>Before you start</h2>
<p>You need the phone number or recovery e-mail address you registered when you first signed in. If you no longer have them, see the last section.</p>
<h2>Reset the password</h2>
<ol>
<li>Go to <strong>compte.univ-exemple.fr</strong> and choose <em>Forgot password</em>.</li>
<li>Enter your username (firstname.lastname) and type the code shown.</li>
<li>Choose to receive a code by text message or at your recovery address, then enter it.</li>
<li>Choose a new password: at least 12 characters, with upper-case and lower-case letters and digits, different from your last 5.</li>
</ol>
<p>The new password works immediately for the ENT, Moodle and email; allow up to 15 minutes for eduroam Wi-Fi. Remember to update it on your phone too (mail, eduroam).</p>
<h2>Locked account or no recovery address</h2>
<p>After 10 failed attempts the account is locked for 30 minutes. If you no longer have your recovery options, file an "Accounts and passwords" request from another account or call the help desk: an agent will check your identity (student or staff card).</p>`,
      keywords: ['password', 'forgot', 'expired', 'reset', 'locked account', 'username'],
      questions: ['I forgot my password', 'My password has expired', 'How do I change my password?', 'My account is locked', 'I can\'t log in to the ENT']
    }
  },
  {
    key: 'mfa-setup', category: 'mfa', kind: 'howto', owner: 'nadia', reviewInDays: 90,
    stats: { fr: [1210, 140, 12], en: [388, 44, 4] },
    fr: {
      title: 'Activer la double authentification (MFA)',
      summary: 'La double authentification protège votre compte : installez Microsoft Authenticator, scannez le QR code sur aka.ms/mfasetup et gardez une méthode de secours.',
      body: `<h2>Pourquoi la double authentification ?</h2>
<p>Depuis la rentrée, la connexion à la messagerie, à Teams et à l'ENT depuis l'extérieur demande un second facteur en plus du mot de passe. Un mot de passe volé ne suffit plus pour entrer dans votre compte.</p>
<h2>Mise en place (5 minutes)</h2>
<ol>
<li>Installez l'application <strong>Microsoft Authenticator</strong> sur votre téléphone (App Store ou Google Play).</li>
<li>Sur un ordinateur, ouvrez <strong>aka.ms/mfasetup</strong> et connectez-vous avec votre compte universitaire.</li>
<li>Choisissez <em>Ajouter une méthode de connexion</em> → <em>Application d'authentification</em>, puis scannez le QR code avec l'application.</li>
<li>Validez la notification de test sur le téléphone.</li>
<li>Ajoutez une <strong>méthode de secours</strong> (numéro de téléphone pour SMS) : elle vous sauvera si vous perdez ou changez de téléphone.</li>
</ol>
<h2>Au quotidien</h2>
<ul>
<li>À la connexion, tapez dans l'application le nombre affiché à l'écran.</li>
<li>Cochez « Ne plus demander pendant 30 jours » sur vos appareils personnels.</li>
<li>Ne validez jamais une demande que vous n'avez pas initiée : signalez-la à l'assistance.</li>
</ul>`,
      keywords: ['mfa', '2fa', 'double authentification', 'authenticator', 'second facteur', 'qr code', 'sécurité'],
      questions: ['Comment activer le MFA ?', 'On me demande un code à la connexion', 'Installer Microsoft Authenticator', 'Qu\'est-ce que la double authentification ?']
    },
    en: {
      title: 'Set up multi-factor authentication (MFA)',
      summary: 'Multi-factor authentication protects your account: install Microsoft Authenticator, scan the QR code at aka.ms/mfasetup and keep a backup method.',
      body: `<h2>Why MFA?</h2>
<p>Since the start of the academic year, signing in to email, Teams and the ENT from outside campus asks for a second factor on top of your password. A stolen password is no longer enough to get into your account.</p>
<h2>Setting it up (5 minutes)</h2>
<ol>
<li>Install the <strong>Microsoft Authenticator</strong> app on your phone (App Store or Google Play).</li>
<li>On a computer, open <strong>aka.ms/mfasetup</strong> and sign in with your university account.</li>
<li>Choose <em>Add sign-in method</em> → <em>Authenticator app</em>, then scan the QR code with the app.</li>
<li>Approve the test notification on your phone.</li>
<li>Add a <strong>backup method</strong> (phone number for text messages): it will save you if you lose or change your phone.</li>
</ol>
<h2>Every day</h2>
<ul>
<li>When you sign in, type the number shown on screen into the app.</li>
<li>Tick "Don't ask again for 30 days" on your personal devices.</li>
<li>Never approve a request you did not start: report it to the help desk.</li>
</ul>`,
      keywords: ['mfa', '2fa', 'two-factor', 'multi-factor authentication', 'authenticator', 'qr code', 'security'],
      questions: ['How do I turn on MFA?', 'I am asked for a code when signing in', 'Install Microsoft Authenticator', 'What is two-factor authentication?']
    }
  },
  {
    key: 'mfa-new-phone', category: 'mfa', kind: 'troubleshooting', owner: 'marc', reviewInDays: -12,
    stats: { fr: [655, 71, 15], en: [140, 17, 2] },
    fr: {
      title: 'Nouveau téléphone ou téléphone perdu : récupérer sa double authentification',
      summary: 'Changement de téléphone : ajoutez le nouveau sur aka.ms/mfasetup avant de réinitialiser l\'ancien. Téléphone perdu : utilisez votre méthode de secours ou demandez une réinitialisation MFA.',
      body: `<h2>Vous changez de téléphone (et avez encore l'ancien)</h2>
<ol>
<li>Installez Microsoft Authenticator sur le nouveau téléphone.</li>
<li>Connectez-vous à <strong>aka.ms/mfasetup</strong> (l'ancien téléphone valide la connexion).</li>
<li>Ajoutez l'application du nouveau téléphone, définissez-la comme méthode par défaut, puis supprimez l'ancienne.</li>
</ol>
<h2>Téléphone perdu, volé ou réinitialisé</h2>
<ul>
<li>Si vous aviez déclaré un numéro de secours, choisissez <em>Je ne peux pas utiliser mon application</em> et recevez un SMS.</li>
<li>Sinon, déposez une demande <strong>Double authentification (MFA)</strong> ou appelez l'assistance. Après vérification de votre identité, un agent réinitialise vos méthodes : vous les enregistrez à nouveau à la connexion suivante.</li>
</ul>
<p><strong>Pendant un examen en ligne</strong>, appelez directement la ligne examens : l'équipe prévient votre enseignant.</p>`,
      keywords: ['mfa', 'nouveau téléphone', 'téléphone perdu', 'authenticator', 'réinitialisation mfa', 'changement de téléphone'],
      questions: ['J\'ai changé de téléphone et je ne reçois plus les notifications', 'J\'ai perdu mon téléphone, comment me connecter ?', 'Réinitialiser ma double authentification', 'Authenticator ne fonctionne plus']
    },
    en: {
      title: 'New or lost phone: getting your MFA back',
      summary: 'Changing phones: add the new one at aka.ms/mfasetup before resetting the old one. Lost phone: use your backup method or ask for an MFA reset.',
      body: `<h2>You are changing phones (and still have the old one)</h2>
<ol>
<li>Install Microsoft Authenticator on the new phone.</li>
<li>Sign in to <strong>aka.ms/mfasetup</strong> (the old phone approves the sign-in).</li>
<li>Add the app on the new phone, make it the default method, then delete the old one.</li>
</ol>
<h2>Lost, stolen or wiped phone</h2>
<ul>
<li>If you registered a backup number, choose <em>I can't use my app right now</em> and get a text message.</li>
<li>Otherwise, file a <strong>Multi-factor authentication (MFA)</strong> request or call the help desk. Once your identity is checked, an agent resets your methods and you register them again at your next sign-in.</li>
</ul>
<p><strong>During an online exam</strong>, call the exam line directly: the team informs your teacher.</p>`,
      keywords: ['mfa', 'new phone', 'lost phone', 'authenticator', 'mfa reset', 'change phone'],
      questions: ['I changed my phone and no longer get notifications', 'I lost my phone, how do I sign in?', 'Reset my MFA', 'Authenticator stopped working']
    }
  },
  {
    key: 'mail-phone', category: 'email', kind: 'howto', owner: 'nadia', reviewInDays: 200,
    stats: { fr: [530, 48, 6], en: [122, 13, 1] },
    fr: {
      title: 'Configurer sa messagerie universitaire sur smartphone',
      summary: 'Utilisez l\'application Outlook (iOS ou Android) et connectez-vous avec votre adresse prenom.nom@univ-exemple.fr : la configuration est automatique.',
      body: `<h2>Méthode recommandée : Outlook</h2>
<ol>
<li>Installez <strong>Microsoft Outlook</strong> depuis l'App Store ou Google Play.</li>
<li>Saisissez votre adresse <strong>prenom.nom@univ-exemple.fr</strong>, puis votre mot de passe.</li>
<li>Validez la double authentification dans Microsoft Authenticator.</li>
</ol>
<p>Votre agenda et vos contacts sont synchronisés en même temps.</p>
<h2>Application Mail d'Apple ou Gmail</h2>
<p>Choisissez un compte <em>Microsoft Exchange</em> ou <em>Outlook, Hotmail et Live</em>, jamais IMAP : les connexions IMAP avec mot de passe seul sont refusées depuis la mise en place de la double authentification.</p>
<h2>Ça ne marche pas ?</h2>
<ul>
<li>Mot de passe changé récemment : supprimez le compte du téléphone et ajoutez-le à nouveau.</li>
<li>Message « Votre organisation exige une protection » : acceptez l'installation de l'application Intune Company Portal.</li>
</ul>`,
      keywords: ['messagerie', 'mail', 'courriel', 'outlook', 'smartphone', 'iphone', 'android', 'exchange'],
      questions: ['Comment lire mes mails sur mon téléphone ?', 'Ajouter ma boîte universitaire sur iPhone', 'Outlook ne synchronise plus', 'Les mails ne s\'affichent plus sur mon portable']
    },
    en: {
      title: 'Set up university email on your phone',
      summary: 'Use the Outlook app (iOS or Android) and sign in with your firstname.lastname@univ-exemple.fr address: the setup is automatic.',
      body: `<h2>Recommended: Outlook</h2>
<ol>
<li>Install <strong>Microsoft Outlook</strong> from the App Store or Google Play.</li>
<li>Enter your <strong>firstname.lastname@univ-exemple.fr</strong> address, then your password.</li>
<li>Approve the MFA request in Microsoft Authenticator.</li>
</ol>
<p>Your calendar and contacts are synchronised at the same time.</p>
<h2>Apple Mail or Gmail</h2>
<p>Choose a <em>Microsoft Exchange</em> or <em>Outlook, Hotmail and Live</em> account, never IMAP: password-only IMAP sign-ins are refused since MFA was introduced.</p>
<h2>Not working?</h2>
<ul>
<li>Recently changed password: remove the account from the phone and add it again.</li>
<li>"Your organisation requires protection" message: accept the installation of the Intune Company Portal app.</li>
</ul>`,
      keywords: ['email', 'mail', 'outlook', 'phone', 'iphone', 'android', 'exchange'],
      questions: ['How do I read my email on my phone?', 'Add my university mailbox on an iPhone', 'Outlook stopped syncing', 'Emails no longer show on my mobile']
    }
  },
  {
    key: 'vpn', category: 'vpn', kind: 'howto', owner: 'marc', reviewInDays: 60,
    stats: { fr: [720, 66, 11], en: [158, 19, 2] },
    fr: {
      title: 'Se connecter au VPN de l\'université',
      summary: 'Le VPN (client GlobalProtect, portail vpn.univ-exemple.fr) donne accès depuis chez vous aux ressources réservées au campus : lecteurs réseau, logiciels sous licence, bases documentaires.',
      body: `<h2>Quand en avez-vous besoin ?</h2>
<p>La messagerie, Teams, l'ENT et Moodle fonctionnent sans VPN. Le VPN sert pour les lecteurs réseau (P:, S:), les serveurs de licences (MATLAB, SPSS) et certaines bases documentaires de la BU.</p>
<h2>Installation</h2>
<ol>
<li>Téléchargez le client <strong>GlobalProtect</strong> sur <strong>vpn.univ-exemple.fr</strong> (Windows, macOS) ou dans le magasin d'applications (Linux : openconnect).</li>
<li>Portail : <code>vpn.univ-exemple.fr</code>. Identifiant et mot de passe universitaires, puis double authentification.</li>
<li>L'icône passe au bleu « Connecté ». Déconnectez-vous quand vous avez fini : le VPN coupe au bout de 12 heures.</li>
</ol>
<h2>Problèmes fréquents</h2>
<ul>
<li><strong>« Gateway not responding »</strong> : votre box ou le réseau de l'hôtel bloque le port 443 UDP ; choisissez la passerelle « vpn-tcp ».</li>
<li><strong>Connexion établie mais rien ne s'ouvre</strong> : redémarrez le client et videz le cache DNS (<code>ipconfig /flushdns</code> sous Windows).</li>
</ul>`,
      keywords: ['vpn', 'globalprotect', 'accès à distance', 'télétravail', 'lecteur réseau', 'licence'],
      questions: ['Comment accéder au lecteur réseau depuis chez moi ?', 'Installer le VPN', 'GlobalProtect ne se connecte pas', 'Le VPN se coupe']
    },
    en: {
      title: 'Connect to the university VPN',
      summary: 'The VPN (GlobalProtect client, portal vpn.univ-exemple.fr) gives you access from home to campus-only resources: network drives, licensed software, library databases.',
      body: `<h2>When do you need it?</h2>
<p>Email, Teams, the ENT and Moodle work without the VPN. You need it for network drives (P:, S:), licence servers (MATLAB, SPSS) and some library databases.</p>
<h2>Installation</h2>
<ol>
<li>Download the <strong>GlobalProtect</strong> client from <strong>vpn.univ-exemple.fr</strong> (Windows, macOS) or your app store (Linux: openconnect).</li>
<li>Portal: <code>vpn.univ-exemple.fr</code>. University username and password, then MFA.</li>
<li>The icon turns blue, "Connected". Disconnect when you are done: the VPN drops after 12 hours.</li>
</ol>
<h2>Common problems</h2>
<ul>
<li><strong>"Gateway not responding"</strong>: your home router or the hotel network blocks UDP port 443; choose the "vpn-tcp" gateway.</li>
<li><strong>Connected but nothing opens</strong>: restart the client and flush the DNS cache (<code>ipconfig /flushdns</code> on Windows).</li>
</ul>`,
      keywords: ['vpn', 'globalprotect', 'remote access', 'working from home', 'network drive', 'licence'],
      questions: ['How do I reach the network drive from home?', 'Install the VPN', 'GlobalProtect won\'t connect', 'The VPN keeps dropping']
    }
  }
];
