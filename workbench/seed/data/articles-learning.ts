/** Articles about the ENT, Moodle, online exams and Teams. */
import type { ArticlePairSeed } from './articles';

/** Digital learning articles. */
export const LEARNING_ARTICLES: ArticlePairSeed[] = [
  {
    key: 'exam-day', category: 'exams', kind: 'howto', owner: 'julie', reviewInDays: 45,
    stats: { fr: [2315, 301, 14], en: [512, 66, 5] },
    fr: {
      title: 'Examen en ligne : que faire en cas de problème technique ?',
      summary: 'Pendant un examen en ligne, appelez la ligne examens (lundi–samedi, 7h30–19h30), envoyez une capture d\'écran nommée et gardez votre calme : votre enseignant est prévenu en même temps que nous.',
      body: `<h2>Avant l'épreuve</h2>
<ul>
<li>Connectez-vous à Moodle 15 minutes avant le début et vérifiez que vous voyez l'examen dans votre cours.</li>
<li>Branchez votre ordinateur sur secteur, fermez les autres applications, préférez un câble réseau au Wi-Fi si possible.</li>
<li>Notez le numéro de la <strong>ligne examens : 01 84 88 78 48</strong>.</li>
</ul>
<h2>Pendant l'épreuve, si quelque chose ne va pas</h2>
<ol>
<li><strong>Faites une capture d'écran</strong> du message d'erreur ou de la page bloquée, et nommez le fichier <code>NOM_Prenom_cours.png</code>. Elle sert de preuve horodatée de votre problème.</li>
<li>Appelez la ligne examens ou déposez une demande <em>Examens en ligne</em> en indiquant le cours et en joignant la capture.</li>
<li>Ne quittez pas la tentative et ne fermez pas le navigateur sans l'accord de l'agent : vos réponses sont enregistrées à chaque changement de page.</li>
</ol>
<h2>Ce qui se passe ensuite</h2>
<p>Un seul agent suit votre demande du début à la fin. Il prévient votre enseignant et, si besoin, le référent e-learning de votre département, qui seuls peuvent accorder une dérogation (temps supplémentaire, nouvelle tentative). En cas de panne générale, l'épreuve est réorganisée par la faculté : vous êtes informé par mail.</p>`,
      keywords: ['examen', 'examen en ligne', 'moodle', 'capture d\'écran', 'ligne examens', 'panne', 'dérogation', 'tentative'],
      questions: ['Mon examen Moodle s\'est bloqué', 'Que faire si ma connexion coupe pendant l\'examen ?', 'Qui appeler pendant un examen ?', 'Le questionnaire s\'est fermé avant la fin', 'Je n\'arrive pas à soumettre mon examen']
    },
    en: {
      title: 'Online exam: what to do if something goes wrong',
      summary: 'During an online exam, call the exam line (Monday–Saturday, 7:30 am–7:30 pm), send a named screenshot and stay calm: your teacher is informed at the same time as we are.',
      body: `<h2>Before the exam</h2>
<ul>
<li>Log in to Moodle 15 minutes before the start and check that you can see the exam in your course.</li>
<li>Plug in your laptop, close other applications, and use a network cable rather than Wi-Fi if you can.</li>
<li>Write down the <strong>exam line: +33 1 84 88 78 48</strong>.</li>
</ul>
<h2>During the exam, if something goes wrong</h2>
<ol>
<li><strong>Take a screenshot</strong> of the error message or the frozen page, and name the file <code>SURNAME_Firstname_course.png</code>. It is time-stamped evidence of your problem.</li>
<li>Call the exam line or file an <em>Online exams</em> request, giving the course and attaching the screenshot.</li>
<li>Do not leave the attempt or close the browser unless the agent tells you to: your answers are saved every time you change page.</li>
</ol>
<h2>What happens next</h2>
<p>One agent follows your request from start to finish. They inform your teacher and, if needed, your department's e-learning referent, who alone can grant a derogation (extra time, new attempt). If there is a general outage, the faculty reorganises the exam and you are informed by email.</p>`,
      keywords: ['exam', 'online exam', 'moodle', 'screenshot', 'exam line', 'outage', 'derogation', 'attempt'],
      questions: ['My Moodle exam froze', 'What if my connection drops during the exam?', 'Who do I call during an exam?', 'The quiz closed before I finished', 'I can\'t submit my exam']
    }
  },
  {
    key: 'moodle-quiz', category: 'moodle', kind: 'faq', owner: 'julie', reviewInDays: 150,
    stats: { fr: [980, 97, 8], en: [231, 25, 2] },
    fr: {
      title: 'Répondre à un test (questionnaire) Moodle : bonnes pratiques',
      summary: 'Un test Moodle enregistre vos réponses à chaque changement de page et se soumet automatiquement à la fin du temps imparti. Un seul onglet, une connexion stable, et « Tout envoyer et terminer » à la fin.',
      body: `<h2>Comment fonctionne un test</h2>
<ul>
<li>Le chronomètre démarre dès que vous cliquez sur <em>Faire le test</em> et continue même si vous fermez la page.</li>
<li>Vos réponses sont enregistrées quand vous passez à la page suivante ou précédente.</li>
<li>À la fin du temps, la tentative en cours est envoyée automatiquement (selon le réglage choisi par l'enseignant).</li>
</ul>
<h2>Bonnes pratiques</h2>
<ol>
<li>N'ouvrez le test que dans <strong>un seul onglet</strong> : deux onglets peuvent écraser vos réponses.</li>
<li>Évitez le bouton « Précédent » du navigateur ; utilisez la navigation du test.</li>
<li>À la fin, cliquez sur <strong>Terminer le test…</strong> puis <strong>Tout envoyer et terminer</strong>. Une tentative « en cours » n'est pas une tentative envoyée.</li>
</ol>
<h2>Je ne vois pas le test</h2>
<p>Vérifiez les dates d'ouverture affichées dans le cours. S'il est indiqué « Aucune tentative autorisée » ou si le mot de passe du test vous est demandé, contactez votre enseignant ou déposez une demande <em>ENT / Moodle</em> en précisant le cours.</p>`,
      keywords: ['moodle', 'test', 'quiz', 'questionnaire', 'tentative', 'chronomètre', 'soumettre'],
      questions: ['Mes réponses au quiz Moodle ont disparu', 'Comment envoyer mon test Moodle ?', 'Le test n\'apparaît pas dans mon cours', 'Que se passe-t-il à la fin du temps ?']
    },
    en: {
      title: 'Taking a Moodle quiz: good practice',
      summary: 'A Moodle quiz saves your answers every time you change page and submits itself when time is up. One tab, a stable connection, and "Submit all and finish" at the end.',
      body: `<h2>How a quiz works</h2>
<ul>
<li>The timer starts as soon as you click <em>Attempt quiz</em> and keeps running even if you close the page.</li>
<li>Your answers are saved when you move to the next or previous page.</li>
<li>When time is up, the open attempt is submitted automatically (depending on the teacher's setting).</li>
</ul>
<h2>Good practice</h2>
<ol>
<li>Open the quiz in <strong>one tab only</strong>: two tabs can overwrite your answers.</li>
<li>Avoid the browser's Back button; use the quiz navigation.</li>
<li>At the end, click <strong>Finish attempt…</strong> then <strong>Submit all and finish</strong>. An attempt "in progress" is not a submitted attempt.</li>
</ol>
<h2>I can't see the quiz</h2>
<p>Check the opening dates shown in the course. If it says "No attempts allowed" or asks for a quiz password, contact your teacher or file an <em>ENT / Moodle</em> request naming the course.</p>`,
      keywords: ['moodle', 'quiz', 'test', 'attempt', 'timer', 'submit'],
      questions: ['My Moodle quiz answers disappeared', 'How do I submit my Moodle quiz?', 'The quiz doesn\'t show in my course', 'What happens when time runs out?']
    }
  },
  {
    key: 'ent-first-steps', category: 'moodle', kind: 'faq', owner: 'julie', reviewInDays: 240,
    stats: { fr: [1402, 120, 7], en: [460, 52, 3] },
    fr: {
      title: 'Premiers pas sur l\'ENT et Moodle',
      summary: 'L\'ENT (ent.univ-exemple.fr) regroupe emploi du temps, notes, messagerie et Moodle. Vos cours apparaissent dans Moodle sous 48 heures après votre inscription pédagogique.',
      body: `<h2>Se connecter</h2>
<p>Ouvrez <strong>ent.univ-exemple.fr</strong> et connectez-vous avec votre identifiant universitaire (prenom.nom). La première connexion vous demande de choisir un mot de passe et une adresse de secours.</p>
<h2>Ce que vous y trouvez</h2>
<ul>
<li><strong>Moodle</strong> : vos cours, supports, devoirs et tests.</li>
<li><strong>Emploi du temps</strong>, <strong>notes</strong> et <strong>attestations</strong>.</li>
<li>La <strong>messagerie</strong> et l'accès à Teams.</li>
</ul>
<h2>Un cours manque dans Moodle ?</h2>
<ol>
<li>Vérifiez votre inscription pédagogique auprès de votre scolarité : Moodle se met à jour à partir d'elle, sous 48 heures.</li>
<li>Certains cours demandent une <em>clé d'inscription</em> donnée par l'enseignant.</li>
<li>Toujours rien après 48 heures ? Déposez une demande <em>ENT / Moodle</em> en indiquant l'intitulé exact du cours et votre formation.</li>
</ol>`,
      keywords: ['ent', 'moodle', 'espace numérique de travail', 'cours', 'inscription', 'première connexion', 'clé d\'inscription'],
      questions: ['Je ne vois pas mon cours sur Moodle', 'Comment accéder à l\'ENT ?', 'Où trouver mon emploi du temps ?', 'Clé d\'inscription Moodle']
    },
    en: {
      title: 'Getting started with the ENT and Moodle',
      summary: 'The ENT (ent.univ-exemple.fr) brings together your timetable, grades, email and Moodle. Your courses appear in Moodle within 48 hours of your course registration.',
      body: `<h2>Signing in</h2>
<p>Open <strong>ent.univ-exemple.fr</strong> and sign in with your university username (firstname.lastname). The first time, you choose a password and a recovery address.</p>
<h2>What you will find</h2>
<ul>
<li><strong>Moodle</strong>: your courses, materials, assignments and quizzes.</li>
<li>Your <strong>timetable</strong>, <strong>grades</strong> and <strong>certificates</strong>.</li>
<li><strong>Email</strong> and access to Teams.</li>
</ul>
<h2>A course is missing from Moodle?</h2>
<ol>
<li>Check your course registration with your faculty office: Moodle is updated from it within 48 hours.</li>
<li>Some courses need an <em>enrolment key</em> given by the teacher.</li>
<li>Still nothing after 48 hours? File an <em>ENT / Moodle</em> request with the exact course title and your programme.</li>
</ol>`,
      keywords: ['ent', 'moodle', 'digital workspace', 'course', 'enrolment', 'first login', 'enrolment key'],
      questions: ['I can\'t see my course on Moodle', 'How do I access the ENT?', 'Where is my timetable?', 'Moodle enrolment key']
    }
  },
  {
    key: 'moodle-assignment', category: 'moodle', kind: 'howto', owner: 'julie', reviewInDays: 180,
    stats: { fr: [860, 83, 5], en: [190, 21, 1] },
    fr: {
      title: 'Déposer un devoir sur Moodle',
      summary: 'Dans l\'activité Devoir, cliquez sur « Ajouter un travail », déposez votre fichier (PDF conseillé, 10 Mo maximum) puis « Envoyer le devoir » si l\'enseignant l\'exige. Vérifiez que l\'état indique « Remis pour évaluation ».',
      body: `<h2>Déposer le fichier</h2>
<ol>
<li>Ouvrez le cours puis l'activité <strong>Devoir</strong>.</li>
<li>Cliquez sur <strong>Ajouter un travail</strong> et glissez votre fichier dans la zone de dépôt. Format PDF conseillé, 10 Mo maximum par fichier.</li>
<li>Cliquez sur <strong>Enregistrer</strong>.</li>
<li>Si un bouton <strong>Envoyer le devoir</strong> apparaît, cliquez dessus et acceptez la déclaration sur l'honneur : tant que vous ne l'avez pas fait, le devoir est un brouillon.</li>
</ol>
<h2>Vérifier</h2>
<p>L'état de la remise doit indiquer <strong>« Remis pour évaluation »</strong> sur fond vert. Vous recevez un accusé de réception par mail.</p>
<h2>Date limite dépassée ou fichier trop lourd</h2>
<ul>
<li>Après la date limite, seul l'enseignant peut accorder une prolongation : écrivez-lui avant l'échéance si vous savez que vous serez en retard.</li>
<li>Fichier trop lourd : exportez en PDF « taille minimale » ou compressez les images.</li>
</ul>`,
      keywords: ['moodle', 'devoir', 'dépôt', 'remise', 'date limite', 'fichier', 'pdf'],
      questions: ['Comment rendre un devoir sur Moodle ?', 'Mon devoir est resté en brouillon', 'Le fichier est trop volumineux pour Moodle', 'J\'ai raté la date limite de dépôt']
    },
    en: {
      title: 'Submit an assignment on Moodle',
      summary: 'In the Assignment activity, click "Add submission", upload your file (PDF recommended, 10 MB maximum) then "Submit assignment" if the teacher requires it. Check that the status says "Submitted for grading".',
      body: `<h2>Upload the file</h2>
<ol>
<li>Open the course, then the <strong>Assignment</strong> activity.</li>
<li>Click <strong>Add submission</strong> and drag your file into the upload area. PDF recommended, 10 MB maximum per file.</li>
<li>Click <strong>Save changes</strong>.</li>
<li>If a <strong>Submit assignment</strong> button appears, click it and accept the statement: until you do, the assignment is a draft.</li>
</ol>
<h2>Check</h2>
<p>The submission status must say <strong>"Submitted for grading"</strong> on a green background. You receive an acknowledgement by email.</p>
<h2>Deadline passed or file too large</h2>
<ul>
<li>After the deadline only the teacher can grant an extension: write to them before the due date if you know you will be late.</li>
<li>File too large: export the PDF at "minimum size" or compress the images.</li>
</ul>`,
      keywords: ['moodle', 'assignment', 'submission', 'upload', 'deadline', 'file', 'pdf'],
      questions: ['How do I hand in an assignment on Moodle?', 'My assignment is still a draft', 'The file is too big for Moodle', 'I missed the submission deadline']
    }
  },
  {
    key: 'teams-meeting', category: 'teams', kind: 'howto', owner: 'nadia', reviewInDays: 100,
    stats: { fr: [745, 69, 9], en: [215, 24, 2] },
    fr: {
      title: 'Rejoindre une réunion Teams et partager son écran',
      summary: 'Rejoignez la réunion depuis le lien de l\'invitation ou l\'agenda Teams, testez micro et caméra avant d\'entrer, puis partagez une fenêtre avec le bouton « Partager ».',
      body: `<h2>Rejoindre</h2>
<ol>
<li>Cliquez sur <strong>Rejoindre la réunion</strong> dans l'invitation ou dans l'agenda de Teams.</li>
<li>Avant d'entrer, choisissez le bon micro et la bonne caméra (icône de réglages) ; coupez votre micro si vous arrivez en retard.</li>
<li>Sans compte universitaire, utilisez le navigateur Edge ou Chrome et saisissez votre nom : l'organisateur vous fera entrer depuis la salle d'attente.</li>
</ol>
<h2>Partager son écran</h2>
<ul>
<li>Cliquez sur <strong>Partager</strong> puis choisissez une <em>fenêtre</em> plutôt que l'écran entier.</li>
<li>Pour une vidéo, activez <em>Inclure le son de l'ordinateur</em>.</li>
<li>Sur macOS, autorisez Teams dans Réglages → Confidentialité → Enregistrement de l'écran, puis redémarrez Teams.</li>
</ul>
<h2>En salle de cours</h2>
<p>Les salles équipées (A215, C105) ont une caméra et un micro de salle : sélectionnez-les dans les réglages de périphériques de Teams.</p>`,
      keywords: ['teams', 'visio', 'réunion', 'partage d\'écran', 'micro', 'caméra', 'visioconférence'],
      questions: ['Comment partager mon écran dans Teams ?', 'On ne m\'entend pas dans Teams', 'Rejoindre une réunion Teams sans compte', 'Ma caméra ne marche pas en visio']
    },
    en: {
      title: 'Join a Teams meeting and share your screen',
      summary: 'Join from the invitation link or the Teams calendar, test your microphone and camera before entering, then share a window with the "Share" button.',
      body: `<h2>Joining</h2>
<ol>
<li>Click <strong>Join the meeting</strong> in the invitation or in the Teams calendar.</li>
<li>Before entering, pick the right microphone and camera (settings icon); mute yourself if you are late.</li>
<li>Without a university account, use Edge or Chrome and type your name: the organiser admits you from the lobby.</li>
</ol>
<h2>Sharing your screen</h2>
<ul>
<li>Click <strong>Share</strong> and choose a <em>window</em> rather than the whole screen.</li>
<li>For a video, turn on <em>Include computer sound</em>.</li>
<li>On macOS, allow Teams in Settings → Privacy → Screen Recording, then restart Teams.</li>
</ul>
<h2>In a classroom</h2>
<p>Equipped rooms (A215, C105) have a room camera and microphone: select them in Teams' device settings.</p>`,
      keywords: ['teams', 'video call', 'meeting', 'screen sharing', 'microphone', 'camera'],
      questions: ['How do I share my screen in Teams?', 'People can\'t hear me in Teams', 'Join a Teams meeting without an account', 'My camera doesn\'t work in calls']
    }
  }
];
