/** Knowledge base: university mailbox and calendar. */
import { KbArticle, pair, single } from './types';

/** Email and calendar articles. */
export const KB_MAIL: KbArticle[] = [
  ...pair('mailbox-full', 'email', {
    title: 'Boîte aux lettres pleine : libérer de l\'espace',
    summary: "À 48 Go sur 50, Outlook vous prévient ; à 50 Go vous ne pouvez plus envoyer. Videz les éléments supprimés, triez les gros messages et archivez les pièces jointes dans OneDrive.",
    body: `<ol><li>Dans Outlook sur le web, ouvrez <em>Paramètres</em> → <em>Général</em> → <em>Stockage</em> : l'espace occupé par dossier s'affiche.</li>
<li>Videz <strong>Éléments supprimés</strong> et <strong>Courrier indésirable</strong> (clic droit → Vider le dossier).</li>
<li>Dans la boîte de réception, triez par <em>Taille</em> et supprimez les plus gros messages après avoir enregistré leurs pièces jointes dans OneDrive.</li>
<li>Activez l'archive en ligne (Paramètres → Archivage) pour les messages de plus de 2 ans.</li></ol>
<p>La taille de boîte n'est pas augmentée au cas par cas ; un service peut en revanche demander une boîte partagée.</p>`,
    keywords: ['boîte pleine', 'quota', 'stockage', 'espace', 'messagerie', 'outlook'],
    questions: ['Ma boîte mail est pleine', "Je ne peux plus envoyer de mails, quota dépassé", 'Comment faire de la place dans Outlook', 'Augmenter la taille de ma boîte mail']
  }, {
    title: 'Mailbox full: free up space',
    summary: 'At 48 GB out of 50 Outlook warns you; at 50 GB you can no longer send. Empty deleted items, sort big messages and move attachments to OneDrive.',
    body: `<ol><li>In Outlook on the web, open <em>Settings</em> → <em>General</em> → <em>Storage</em>: space used per folder is shown.</li>
<li>Empty <strong>Deleted Items</strong> and <strong>Junk Email</strong> (right-click → Empty folder).</li>
<li>In the inbox, sort by <em>Size</em> and delete the biggest messages after saving their attachments to OneDrive.</li>
<li>Turn on the online archive (Settings → Archive) for messages older than 2 years.</li></ol>
<p>Mailbox size is not raised case by case; a department can however ask for a shared mailbox.</p>`,
    keywords: ['mailbox full', 'quota', 'storage', 'space', 'email', 'outlook'],
    questions: ['My mailbox is full', 'Cannot send emails, over quota', 'How to make space in Outlook', 'Increase my mailbox size']
  }),
  ...pair('mail-forwarding', 'email', {
    title: 'Transférer automatiquement ses courriels vers une autre adresse',
    summary: "Le transfert automatique vers une adresse externe est bloqué pour les personnels (sécurité des données) mais possible pour les étudiants, depuis Outlook : Paramètres → Transfert.",
    body: `<h2>Étudiants</h2>
<ol><li>Outlook sur le web → <em>Paramètres</em> → <em>Courrier</em> → <em>Transfert</em>.</li>
<li>Activez le transfert, saisissez l'adresse, cochez <em>Conserver une copie des messages transférés</em>.</li></ol>
<h2>Personnels</h2>
<p>Le transfert vers une messagerie personnelle (Gmail, Orange…) est bloqué : les mails professionnels contiennent des données personnelles d'étudiants. Installez plutôt Outlook sur votre téléphone, ou utilisez une règle de transfert vers une autre adresse <code>@univ-exemple.fr</code>.</p>
<p>Les mails transférés qui reviennent en erreur « 550 5.7.520 » indiquent ce blocage.</p>`,
    keywords: ['transfert', 'redirection', 'gmail', 'règle', 'messagerie'],
    questions: ['Rediriger mes mails vers Gmail', 'Comment transférer mes mails de la fac sur ma boîte perso', 'Erreur 550 5.7.520', 'Recevoir mes courriels universitaires ailleurs']
  }, {
    title: 'Forward your email automatically to another address',
    summary: 'Automatic forwarding to an external address is blocked for staff (data protection) but allowed for students, in Outlook: Settings → Forwarding.',
    body: `<h2>Students</h2>
<ol><li>Outlook on the web → <em>Settings</em> → <em>Mail</em> → <em>Forwarding</em>.</li>
<li>Enable forwarding, enter the address, tick <em>Keep a copy of forwarded messages</em>.</li></ol>
<h2>Staff</h2>
<p>Forwarding to a personal mailbox (Gmail, Outlook.com…) is blocked: work mail contains students' personal data. Install Outlook on your phone instead, or forward to another <code>@univ-exemple.fr</code> address.</p>
<p>Forwarded mail bouncing with "550 5.7.520" means this block applies.</p>`,
    keywords: ['forwarding', 'redirect', 'gmail', 'rule', 'email'],
    questions: ['Forward my uni emails to Gmail', 'Redirect university mail to my personal inbox', 'Error 550 5.7.520', 'Get my university email elsewhere']
  }),
  ...pair('out-of-office', 'email', {
    title: 'Mettre en place un message d\'absence',
    summary: "Avant un congé, activez la réponse automatique dans Outlook (Paramètres → Réponses automatiques), avec des dates de début et de fin et un contact de remplacement.",
    body: `<ol><li>Outlook sur le web : <em>Paramètres</em> → <em>Courrier</em> → <em>Réponses automatiques</em>. Dans Outlook sur PC : <em>Fichier</em> → <em>Réponses automatiques</em>.</li>
<li>Activez, cochez <em>Envoyer les réponses uniquement pendant une période</em> et choisissez les dates.</li>
<li>Rédigez le message en français et en anglais ; indiquez qui contacter en cas d'urgence.</li>
<li>Cochez <em>Bloquer mon calendrier pour cette période</em> pour refuser les nouvelles réunions.</li></ol>
<p>Sur téléphone : application Outlook → Paramètres → votre compte → Réponses automatiques.</p>`,
    keywords: ['absence', 'réponse automatique', 'congés', 'vacances', 'outlook'],
    questions: ['Comment mettre un message d\'absence', 'Répondeur mail pendant les vacances', 'Réponse automatique Outlook']
  }, {
    title: 'Set up an out-of-office reply',
    summary: 'Before leave, turn on automatic replies in Outlook (Settings → Automatic replies), with start and end dates and a contact who covers for you.',
    body: `<ol><li>Outlook on the web: <em>Settings</em> → <em>Mail</em> → <em>Automatic replies</em>. Outlook desktop: <em>File</em> → <em>Automatic Replies</em>.</li>
<li>Turn them on, tick <em>Send replies only during a time period</em> and pick the dates.</li>
<li>Write the message in French and English; say who to contact if urgent.</li>
<li>Tick <em>Block my calendar for this period</em> to decline new meetings.</li></ol>
<p>On a phone: Outlook app → Settings → your account → Automatic replies.</p>`,
    keywords: ['out of office', 'automatic reply', 'holiday', 'leave', 'outlook'],
    questions: ['How do I set an out of office message', 'Auto reply while on holiday', 'Outlook automatic replies']
  }),
  ...pair('shared-mailbox', 'email', {
    title: 'Accéder à une boîte mail partagée (service, scolarité)',
    summary: "Une boîte partagée (scolarite-lettres@…) apparaît automatiquement dans Outlook quand le responsable vous y donne accès. Sinon, ajoutez-la via « Ajouter un dossier partagé ».",
    body: `<p>Les boîtes partagées n'ont pas de mot de passe : l'accès se donne à des personnes.</p>
<ol><li>Demandez l'accès à la personne responsable de la boîte (ou via une demande « Messagerie » validée par elle).</li>
<li>Outlook sur PC : la boîte apparaît dans le volet de gauche après redémarrage (jusqu'à 1 heure).</li>
<li>Outlook sur le web : clic droit sur <em>Dossiers</em> → <em>Ajouter un dossier partagé</em> → saisissez l'adresse.</li>
<li>Pour envoyer au nom du service, choisissez l'adresse dans le champ <em>De</em>.</li></ol>
<p>Les messages envoyés « en tant que » la boîte restent dans ses Éléments envoyés.</p>`,
    keywords: ['boîte partagée', 'boîte fonctionnelle', 'service', 'envoyer en tant que', 'outlook'],
    questions: ['Je ne vois pas la boîte mail du service', 'Ajouter une boîte partagée dans Outlook', 'Envoyer un mail au nom de la scolarité']
  }, {
    title: 'Open a shared mailbox (department, student office)',
    summary: 'A shared mailbox shows up in Outlook automatically once its owner gives you access. Otherwise add it with "Add shared folder".',
    body: `<p>Shared mailboxes have no password: access is granted to people.</p>
<ol><li>Ask the mailbox owner for access (or file an "Email" request they approve).</li>
<li>Outlook desktop: the mailbox appears in the left pane after a restart (up to 1 hour).</li>
<li>Outlook on the web: right-click <em>Folders</em> → <em>Add shared folder</em> → enter the address.</li>
<li>To send on behalf of the department, pick the address in the <em>From</em> field.</li></ol>`,
    keywords: ['shared mailbox', 'department mailbox', 'send as', 'outlook'],
    questions: ['I cannot see the department mailbox', 'Add a shared mailbox in Outlook', 'Send email as the student office']
  }),
  ...pair('large-attachment', 'email', {
    title: 'Envoyer un fichier trop volumineux pour un mail',
    summary: "Les pièces jointes sont limitées à 25 Mo. Pour un fichier plus gros, partagez un lien OneDrive ou utilisez FileSender (jusqu'à 100 Go, lien valable 30 jours).",
    body: `<ul><li><strong>Dans Outlook</strong> : joignez le fichier depuis OneDrive, Outlook propose <em>Partager le lien</em> au lieu de l'envoyer en pièce jointe.</li>
<li><strong>FileSender</strong> (filesender.renater.fr) : connectez-vous avec votre compte universitaire, déposez le fichier, saisissez l'adresse du destinataire. Idéal pour les vidéos et les destinataires extérieurs.</li>
<li>Évitez les services grand public (WeTransfer…) pour des données personnelles ou des sujets d'examen.</li></ul>`,
    keywords: ['pièce jointe', 'gros fichier', 'filesender', 'onedrive', 'taille limite', 'envoyer'],
    questions: ['Ma pièce jointe est trop lourde', 'Comment envoyer une vidéo par mail', 'Limite de taille des pièces jointes', 'Envoyer un fichier de 2 Go']
  }, {
    title: 'Send a file too big for email',
    summary: 'Attachments are limited to 25 MB. For bigger files, share a OneDrive link or use FileSender (up to 100 GB, link valid 30 days).',
    body: `<ul><li><strong>In Outlook</strong>: attach the file from OneDrive, and Outlook offers <em>Share link</em> instead of a copy.</li>
<li><strong>FileSender</strong> (filesender.renater.fr): sign in with your university account, upload the file, enter the recipient. Good for videos and external recipients.</li>
<li>Avoid consumer services (WeTransfer…) for personal data or exam papers.</li></ul>`,
    keywords: ['attachment', 'large file', 'filesender', 'onedrive', 'size limit', 'send'],
    questions: ['My attachment is too large', 'How do I email a video', 'Attachment size limit', 'Send a 2 GB file']
  }),
  ...pair('recover-deleted-mail', 'email', {
    title: 'Récupérer un courriel supprimé',
    summary: "Un message supprimé reste 30 jours dans « Éléments supprimés », puis 14 jours récupérables via « Récupérer les éléments supprimés ». Au-delà, il est perdu.",
    body: `<ol><li>Regardez dans <strong>Éléments supprimés</strong> : clic droit → <em>Déplacer</em> → Boîte de réception.</li>
<li>Dossier vidé ? En haut du dossier Éléments supprimés, cliquez <em>Récupérer les éléments supprimés de ce dossier</em>, sélectionnez et restaurez.</li>
<li>Pensez aussi à la recherche (un message a peut-être été classé par une règle) et au dossier <em>Archive</em>.</li></ol>
<p>L'assistance ne peut pas restaurer un message plus ancien que ces délais.</p>`,
    keywords: ['mail supprimé', 'restaurer', 'récupérer', 'corbeille', 'outlook'],
    questions: ["J'ai supprimé un mail par erreur", 'Retrouver un message effacé', 'Restaurer la corbeille Outlook']
  }, {
    title: 'Recover a deleted email',
    summary: 'A deleted message stays 30 days in "Deleted Items", then 14 more days via "Recover deleted items". After that it is gone.',
    body: `<ol><li>Look in <strong>Deleted Items</strong>: right-click → <em>Move</em> → Inbox.</li>
<li>Folder emptied? At the top of Deleted Items, click <em>Recover items deleted from this folder</em>, select and restore.</li>
<li>Also try search (a rule may have filed it) and the <em>Archive</em> folder.</li></ol>`,
    keywords: ['deleted email', 'restore', 'recover', 'trash', 'outlook'],
    questions: ['I deleted an email by mistake', 'Get back a deleted message', 'Restore Outlook trash']
  }),
  ...pair('calendar-sharing', 'email', {
    title: 'Partager son agenda Outlook',
    summary: "Partagez votre calendrier avec un collègue ou un secrétariat depuis Outlook (Partager → Calendrier), en choisissant ce qu'il voit : disponibilités, détails ou modification.",
    body: `<ol><li>Dans le calendrier Outlook, cliquez <em>Partager</em> et saisissez le nom de la personne.</li>
<li>Choisissez le niveau : <em>Peut voir quand je suis occupé</em>, <em>Peut afficher tous les détails</em> ou <em>Peut modifier</em> (délégation à un secrétariat).</li>
<li>La personne reçoit une invitation : elle clique <em>Accepter</em> et l'agenda s'ajoute à sa liste.</li></ol>
<p>Marquez comme <em>Privé</em> les rendez-vous personnels : même avec l'accès aux détails, ils restent masqués.</p>`,
    keywords: ['agenda', 'calendrier', 'partage', 'délégation', 'outlook'],
    questions: ['Comment partager mon calendrier', 'Ma secrétaire doit gérer mes rendez-vous', 'Voir l\'agenda d\'un collègue']
  }, {
    title: 'Share your Outlook calendar',
    summary: 'Share your calendar with a colleague or an assistant from Outlook (Share → Calendar), choosing what they see: availability, details, or edit rights.',
    body: `<ol><li>In the Outlook calendar, click <em>Share</em> and enter the person's name.</li>
<li>Choose the level: <em>Can view when I'm busy</em>, <em>Can view all details</em> or <em>Can edit</em> (delegate).</li>
<li>They receive an invitation, click <em>Accept</em>, and the calendar is added to their list.</li></ol>
<p>Mark personal appointments as <em>Private</em>: they stay hidden even with full details.</p>`,
    keywords: ['calendar', 'sharing', 'delegate', 'outlook', 'agenda'],
    questions: ['How do I share my calendar', 'Let my assistant manage my meetings', 'See a colleague\'s calendar']
  }),
  ...single('mail-signature', 'email', 'fr', {
    title: 'Signature de courriel aux couleurs de l\'université',
    summary: "Générez votre signature officielle sur intranet.univ-exemple.fr/signature, puis collez-la dans Outlook (Paramètres → Composer et répondre).",
    body: `<ol><li>Ouvrez le générateur de signature de l'intranet, complétez nom, fonction, service et téléphone.</li>
<li>Cliquez <em>Copier la signature</em>.</li>
<li>Outlook sur le web → <em>Paramètres</em> → <em>Courrier</em> → <em>Composer et répondre</em> → collez, puis choisissez-la par défaut pour les nouveaux messages.</li></ol>
<p>N'ajoutez pas d'image lourde ni de citation : la signature apparaît dans chaque message.</p>`,
    keywords: ['signature', 'charte graphique', 'outlook', 'logo'],
    questions: ['Comment créer ma signature mail', 'Signature officielle avec logo', 'Modifier ma signature Outlook']
  })
];
