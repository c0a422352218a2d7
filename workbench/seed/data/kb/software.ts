/** Knowledge base: software, security, accessibility, website, cards, change requests. */
import { KbArticle, pair, single } from './types';

/** Software and service articles. */
export const KB_SOFTWARE: KbArticle[] = [
  ...pair('software-catalogue', 'software', {
    title: 'Logiciels disponibles et licences campus (Matlab, SPSS, ArcGIS…)',
    summary: "Plusieurs logiciels sont gratuits pour les étudiants et personnels grâce aux licences campus : Matlab, SPSS, ArcGIS, ChemDraw, Zotero, antivirus. Téléchargez-les depuis la page Logiciels de l'ENT.",
    body: `<table><tr><th>Logiciel</th><th>Qui</th><th>Où</th></tr>
<tr><td>Matlab</td><td>tous</td><td>ENT → Logiciels → lien MathWorks, compte avec l'adresse universitaire</td></tr>
<tr><td>SPSS</td><td>personnels, étudiants en sciences sociales</td><td>code de licence dans l'ENT, renouvelé en septembre</td></tr>
<tr><td>ArcGIS Pro</td><td>géographie, biologie</td><td>demande au référent de la composante</td></tr>
<tr><td>ChemDraw</td><td>chimie</td><td>ENT → Logiciels</td></tr></table>
<p>La licence expire quand vous quittez l'université. Logiciel absent de la liste : voir l'article sur les demandes d'installation ou d'achat de logiciel.</p>`,
    keywords: ['logiciel', 'licence', 'matlab', 'spss', 'arcgis', 'gratuit', 'télécharger'],
    questions: ['Comment avoir Matlab gratuitement', 'Licence SPSS expirée', 'Quels logiciels sont gratuits pour les étudiants', 'Télécharger ArcGIS']
  }, {
    title: 'Available software and campus licences (Matlab, SPSS, ArcGIS…)',
    summary: 'Several programs are free for students and staff under campus licences: Matlab, SPSS, ArcGIS, ChemDraw, Zotero, antivirus. Download them from the ENT Software page.',
    body: `<ul><li><strong>Matlab</strong>: everyone; ENT → Software → MathWorks link, sign up with your university address.</li>
<li><strong>SPSS</strong>: staff and social-science students; licence code in the ENT, renewed each September.</li>
<li><strong>ArcGIS Pro</strong>: geography, biology; ask your faculty's referent.</li>
<li><strong>ChemDraw</strong>: chemistry; ENT → Software.</li></ul>
<p>Licences end when you leave the university. Not on the list: see the article on software installation and purchase requests.</p>`,
    keywords: ['software', 'licence', 'license', 'matlab', 'spss', 'arcgis', 'free', 'download'],
    questions: ['How can I get Matlab for free', 'SPSS licence expired', 'What software is free for students', 'Download ArcGIS']
  }),
  ...pair('software-install-request', 'software', {
    title: 'Faire installer un logiciel sur un poste de l\'université',
    summary: "Les utilisateurs ne sont pas administrateurs de leur poste. Installez vous-même depuis le Centre logiciel ; sinon, faites une demande avec le nom du logiciel, la version et la justification.",
    body: `<ol><li>Menu Démarrer → <strong>Centre logiciel</strong> : plus de 150 logiciels validés s'installent en un clic, sans droits administrateur.</li>
<li>Logiciel absent : demande « Logiciels » avec le nom, la version, le lien de l'éditeur, les postes concernés (numéros d'inventaire) et l'usage.</li>
<li>Logiciel payant : joignez le devis ou le bon de commande ; l'achat passe par votre service.</li></ol>
<p>Pour une salle de TP, faites la demande avant le 30 juin pour le semestre d'automne : les images des salles sont préparées l'été.</p>`,
    keywords: ['installer', 'logiciel', 'droits administrateur', 'centre logiciel', 'demande', 'salle tp'],
    questions: ['Je n\'ai pas les droits pour installer un programme', 'Installer un logiciel sur mon PC de bureau', 'Demander un logiciel pour une salle de TP', 'Mot de passe administrateur demandé']
  }, {
    title: 'Get software installed on a university computer',
    summary: 'Users are not administrators of their computers. Install from Software Center yourself; otherwise file a request with the software name, version and reason.',
    body: `<ol><li>Start menu → <strong>Software Center</strong>: more than 150 approved programs install in one click, without admin rights.</li>
<li>Not there: "Software" request with the name, version, vendor link, computers concerned (asset numbers) and purpose.</li>
<li>Paid software: attach the quote or purchase order; your department buys it.</li></ol>
<p>For a computer lab, ask before 30 June for the autumn semester: lab images are prepared over the summer.</p>`,
    keywords: ['install', 'software', 'admin rights', 'software center', 'request', 'lab'],
    questions: ['I don\'t have rights to install a program', 'Install software on my office PC', 'Request software for a computer lab', 'Asked for an administrator password']
  }),
  ...pair('antivirus-malware', 'software', {
    title: 'Antivirus et ordinateur infecté',
    summary: "Les postes de l'université sont protégés par Microsoft Defender, géré centralement. Alerte virus, fenêtres publicitaires ou fichiers chiffrés : débranchez le réseau et contactez l'assistance.",
    body: `<h2>Postes de l'université</h2>
<p>Defender est installé et mis à jour automatiquement ; n'installez pas d'autre antivirus.</p>
<h2>Ordinateur personnel</h2>
<p>Windows Defender intégré suffit s'il est activé et à jour. Méfiez-vous des « antivirus gratuits » proposés par des publicités : ce sont souvent eux les logiciels malveillants.</p>
<h2>Signes d'infection</h2>
<ul><li>Fichiers renommés avec une extension inconnue et message de rançon : <strong>débranchez immédiatement</strong> le câble réseau et le Wi-Fi, n'éteignez pas, appelez l'assistance.</li>
<li>Navigateur qui ouvre des pages publicitaires, nouvelle barre d'outils : demande « Poste de travail ».</li></ul>`,
    keywords: ['antivirus', 'virus', 'malware', 'ransomware', 'defender', 'infecté', 'sécurité'],
    questions: ['J\'ai un virus sur mon ordinateur', 'Quel antivirus installer', 'Mes fichiers ont été chiffrés', 'Fenêtres de pub qui s\'ouvrent toutes seules']
  }, {
    title: 'Antivirus and infected computers',
    summary: 'University computers are protected by centrally managed Microsoft Defender. Virus alert, pop-ups or encrypted files: unplug the network and contact the help desk.',
    body: `<h2>University computers</h2>
<p>Defender is installed and updated automatically; do not install another antivirus.</p>
<h2>Personal computers</h2>
<p>Built-in Windows Defender is enough if on and up to date. Beware of "free antivirus" ads: they are often the malware.</p>
<h2>Signs of infection</h2>
<ul><li>Files renamed with an unknown extension and a ransom note: <strong>unplug</strong> network cable and Wi-Fi at once, do not switch off, call the help desk.</li>
<li>Browser opening ad pages, new toolbar: "Computer and laptop" request.</li></ul>`,
    keywords: ['antivirus', 'virus', 'malware', 'ransomware', 'defender', 'infected', 'security'],
    questions: ['I have a virus on my computer', 'Which antivirus should I install', 'My files have been encrypted', 'Pop-up ads opening by themselves']
  }),
  ...pair('accessibility-tools', 'software', {
    title: 'Outils d\'accessibilité : lecture d\'écran, dictée, sous-titres',
    summary: "Les postes et Microsoft 365 intègrent des outils d'accessibilité : Lecteur immersif, dictée, sous-titres en direct dans Teams, loupe, NVDA. Le service handicap prête du matériel adapté.",
    body: `<ul><li><strong>Lecteur immersif</strong> (Word, OneNote, Teams) : lit le texte à voix haute, espace les lignes, colore les syllabes.</li>
<li><strong>Dictée</strong> : dans Word, bouton <em>Dicter</em> ; Windows + H partout ailleurs.</li>
<li><strong>Sous-titres en direct</strong> dans Teams : <em>…</em> → <em>Langue et voix</em> → <em>Activer les sous-titres en direct</em>.</li>
<li><strong>NVDA</strong> (lecteur d'écran) et <strong>Loupe</strong> (Windows + +) sur tous les postes des salles.</li></ul>
<p>Claviers adaptés, plages braille, logiciels de synthèse vocale pour les examens : contactez le service handicap, qui organise aussi les aménagements d'examen.</p>`,
    keywords: ['accessibilité', 'handicap', 'lecteur d\'écran', 'dictée', 'sous-titres', 'dyslexie', 'malvoyant'],
    questions: ['Logiciel pour dyslexique', 'Faire lire un texte à voix haute', 'Sous-titres dans Teams', 'Je suis malvoyant, quels outils ?']
  }, {
    title: 'Accessibility tools: screen reading, dictation, captions',
    summary: 'Computers and Microsoft 365 include accessibility tools: Immersive Reader, dictation, live captions in Teams, Magnifier, NVDA. The disability service lends adapted equipment.',
    body: `<ul><li><strong>Immersive Reader</strong> (Word, OneNote, Teams): reads text aloud, spaces lines, highlights syllables.</li>
<li><strong>Dictation</strong>: in Word, <em>Dictate</em> button; Windows + H anywhere else.</li>
<li><strong>Live captions</strong> in Teams: <em>…</em> → <em>Language and speech</em> → <em>Turn on live captions</em>.</li>
<li><strong>NVDA</strong> (screen reader) and <strong>Magnifier</strong> (Windows + +) on every lab computer.</li></ul>
<p>Adapted keyboards, braille displays, text-to-speech for exams: contact the disability service.</p>`,
    keywords: ['accessibility', 'disability', 'screen reader', 'dictation', 'captions', 'dyslexia', 'visually impaired'],
    questions: ['Software for dyslexic students', 'Have text read aloud', 'Captions in Teams', 'I am visually impaired, what tools are there?']
  }),
  ...pair('website-update-page', 'website', {
    title: 'Modifier une page du site web de l\'université',
    summary: "Chaque composante a des contributeurs formés au CMS. Demandez l'accès contributeur à votre correspondant web, ou faites une demande « Site web » avec l'adresse de la page et la modification.",
    body: `<ul><li><strong>Petite correction</strong> (horaire, lien cassé, coquille) : demande « Site web » avec l'adresse exacte de la page et le texte corrigé.</li>
<li><strong>Mises à jour régulières</strong> : demandez un accès contributeur ; une formation d'une demi-journée est obligatoire.</li>
<li><strong>Nouvelle rubrique ou nouveau site</strong> : c'est une demande d'évolution, validée par la communication.</li></ul>
<p>Les modifications sont publiées après relecture sous 2 jours ouvrés. Documents PDF : vérifiez qu'ils sont accessibles (titres, texte réel et non scanné).</p>`,
    keywords: ['site web', 'page', 'cms', 'contributeur', 'lien cassé', 'mise à jour'],
    questions: ['Il y a une erreur sur le site de la fac', 'Comment modifier la page de mon labo', 'Devenir contributeur du site web', 'Lien cassé sur le site']
  }, {
    title: 'Update a page on the university website',
    summary: 'Each faculty has contributors trained on the CMS. Ask your web contact for contributor access, or file a "Website" request with the page address and the change.',
    body: `<ul><li><strong>Small fix</strong> (hours, broken link, typo): "Website" request with the exact page address and the corrected text.</li>
<li><strong>Regular updates</strong>: ask for contributor access; a half-day training is required.</li>
<li><strong>New section or new site</strong>: that is a change request, approved by communications.</li></ul>`,
    keywords: ['website', 'web page', 'cms', 'contributor', 'broken link', 'update'],
    questions: ['There is a mistake on the university website', 'How do I edit my lab\'s page', 'Become a website contributor', 'Broken link on the website']
  }),
  ...pair('suggest-improvement', 'evolutions', {
    title: 'Proposer une amélioration ou un nouveau service numérique',
    summary: "Une idée pour améliorer un outil, un besoin nouveau (application, automatisation, formulaire) ? Déposez une demande d'évolution : elle est étudiée chaque mois par le comité numérique.",
    body: `<ol><li>Déposez une demande « Demandes d'évolution » : décrivez le besoin (pas la solution), qui est concerné, et ce que cela changerait.</li>
<li>L'équipe technique vous recontacte pour préciser et estimer.</li>
<li>Le comité numérique (mensuel) priorise ; vous suivez l'état dans « Mes demandes ».</li></ol>
<p>Un dysfonctionnement n'est pas une évolution : signalez-le comme incident pour qu'il soit traité plus vite.</p>`,
    keywords: ['évolution', 'amélioration', 'suggestion', 'idée', 'nouveau service', 'besoin'],
    questions: ['J\'ai une idée pour améliorer Moodle', 'Demander un nouvel outil', 'Comment proposer une fonctionnalité', 'Automatiser un formulaire papier']
  }, {
    title: 'Suggest an improvement or a new digital service',
    summary: 'An idea to improve a tool, or a new need (app, automation, form)? File a change request: the digital committee reviews them monthly.',
    body: `<ol><li>File a "Change requests" request: describe the need (not the solution), who it affects and what it would change.</li>
<li>The technical team contacts you to refine and estimate it.</li>
<li>The digital committee (monthly) sets priorities; follow progress in "My requests".</li></ol>
<p>A malfunction is not a change request: report it as an incident so it is handled faster.</p>`,
    keywords: ['change request', 'improvement', 'suggestion', 'idea', 'new service', 'feature'],
    questions: ['I have an idea to improve Moodle', 'Request a new tool', 'How to suggest a feature', 'Automate a paper form']
  }),
  ...single('student-card', 'accounts', 'fr', {
    title: 'Carte étudiant ou professionnelle : perdue, cassée ou qui ne badge pas',
    summary: "La carte sert aux copieurs, à la BU, aux portes et au restaurant universitaire. Perdue : bloquez-la dans l'ENT (Ma carte) et demandez un duplicata à la scolarité (10 €).",
    body: `<ul><li><strong>Perdue ou volée</strong> : ENT → <em>Ma carte</em> → <em>Déclarer une perte</em> ; le porte-monnaie Izly est bloqué.</li>
<li><strong>Ne badge plus</strong> sur un copieur : vérifiez qu'elle fonctionne à la BU ; si elle est reconnue ailleurs, c'est le copieur qu'il faut signaler.</li>
<li><strong>Abîmée</strong> : remplacement gratuit à l'accueil de la scolarité sur présentation de l'ancienne carte.</li></ul>
<p>Personnels : la carte professionnelle se demande auprès de la DRH.</p>`,
    keywords: ['carte étudiant', 'badge', 'carte perdue', 'duplicata', 'izly', 'carte professionnelle'],
    questions: ['J\'ai perdu ma carte étudiante', 'Ma carte ne marche plus sur le copieur', 'Refaire sa carte étudiant', 'Le badge n\'ouvre plus la porte']
  }),
  ...single('zotero', 'software', 'fr', {
    title: 'Gérer sa bibliographie avec Zotero',
    summary: "Zotero collecte vos références depuis le navigateur et insère citations et bibliographie dans Word. Gratuit, il est installé sur les postes et les bibliothécaires proposent des ateliers.",
    body: `<ol><li>Installez Zotero et le connecteur pour votre navigateur (zotero.org), ou depuis le Centre logiciel.</li>
<li>Sur une page de revue ou du catalogue de la BU, cliquez l'icône du connecteur : la référence et le PDF s'ajoutent.</li>
<li>Dans Word, onglet <em>Zotero</em> → <em>Add/Edit Citation</em>, puis <em>Add/Edit Bibliography</em>.</li>
<li>Choisissez le style demandé (APA, ISO 690…) dans <em>Document Preferences</em>.</li></ol>
<p>Créez un compte Zotero pour synchroniser vos références entre ordinateurs.</p>`,
    keywords: ['zotero', 'bibliographie', 'références', 'citation', 'mémoire', 'thèse'],
    questions: ['Comment faire une bibliographie automatiquement', 'Zotero n\'apparaît pas dans Word', 'Logiciel de références pour mon mémoire']
  }),
  ...single('it-charter', 'accounts', 'fr', {
    title: 'Charte informatique : ce qui est autorisé ou non',
    summary: "La charte informatique, acceptée à l'activation du compte, fixe les règles d'usage : compte personnel et non partageable, usage privé raisonnable, pas de téléchargement illégal, respect des données personnelles.",
    body: `<ul><li>Votre compte est <strong>personnel</strong> : ne prêtez jamais vos identifiants, même à un collègue.</li>
<li>Usage privé toléré s'il reste raisonnable et ne gêne pas le service.</li>
<li>Téléchargement illégal, minage de cryptomonnaie, contournement des protections : interdits et tracés.</li>
<li>Données d'étudiants ou de patients : uniquement sur les outils de l'université, jamais sur un stockage personnel.</li></ul>
<p>Le texte complet est sur l'intranet, rubrique <em>Numérique</em> → <em>Charte</em>.</p>`,
    keywords: ['charte', 'règles', 'usage', 'rgpd', 'sécurité', 'autorisé'],
    questions: ['Ai-je le droit de prêter mon compte', 'Règles d\'utilisation du réseau de la fac', 'Usage personnel de l\'ordinateur du bureau']
  })
];
