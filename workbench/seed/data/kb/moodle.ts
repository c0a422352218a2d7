/** Knowledge base: Moodle and the ENT, for students and teachers. */
import { KbArticle, pair, single } from './types';

/** Moodle and ENT articles. */
export const KB_MOODLE: KbArticle[] = [
  ...pair('moodle-missing-course', 'moodle', {
    title: 'Un cours n\'apparaît pas dans mon tableau de bord Moodle',
    summary: "Les cours s'ajoutent automatiquement 24 à 48 h après votre inscription pédagogique. Avant cela, cherchez le cours et utilisez la clé d'inscription donnée par l'enseignant.",
    body: `<ol><li>Vérifiez votre <strong>inscription pédagogique</strong> dans l'ENT (onglet Scolarité) : sans elle, l'inscription automatique ne se fait pas.</li>
<li>Dans Moodle, <em>Tous les cours</em> → recherchez l'intitulé ou le code (ex. <code>L2-HIS-204</code>).</li>
<li>Si une clé est demandée, saisissez celle donnée en cours ou sur l'emploi du temps.</li>
<li>Regardez le filtre du tableau de bord : <em>Cours en cours</em> masque les cours terminés ou futurs ; choisissez <em>Tous</em>.</li></ol>
<p>Toujours rien ? Contactez d'abord votre secrétariat pédagogique, puis faites une demande « ENT / Moodle » avec le code du cours.</p>`,
    keywords: ['moodle', 'cours', 'inscription', 'clé d\'inscription', 'tableau de bord', 'manquant'],
    questions: ['Je ne trouve pas mon cours sur Moodle', 'Mon cours n\'apparaît pas', 'Comment m\'inscrire à un cours Moodle', 'Clé d\'inscription Moodle']
  }, {
    title: 'A course is missing from my Moodle dashboard',
    summary: 'Courses are added automatically 24 to 48 hours after your course registration. Until then, search for the course and use the enrolment key from your teacher.',
    body: `<ol><li>Check your <strong>course registration</strong> in the ENT (Studies tab): without it, automatic enrolment does not happen.</li>
<li>In Moodle, <em>All courses</em> → search by title or code (e.g. <code>L2-HIS-204</code>).</li>
<li>If a key is requested, enter the one given in class or on the timetable.</li>
<li>Check the dashboard filter: <em>In progress</em> hides past and future courses; choose <em>All</em>.</li></ol>
<p>Still nothing? Ask your programme office first, then file an "ENT / Moodle" request with the course code.</p>`,
    keywords: ['moodle', 'course', 'enrol', 'enrolment key', 'dashboard', 'missing'],
    questions: ['I can\'t find my course on Moodle', 'My course does not show up', 'How do I enrol in a Moodle course', 'Moodle enrolment key']
  }),
  ...pair('moodle-grades-feedback', 'moodle', {
    title: 'Consulter ses notes et les commentaires des enseignants sur Moodle',
    summary: "Dans le cours, menu « Notes » ; pour un devoir, ouvrez l'activité pour voir la note, le commentaire et le fichier annoté. Les notes officielles restent celles publiées dans l'ENT.",
    body: `<ul><li><strong>Toutes les notes d'un cours</strong> : dans le cours, onglet <em>Notes</em>.</li>
<li><strong>Un devoir</strong> : ouvrez l'activité ; sous <em>Feedback</em> figurent la note, le commentaire et éventuellement votre copie annotée (PDF).</li>
<li><strong>Un test</strong> : ouvrez le test ; selon les réglages de l'enseignant, la relecture des réponses est disponible après la fermeture.</li></ul>
<p>Une note n'apparaît pas : l'enseignant ne l'a peut-être pas encore publiée. Les notes de Moodle sont indicatives ; les résultats officiels sont dans l'ENT après délibération du jury.</p>`,
    keywords: ['notes', 'moodle', 'feedback', 'commentaire', 'résultats', 'correction'],
    questions: ['Où voir mes notes sur Moodle', 'Je ne vois pas la correction de mon devoir', 'Ma note n\'apparaît pas', 'Voir les réponses de mon test']
  }, {
    title: 'View your grades and teacher feedback on Moodle',
    summary: 'In the course, "Grades" menu; for an assignment, open the activity to see the grade, comment and annotated file. Official marks are those published in the ENT.',
    body: `<ul><li><strong>All grades of a course</strong>: in the course, <em>Grades</em> tab.</li>
<li><strong>An assignment</strong>: open the activity; under <em>Feedback</em> are the grade, the comment and possibly your annotated copy (PDF).</li>
<li><strong>A quiz</strong>: open the quiz; depending on the teacher's settings, you can review answers after it closes.</li></ul>
<p>A grade is missing: the teacher may not have released it yet. Moodle grades are provisional; official results are in the ENT after the exam board.</p>`,
    keywords: ['grades', 'marks', 'moodle', 'feedback', 'results'],
    questions: ['Where do I see my grades on Moodle', 'I can\'t see feedback on my assignment', 'My mark is not showing', 'See my quiz answers']
  }),
  ...pair('moodle-notifications', 'moodle', {
    title: 'Trop (ou pas assez) de notifications Moodle',
    summary: "Réglez les notifications dans votre profil : Préférences → Préférences des notifications et des forums. Vous pouvez choisir un résumé quotidien plutôt qu'un mail par message.",
    body: `<ol><li>Cliquez sur votre photo → <em>Préférences</em>.</li>
<li><em>Préférences des forums</em> → <em>Type de résumé</em> : « Complet (un courriel par jour) ».</li>
<li><em>Préférences des notifications</em> : décochez le courriel pour les types qui ne vous intéressent pas ; gardez les annonces et les devoirs.</li>
<li>Dans un forum précis, <em>Se désabonner</em> (sauf forum des annonces, obligatoire).</li></ol>
<p>Vous ne recevez rien ? Vérifiez le dossier indésirables et que l'adresse de votre profil est bien votre adresse universitaire.</p>`,
    keywords: ['notifications', 'moodle', 'forum', 'courriels', 'résumé', 'abonnement'],
    questions: ['Moodle m\'envoie trop de mails', 'Se désabonner d\'un forum Moodle', 'Je ne reçois pas les annonces Moodle']
  }, {
    title: 'Too many (or too few) Moodle notifications',
    summary: 'Set notifications in your profile: Preferences → Notification and forum preferences. You can choose a daily digest instead of one email per post.',
    body: `<ol><li>Click your picture → <em>Preferences</em>.</li>
<li><em>Forum preferences</em> → <em>Email digest type</em>: "Complete (daily email)".</li>
<li><em>Notification preferences</em>: untick email for the types you don't need; keep announcements and assignments.</li>
<li>In a specific forum, <em>Unsubscribe</em> (except the announcements forum, which is compulsory).</li></ol>`,
    keywords: ['notifications', 'moodle', 'forum', 'emails', 'digest', 'subscription'],
    questions: ['Moodle sends me too many emails', 'Unsubscribe from a Moodle forum', 'I don\'t get Moodle announcements']
  }),
  ...pair('moodle-file-too-large', 'moodle', {
    title: 'Moodle refuse mon fichier : trop volumineux ou format non accepté',
    summary: "La taille maximale est fixée par l'enseignant (souvent 20 Mo, au plus 100 Mo). Compressez les images, exportez en PDF, ou déposez un lien OneDrive si l'enseignant l'accepte.",
    body: `<ul><li>La limite s'affiche sous la zone de dépôt (« Taille maximale pour les nouveaux fichiers »).</li>
<li><strong>Document Word avec photos</strong> : <em>Fichier</em> → <em>Exporter en PDF</em> → <em>Taille minimale</em>.</li>
<li><strong>Vidéo</strong> : déposez-la dans OneDrive, partagez le lien en lecture et collez-le dans le texte en ligne du devoir si l'enseignant l'autorise.</li>
<li><strong>Format refusé</strong> : les types acceptés sont listés sous la zone de dépôt ; un .pages ou .heic doit être converti.</li></ul>
<p>Date limite proche ? Envoyez le fichier à l'enseignant par mail en parallèle pour garder une preuve de dépôt, puis faites une demande.</p>`,
    keywords: ['moodle', 'fichier trop volumineux', 'taille', 'dépôt', 'format', 'upload'],
    questions: ['Mon fichier est trop lourd pour Moodle', 'Le dépôt de devoir ne marche pas', 'Moodle ne prend pas ma vidéo', 'Format de fichier refusé']
  }, {
    title: 'Moodle rejects my file: too large or wrong format',
    summary: 'The maximum size is set by the teacher (often 20 MB, at most 100 MB). Compress images, export to PDF, or submit a OneDrive link if the teacher allows it.',
    body: `<ul><li>The limit is shown under the upload area ("Maximum file size").</li>
<li><strong>Word document with photos</strong>: <em>File</em> → <em>Export to PDF</em> → <em>Minimum size</em>.</li>
<li><strong>Video</strong>: upload it to OneDrive, share a view link and paste it into the online text if allowed.</li>
<li><strong>Format rejected</strong>: accepted types are listed under the upload area; .pages or .heic files must be converted.</li></ul>
<p>Deadline close? Email the file to the teacher as well to keep proof, then file a request.</p>`,
    keywords: ['moodle', 'file too large', 'size limit', 'upload', 'format'],
    questions: ['My file is too big for Moodle', 'Assignment upload not working', 'Moodle won\'t take my video', 'File type not allowed']
  }),
  ...pair('moodle-teacher-quiz', 'moodle', {
    title: 'Enseignants : créer un test Moodle avec une banque de questions',
    summary: "Créez d'abord vos questions dans la banque (par catégories), puis ajoutez un test qui tire des questions aléatoires. Réglez l'ouverture, la durée et la relecture avant de le rendre visible.",
    body: `<ol><li>Dans le cours, <em>Plus</em> → <em>Banque de questions</em> : créez une catégorie par chapitre, puis vos questions (QCM, vrai/faux, réponse courte, appariement…). L'import au format GIFT ou Moodle XML fait gagner du temps.</li>
<li>Activez le mode édition → <em>Ajouter une activité</em> → <em>Test</em>.</li>
<li>Réglages essentiels : dates d'ouverture et de fermeture, <em>Temps disponible</em>, nombre de tentatives, <em>Options de relecture</em>.</li>
<li>Dans <em>Questions</em>, ajoutez des <em>questions aléatoires</em> de chaque catégorie pour que chaque étudiant ait un sujet différent.</li>
<li>Prévisualisez le test avant de le rendre visible.</li></ol>
<p>Pour un examen noté, voir aussi l'article sur les aménagements (tiers-temps) : ils se règlent par dérogation utilisateur.</p>`,
    keywords: ['enseignant', 'test', 'quiz', 'banque de questions', 'qcm', 'moodle', 'gift'],
    questions: ['Comment créer un QCM sur Moodle', 'Questions aléatoires dans un test', 'Importer des questions Moodle', 'Créer un examen en ligne']
  }, {
    title: 'Teachers: build a Moodle quiz from a question bank',
    summary: 'Create your questions in the bank first (by category), then add a quiz that draws random questions. Set opening dates, time limit and review options before making it visible.',
    body: `<ol><li>In the course, <em>More</em> → <em>Question bank</em>: create a category per chapter, then your questions (multiple choice, true/false, short answer, matching…). Importing GIFT or Moodle XML saves time.</li>
<li>Turn editing on → <em>Add an activity</em> → <em>Quiz</em>.</li>
<li>Key settings: open and close dates, <em>Time limit</em>, attempts allowed, <em>Review options</em>.</li>
<li>Under <em>Questions</em>, add <em>random questions</em> from each category so every student gets a different paper.</li>
<li>Preview the quiz before making it visible.</li></ol>`,
    keywords: ['teacher', 'quiz', 'question bank', 'multiple choice', 'moodle', 'gift'],
    questions: ['How do I create a multiple choice test in Moodle', 'Random questions in a quiz', 'Import questions into Moodle', 'Set up an online exam']
  }),
  ...pair('moodle-teacher-extension', 'derogations', {
    title: 'Enseignants : accorder un délai ou une nouvelle tentative à un étudiant',
    summary: "Pour un devoir, utilisez « Prolongation » ; pour un test, « Dérogations utilisateur ». Pour un examen terminal, la dérogation doit être validée par le référent : faites une demande.",
    body: `<h2>Devoir</h2>
<p>Dans le devoir, <em>Consulter tous les travaux remis</em> → cochez l'étudiant → <em>Prolonger</em> → nouvelle date.</p>
<h2>Test</h2>
<p>Dans le test, <em>Dérogations</em> → <em>Dérogations utilisateur</em> → <em>Ajouter</em> : nouvelle date de fermeture, durée ou nombre de tentatives pour cet étudiant seulement.</p>
<h2>Examen terminal</h2>
<p>Rouvrir une tentative d'examen (panne, coupure) passe par une demande « Dérogations d'examen » : le référent pédagogique valide, puis l'équipe e-learning applique la dérogation et garde la trace.</p>`,
    keywords: ['dérogation', 'prolongation', 'délai', 'nouvelle tentative', 'enseignant', 'moodle'],
    questions: ['Donner plus de temps à un étudiant sur un devoir', 'Rouvrir le test d\'un étudiant', 'Un étudiant a eu une coupure pendant l\'examen', 'Accorder une deuxième tentative']
  }, {
    title: 'Teachers: give a student an extension or a new attempt',
    summary: 'For an assignment use "Extension"; for a quiz, "User overrides". For a final exam, the override must be approved by the referent: file a request.',
    body: `<h2>Assignment</h2>
<p>In the assignment, <em>View all submissions</em> → tick the student → <em>Grant extension</em> → new date.</p>
<h2>Quiz</h2>
<p>In the quiz, <em>Overrides</em> → <em>User overrides</em> → <em>Add</em>: new close date, time limit or attempts for that student only.</p>
<h2>Final exam</h2>
<p>Reopening an exam attempt (outage, disconnection) goes through an "Exam derogations" request: the referent approves, then the e-learning team applies the override and keeps a record.</p>`,
    keywords: ['override', 'extension', 'deadline', 'new attempt', 'teacher', 'moodle'],
    questions: ['Give a student more time on an assignment', 'Reopen a student\'s quiz', 'Student lost connection during the exam', 'Allow a second attempt']
  }),
  ...pair('ent-timetable', 'moodle', {
    title: 'Consulter son emploi du temps et l\'ajouter à son agenda',
    summary: "L'emploi du temps est dans l'ENT (tuile « Emploi du temps »). Copiez le lien iCal pour l'afficher dans Outlook, Google Agenda ou votre téléphone : les changements de salle apparaissent automatiquement.",
    body: `<ol><li>Dans l'ENT, ouvrez <em>Emploi du temps</em> : vue semaine, salles et enseignants.</li>
<li>Cliquez <em>Exporter</em> → <em>Copier le lien iCal</em>.</li>
<li>Outlook : <em>Ajouter un calendrier</em> → <em>À partir d'Internet</em> → collez le lien. Google Agenda : <em>Autres agendas</em> → <em>À partir de l'URL</em>.</li></ol>
<p>La mise à jour dans les agendas externes peut prendre quelques heures : en cas de doute le jour même, l'ENT fait foi. Un cours manquant ? C'est le secrétariat pédagogique qui gère l'emploi du temps.</p>`,
    keywords: ['emploi du temps', 'planning', 'edt', 'ical', 'agenda', 'salle', 'ent'],
    questions: ['Où trouver mon emploi du temps', 'Synchroniser mon EDT avec Google Agenda', 'Mettre mon planning de cours sur mon téléphone', 'Dans quelle salle est mon cours ?']
  }, {
    title: 'View your timetable and add it to your calendar',
    summary: 'Your timetable is in the ENT ("Timetable" tile). Copy the iCal link to show it in Outlook, Google Calendar or your phone: room changes appear automatically.',
    body: `<ol><li>In the ENT, open <em>Timetable</em>: week view, rooms and teachers.</li>
<li>Click <em>Export</em> → <em>Copy iCal link</em>.</li>
<li>Outlook: <em>Add calendar</em> → <em>From Internet</em> → paste the link. Google Calendar: <em>Other calendars</em> → <em>From URL</em>.</li></ol>
<p>External calendars can take a few hours to update: on the day, the ENT is the reference. A class missing? The programme office manages timetables.</p>`,
    keywords: ['timetable', 'schedule', 'ical', 'calendar', 'room', 'ent'],
    questions: ['Where is my timetable', 'Sync my timetable with Google Calendar', 'Put my class schedule on my phone', 'Which room is my class in?']
  }),
  ...single('moodle-course-reset', 'moodle', 'fr', {
    title: 'Enseignants : préparer son cours Moodle pour la nouvelle année',
    summary: "Chaque été, un nouvel espace vide est créé pour chaque cours. Importez le contenu de l'an dernier (Importer) plutôt que de réutiliser l'ancien espace, qui est archivé en lecture seule.",
    body: `<ol><li>Ouvrez le nouvel espace de cours (année en cours dans le nom).</li>
<li><em>Plus</em> → <em>Réutilisation de cours</em> → <em>Importer</em> → choisissez l'ancien cours.</li>
<li>Cochez les activités et ressources à reprendre (les travaux des étudiants et les notes ne sont pas copiés).</li>
<li>Vérifiez les dates des devoirs et tests : décalez-les avec <em>Dates</em> dans le menu du cours.</li></ol>
<p>Les anciens espaces restent consultables 3 ans en lecture seule pour les réclamations.</p>`,
    keywords: ['rentrée', 'import', 'nouvelle année', 'enseignant', 'moodle', 'réutiliser'],
    questions: ['Récupérer mon cours Moodle de l\'an dernier', 'Copier un cours Moodle', 'Mon cours est vide en septembre']
  }),
  ...single('moodle-mobile-app', 'moodle', 'fr', {
    title: 'Utiliser l\'application mobile Moodle',
    summary: "Installez « Moodle » (App Store / Google Play), saisissez moodle.univ-exemple.fr puis connectez-vous : cours, notifications et devoirs sur votre téléphone. Évitez-la pour les examens.",
    body: `<ul><li>Adresse du site : <strong>moodle.univ-exemple.fr</strong>.</li>
<li>La connexion ouvre la page de l'université dans le navigateur, puis revient dans l'application.</li>
<li>Téléchargez les cours pour les lire hors connexion (bouton nuage).</li></ul>
<p>Pour un test noté ou un dépôt de devoir important, utilisez un ordinateur : l'application gère mal certaines questions et les dépôts volumineux.</p>`,
    keywords: ['application', 'mobile', 'moodle', 'smartphone', 'appli'],
    questions: ['Moodle sur mon téléphone', 'L\'appli Moodle ne trouve pas le site', 'Adresse du site pour l\'application Moodle']
  })
];
