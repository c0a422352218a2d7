/** Knowledge base: printing, copying, scanning. */
import { KbArticle, pair, single } from './types';

/** Printing articles. */
export const KB_PRINTING: KbArticle[] = [
  ...pair('printer-paper-jam', 'printing', {
    title: 'Bourrage papier sur un copieur',
    summary: "Suivez l'animation affichée sur l'écran du copieur : ouvrez uniquement les trappes indiquées, retirez la feuille doucement, refermez. Si le bourrage revient, signalez le copieur avec son numéro.",
    body: `<ol><li>Ne débranchez pas le copieur : l'écran indique où se trouve la feuille (lettre A, B, C…).</li>
<li>Ouvrez la trappe indiquée et tirez la feuille dans le sens du papier, sans la déchirer.</li>
<li>Refermez toutes les trappes : l'impression reprend.</li></ol>
<p>Attention, la zone du four (étiquette orange) est chaude. Papier froissé, agrafé ou trop épais (plus de 160 g) : utilisez le bac manuel.</p>
<p>Bourrage à répétition ou morceau coincé : déposez une demande « Impression » avec le numéro du copieur (étiquette <code>COP-xxx</code> sur la face avant) et la salle.</p>`,
    keywords: ['bourrage', 'papier coincé', 'copieur', 'imprimante', 'photocopieuse'],
    questions: ['Il y a du papier coincé dans l\'imprimante', 'Le copieur affiche un bourrage', 'L\'imprimante est bloquée', 'Photocopieuse en panne bourrage']
  }, {
    title: 'Paper jam on a copier',
    summary: 'Follow the animation on the copier screen: open only the doors it shows, pull the sheet out gently, close them. If it keeps jamming, report the copier with its number.',
    body: `<ol><li>Do not unplug the copier: the screen shows where the sheet is (letter A, B, C…).</li>
<li>Open the door shown and pull the sheet in the paper direction, without tearing it.</li>
<li>Close all doors: printing resumes.</li></ol>
<p>Careful, the fuser area (orange label) is hot. Creased, stapled or heavy paper (over 160 gsm): use the bypass tray.</p>
<p>Repeated jams or a stuck scrap: file a "Printing" request with the copier number (label <code>COP-xxx</code> on the front) and the room.</p>`,
    keywords: ['paper jam', 'stuck paper', 'copier', 'printer', 'photocopier'],
    questions: ['Paper stuck in the printer', 'Copier says paper jam', 'Printer is jammed', 'Photocopier broken jam']
  }),
  ...pair('print-job-missing', 'printing', {
    title: 'Mon impression ne sort pas : document introuvable au copieur',
    summary: "Si votre document n'apparaît pas quand vous badgez, vérifiez la file choisie, votre crédit et le format du fichier. Les travaux sont conservés 24 heures puis supprimés.",
    body: `<ol><li>Sur print.univ-exemple.fr, onglet <em>Travaux en attente</em> : votre document y figure-t-il ?</li>
<li>Absent : l'envoi a échoué. Sur un poste personnel, vérifiez que vous avez choisi l'imprimante <strong>UE-Impression</strong> et non une imprimante locale.</li>
<li>Présent mais « crédit insuffisant » : rechargez votre compte d'impression.</li>
<li>Présent mais rien ne sort au copieur : badgez de nouveau, choisissez <em>Impression</em> → <em>Tout libérer</em>.</li>
<li>PDF protégé ou très lourd (&gt; 100 Mo) : ouvrez-le et imprimez en « Imprimer comme image ».</li></ol>
<p>Les documents non libérés sont supprimés au bout de 24 heures et ne sont pas débités.</p>`,
    keywords: ['impression', 'imprimante', 'file d\'attente', 'document', 'n\'imprime pas', 'copieur'],
    questions: ['Mon document ne sort pas de l\'imprimante', 'L\'imprimante n\'imprime pas', 'Je ne trouve pas mon impression au copieur', 'Imprimante marche pas']
  }, {
    title: 'My print job doesn\'t come out at the copier',
    summary: 'If your document is not there when you badge, check the queue you chose, your credit and the file format. Jobs are kept 24 hours, then deleted.',
    body: `<ol><li>At print.univ-exemple.fr, <em>Pending jobs</em> tab: is your document there?</li>
<li>Missing: sending failed. On a personal computer, make sure you chose the <strong>UE-Impression</strong> printer, not a local one.</li>
<li>There but "insufficient credit": top up your printing account.</li>
<li>There but nothing prints: badge again, choose <em>Print</em> → <em>Release all</em>.</li>
<li>Protected or very large PDF (&gt; 100 MB): open it and print with "Print as image".</li></ol>
<p>Jobs not released are deleted after 24 hours and are not charged.</p>`,
    keywords: ['printing', 'printer', 'print queue', 'job', 'not printing', 'copier'],
    questions: ['My document does not come out of the printer', 'Printer not printing', 'Can\'t find my print job at the copier', 'Printer doesn\'t work']
  }),
  ...pair('print-credit', 'printing', {
    title: 'Recharger son crédit d\'impression et connaître les tarifs',
    summary: "Les étudiants reçoivent 10 € de crédit par semestre. Rechargez en ligne sur print.univ-exemple.fr (carte bancaire, à partir de 2 €). Noir et blanc A4 : 0,05 € ; couleur : 0,20 €.",
    body: `<table><tr><th>Impression</th><th>Tarif</th></tr>
<tr><td>A4 noir et blanc</td><td>0,05 €</td></tr><tr><td>A4 couleur</td><td>0,20 €</td></tr><tr><td>A3</td><td>double</td></tr></table>
<ul><li>Recharge : print.univ-exemple.fr → <em>Mon compte</em> → <em>Recharger</em>, à partir de 2 €.</li>
<li>Le recto-verso compte pour deux pages mais économise le papier.</li>
<li>Le crédit offert n'est pas reporté au semestre suivant ; le crédit rechargé, si.</li>
<li>Personnels : les impressions sont imputées au service, pas de recharge.</li></ul>
<p>Une impression ratée (page blanche, bourrage) peut être remboursée : demande « Impression » avec l'heure et le copieur.</p>`,
    keywords: ['crédit', 'recharger', 'tarif', 'prix', 'quota', 'impression', 'solde'],
    questions: ['Combien coûte une impression', 'Comment recharger mon compte d\'impression', 'Je n\'ai plus de crédit pour imprimer', 'Remboursement impression ratée']
  }, {
    title: 'Top up your printing credit and prices',
    summary: 'Students get €10 of credit per semester. Top up online at print.univ-exemple.fr (card, from €2). A4 black and white: €0.05; colour: €0.20.',
    body: `<ul><li>A4 black and white €0.05, A4 colour €0.20, A3 double.</li>
<li>Top up: print.univ-exemple.fr → <em>My account</em> → <em>Top up</em>, from €2.</li>
<li>Double-sided counts as two pages but saves paper.</li>
<li>Free credit does not carry over to the next semester; credit you paid for does.</li>
<li>Staff: printing is charged to the department, no top-up.</li></ul>
<p>A failed print (blank page, jam) can be refunded: "Printing" request with the time and copier.</p>`,
    keywords: ['credit', 'top up', 'price', 'cost', 'quota', 'printing', 'balance'],
    questions: ['How much does printing cost', 'How do I add money to my print account', 'I have no print credit left', 'Refund for a failed print']
  }),
  ...pair('scan-to-email', 'printing', {
    title: 'Numériser un document et le recevoir par mail',
    summary: "Sur un copieur, badgez, choisissez « Numériser vers ma messagerie », posez le document et appuyez sur Démarrer : le PDF arrive dans votre boîte universitaire.",
    body: `<ol><li>Badgez avec votre carte sur le copieur.</li>
<li>Choisissez <em>Numériser</em> → <em>Vers ma messagerie</em>.</li>
<li>Posez les feuilles face visible dans le chargeur (ou face contre la vitre pour un livre).</li>
<li>Réglez si besoin : recto-verso, couleur, format PDF ou JPEG, résolution 300 ppp pour un texte.</li>
<li>Appuyez sur <em>Démarrer</em>.</li></ol>
<p>La numérisation est gratuite. Un fichier de plus de 20 Mo est remplacé par un lien de téléchargement valable 7 jours. Rien reçu ? Regardez les indésirables.</p>`,
    keywords: ['scanner', 'numériser', 'scan', 'pdf', 'copieur', 'mail'],
    questions: ['Comment scanner un document', 'Scanner vers mon mail', 'Le scan n\'arrive pas dans ma boîte', 'Numériser un livre à la BU']
  }, {
    title: 'Scan a document to your email',
    summary: 'At a copier, badge, choose "Scan to my email", place the document and press Start: the PDF arrives in your university mailbox.',
    body: `<ol><li>Badge with your card at the copier.</li>
<li>Choose <em>Scan</em> → <em>To my email</em>.</li>
<li>Place sheets face up in the feeder (or face down on the glass for a book).</li>
<li>Adjust if needed: double-sided, colour, PDF or JPEG, 300 dpi for text.</li>
<li>Press <em>Start</em>.</li></ol>
<p>Scanning is free. Files over 20 MB are replaced by a download link valid 7 days. Nothing arrived? Check junk mail.</p>`,
    keywords: ['scanner', 'scan', 'pdf', 'copier', 'email'],
    questions: ['How do I scan a document', 'Scan to my email', 'My scan never arrived', 'Scan a book at the library']
  }),
  ...pair('print-from-phone', 'printing', {
    title: 'Imprimer depuis son téléphone ou par mail',
    summary: "Envoyez le document en pièce jointe à print@univ-exemple.fr depuis votre adresse universitaire, ou déposez-le sur print.univ-exemple.fr depuis le navigateur du téléphone. Libérez-le ensuite au copieur.",
    body: `<ul><li><strong>Par mail</strong> : depuis votre adresse <code>@univ-exemple.fr</code>, envoyez le fichier (PDF, Word, images) à <strong>print@univ-exemple.fr</strong>. Le corps du message n'est pas imprimé.</li>
<li><strong>Web</strong> : print.univ-exemple.fr → <em>Impression web</em> → <em>Déposer</em>, choisissez noir et blanc ou couleur.</li></ul>
<p>Les options (recto-verso, nombre de copies) se règlent ensuite sur le copieur au moment de libérer le travail.</p>`,
    keywords: ['imprimer', 'téléphone', 'smartphone', 'mail', 'impression mobile', 'tablette'],
    questions: ['Imprimer depuis mon portable', 'Comment imprimer un document reçu par mail', 'Impression depuis une tablette']
  }, {
    title: 'Print from your phone or by email',
    summary: 'Email the document as an attachment to print@univ-exemple.fr from your university address, or upload it at print.univ-exemple.fr from your phone\'s browser. Then release it at a copier.',
    body: `<ul><li><strong>By email</strong>: from your <code>@univ-exemple.fr</code> address, send the file (PDF, Word, images) to <strong>print@univ-exemple.fr</strong>. The message body is not printed.</li>
<li><strong>Web</strong>: print.univ-exemple.fr → <em>Web print</em> → <em>Upload</em>, choose black and white or colour.</li></ul>
<p>Options (double-sided, copies) are set on the copier when you release the job.</p>`,
    keywords: ['print', 'phone', 'smartphone', 'email', 'mobile printing', 'tablet'],
    questions: ['Print from my mobile', 'How to print an email attachment', 'Printing from a tablet']
  }),
  ...single('printer-mac-install', 'printing', 'fr', {
    title: 'Installer l\'imprimante UE-Impression sur un Mac',
    summary: "Téléchargez le programme d'installation depuis print.univ-exemple.fr (onglet Installer), lancez-le puis imprimez vers « UE-Impression ». Identifiez-vous avec prenom.nom au premier envoi.",
    body: `<ol><li>print.univ-exemple.fr → <em>Installer</em> → <em>macOS</em>.</li>
<li>Ouvrez le fichier .pkg ; si macOS bloque l'installation, <em>Réglages</em> → <em>Confidentialité et sécurité</em> → <em>Ouvrir quand même</em>.</li>
<li>Dans une application, <em>Fichier</em> → <em>Imprimer</em> → choisissez <strong>UE-Impression</strong>.</li>
<li>Au premier envoi, saisissez identifiant et mot de passe et cochez <em>Mémoriser</em>.</li></ol>
<p>Après un changement de mot de passe, supprimez l'entrée « UE-Impression » du Trousseau d'accès.</p>`,
    keywords: ['mac', 'macos', 'imprimante', 'installer', 'pilote', 'driver'],
    questions: ['Ajouter l\'imprimante de la fac sur mon Mac', 'Le Mac n\'imprime plus après changement de mot de passe', 'Pilote imprimante macOS']
  }),
  ...single('poster-printing', 'printing', 'fr', {
    title: 'Imprimer un poster scientifique (A0, A1)',
    summary: "Les posters A0/A1 s'impriment au service reprographie sur commande : déposez le PDF sur la page Reprographie de l'intranet au moins 3 jours ouvrés avant, avec le code budgétaire du laboratoire.",
    body: `<ul><li>Format : PDF en taille réelle, polices incorporées, images à 150 ppp minimum.</li>
<li>Papier standard mat ou toile (tissu pliable pour le transport en avion).</li>
<li>Délai : 3 jours ouvrés, 5 en période de congrès (mai-juin).</li></ul>
<p>Les copieurs en libre-service ne vont pas au-delà de l'A3.</p>`,
    keywords: ['poster', 'a0', 'a1', 'grand format', 'reprographie', 'congrès'],
    questions: ['Où imprimer un poster pour un colloque', 'Impression grand format', 'Faire un poster A0']
  })
];
