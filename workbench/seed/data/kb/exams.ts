/** Knowledge base: online exams, accommodations, plagiarism checks. */
import { KbArticle, pair, single } from './types';

/** Exam articles. */
export const KB_EXAMS: KbArticle[] = [
  ...pair('exam-accommodations', 'derogations', {
    title: 'Tiers-temps et aménagements pour les examens en ligne',
    summary: "Si vous bénéficiez d'un tiers-temps, il est appliqué automatiquement aux tests Moodle une fois votre plan d'accompagnement transmis à la scolarité. Vérifiez la durée affichée avant de commencer.",
    body: `<ol><li>Faites établir votre plan d'accompagnement (PAEH) par le service santé / handicap en début d'année.</li>
<li>La scolarité le transmet à l'équipe e-learning, qui applique le temps supplémentaire à tous vos examens en ligne du semestre.</li>
<li>Avant de commencer un test, la page d'accueil affiche la <strong>durée</strong> : elle doit inclure votre tiers-temps (1 h → 1 h 20).</li></ol>
<p>La durée n'est pas la bonne ? Ne commencez pas : faites immédiatement une demande « Examens en ligne » en précisant le cours. Les autres aménagements (logiciel de synthèse vocale, police agrandie) se préparent avec le service handicap.</p>`,
    keywords: ['tiers-temps', 'aménagement', 'handicap', 'examen', 'temps supplémentaire', 'paeh'],
    questions: ['Mon tiers-temps n\'apparaît pas sur Moodle', 'Temps supplémentaire pour un examen en ligne', 'Aménagement d\'examen handicap', 'La durée du test est fausse']
  }, {
    title: 'Extra time and accommodations for online exams',
    summary: 'If you have extra time, it is applied automatically to Moodle quizzes once your support plan reaches the student office. Check the displayed duration before you start.',
    body: `<ol><li>Get your support plan from the health and disability service at the start of the year.</li>
<li>The student office passes it to the e-learning team, who apply the extra time to all your online exams that semester.</li>
<li>Before starting a quiz, the start page shows the <strong>time limit</strong>: it must include your extra time (1 h → 1 h 20).</li></ol>
<p>Wrong time limit? Do not start: file an "Online exams" request right away with the course. Other accommodations (text-to-speech, larger font) are arranged with the disability service.</p>`,
    keywords: ['extra time', 'accommodation', 'disability', 'exam', 'support plan'],
    questions: ['My extra time is not showing on Moodle', 'Additional time for an online exam', 'Exam accommodations for disability', 'The quiz time limit is wrong']
  }),
  ...pair('safe-exam-browser', 'exams', {
    title: 'Installer Safe Exam Browser pour un examen verrouillé',
    summary: "Certains examens exigent Safe Exam Browser (SEB), qui verrouille l'ordinateur pendant l'épreuve. Installez-le et faites le test d'entraînement au moins deux jours avant.",
    body: `<ol><li>Téléchargez Safe Exam Browser depuis le lien du cours Moodle (version indiquée par l'enseignant) : Windows ou macOS uniquement, pas de tablette ni Chromebook.</li>
<li>Installez-le avec un compte administrateur de l'ordinateur.</li>
<li>Dans Moodle, ouvrez le <strong>test d'entraînement SEB</strong> et cliquez <em>Lancer Safe Exam Browser</em>.</li></ol>
<h2>Problèmes fréquents</h2>
<ul><li>« Clé de configuration invalide » : la version de SEB est trop ancienne, réinstallez.</li>
<li>Antivirus ou logiciel de capture d'écran ouvert : fermez-les, SEB refuse de démarrer.</li>
<li>Pas d'ordinateur compatible : demandez un prêt ou une place en salle informatique à la scolarité une semaine avant.</li></ul>`,
    keywords: ['safe exam browser', 'seb', 'examen', 'navigateur sécurisé', 'verrouillé', 'moodle'],
    questions: ['Comment installer Safe Exam Browser', 'SEB ne se lance pas', 'Clé de configuration invalide SEB', 'Examen verrouillé sur Mac']
  }, {
    title: 'Install Safe Exam Browser for a locked-down exam',
    summary: 'Some exams require Safe Exam Browser (SEB), which locks the computer during the exam. Install it and take the practice quiz at least two days before.',
    body: `<ol><li>Download Safe Exam Browser from the link in the Moodle course (version given by the teacher): Windows or macOS only, no tablets or Chromebooks.</li>
<li>Install it with an administrator account on the computer.</li>
<li>In Moodle, open the <strong>SEB practice quiz</strong> and click <em>Launch Safe Exam Browser</em>.</li></ol>
<h2>Common problems</h2>
<ul><li>"Invalid configuration key": your SEB version is too old, reinstall.</li>
<li>Antivirus or screen capture software running: close them, SEB refuses to start.</li>
<li>No compatible computer: ask the student office for a loan or a seat in a computer room a week before.</li></ul>`,
    keywords: ['safe exam browser', 'seb', 'exam', 'lockdown browser', 'moodle'],
    questions: ['How do I install Safe Exam Browser', 'SEB won\'t start', 'SEB invalid configuration key', 'Locked exam on a Mac']
  }),
  ...single('exam-remote-proctoring', 'exams', 'fr', {
    title: 'Examen surveillé à distance : webcam, pièce d\'identité et règles',
    summary: "Pour un examen télésurveillé, il faut une webcam, un micro, une pièce d'identité et une pièce calme. Le contrôle d'identité se fait en début d'épreuve, la vidéo est supprimée après 30 jours.",
    body: `<h2>Avant le jour J</h2>
<ul><li>Testez webcam et micro avec le <strong>test de configuration</strong> du cours (10 minutes).</li>
<li>Branchez l'ordinateur sur secteur ; fermez messageries et notifications.</li></ul>
<h2>Pendant l'épreuve</h2>
<ul><li>Présentez votre carte étudiant ou pièce d'identité à la caméra quand c'est demandé.</li>
<li>Restez dans le champ de la caméra ; pas de téléphone à portée de main.</li>
<li>Une coupure ? Reconnectez-vous immédiatement : le chronomètre continue, et la coupure est enregistrée dans le journal.</li></ul>
<p>Les enregistrements ne sont consultés qu'en cas de suspicion de fraude et sont supprimés 30 jours après la publication des résultats.</p>`,
    keywords: ['télésurveillance', 'examen à distance', 'webcam', 'proctoring', 'pièce d\'identité'],
    questions: ['Comment se passe un examen surveillé par webcam', 'Ma caméra a coupé pendant l\'examen', 'Que faut-il pour un examen à distance']
  }),
  ...pair('plagiarism-report', 'moodle', {
    title: 'Comprendre le rapport de similarité (Compilatio) de son devoir',
    summary: "Les devoirs déposés sur Moodle peuvent être analysés par Compilatio. Un taux de similarité n'est pas une accusation : citations et bibliographie en font partie. L'enseignant interprète le rapport.",
    body: `<ul><li>Le pourcentage mesure les passages retrouvés ailleurs (Internet, autres devoirs), citations comprises.</li>
<li>Citez toujours vos sources entre guillemets avec la référence : un passage cité correctement n'est pas du plagiat.</li>
<li>Si l'enseignant l'a activé, vous voyez le rapport après le dépôt et pouvez redéposer avant la date limite.</li></ul>
<p>Paraphraser un texte sans le citer, ou faire rédiger par un outil d'IA sans l'indiquer, reste une fraude selon le règlement des études. En cas de doute, demandez à l'enseignant ou aux bibliothécaires (ateliers « Citer ses sources »).</p>`,
    keywords: ['compilatio', 'plagiat', 'similarité', 'anti-plagiat', 'citation', 'devoir'],
    questions: ['Mon devoir a 30% de similarité, est-ce grave ?', 'Comment fonctionne l\'anti-plagiat', 'Voir le rapport Compilatio', 'Est-ce que les citations comptent comme plagiat']
  }, {
    title: 'Understand your assignment\'s similarity report (Compilatio)',
    summary: 'Assignments submitted on Moodle can be checked by Compilatio. A similarity score is not an accusation: quotes and bibliography count too. The teacher interprets the report.',
    body: `<ul><li>The percentage measures passages found elsewhere (web, other assignments), quotes included.</li>
<li>Always quote sources in quotation marks with the reference: a correctly cited passage is not plagiarism.</li>
<li>If the teacher enabled it, you see the report after submitting and may resubmit before the deadline.</li></ul>
<p>Paraphrasing without citing, or having an AI tool write for you without saying so, is still cheating under the study regulations. If unsure, ask the teacher or the librarians ("Citing sources" workshops).</p>`,
    keywords: ['compilatio', 'plagiarism', 'similarity', 'originality report', 'citation'],
    questions: ['My assignment shows 30% similarity, is that bad?', 'How does the plagiarism check work', 'See the Compilatio report', 'Do quotes count as plagiarism']
  }),
  ...pair('exam-submission-proof', 'exams', {
    title: 'Vérifier que sa copie d\'examen a bien été envoyée',
    summary: "Après « Tout envoyer et terminer », Moodle affiche « Terminé » avec l'heure d'envoi et vous envoie un accusé de réception par mail. Faites une capture d'écran de cette page.",
    body: `<ol><li>À la fin, cliquez <em>Terminer le test</em>, puis sur la page récapitulative <strong>Tout envoyer et terminer</strong> et confirmez.</li>
<li>La page de relecture indique <em>État : Terminé</em> et <em>Terminé le</em> avec l'heure.</li>
<li>Un courriel « Confirmation de remise » arrive dans les minutes qui suivent.</li></ol>
<p>Si le temps s'écoule, les réponses enregistrées sont envoyées automatiquement. Vous voyez « En cours » ou « Jamais remis » après l'épreuve ? Faites une demande « Examens en ligne » immédiatement, avec vos captures : le journal de Moodle permet de vérifier vos réponses enregistrées.</p>`,
    keywords: ['copie', 'remise', 'accusé de réception', 'examen', 'terminé', 'envoyer'],
    questions: ['Est-ce que mon examen a bien été envoyé ?', 'Je n\'ai pas eu le temps de cliquer sur terminer', 'Pas reçu de confirmation de remise', 'Mon test indique jamais remis']
  }, {
    title: 'Check that your exam paper was submitted',
    summary: 'After "Submit all and finish", Moodle shows "Finished" with the time and emails you a receipt. Take a screenshot of that page.',
    body: `<ol><li>At the end, click <em>Finish attempt</em>, then on the summary page <strong>Submit all and finish</strong> and confirm.</li>
<li>The review page shows <em>State: Finished</em> and <em>Completed on</em> with the time.</li>
<li>A "Submission confirmation" email arrives within minutes.</li></ol>
<p>If time runs out, saved answers are submitted automatically. Seeing "In progress" or "Never submitted" after the exam? File an "Online exams" request at once with your screenshots: Moodle's logs show your saved answers.</p>`,
    keywords: ['submission', 'receipt', 'exam', 'finished', 'submit'],
    questions: ['Was my exam submitted?', 'I ran out of time before clicking finish', 'No submission confirmation email', 'My quiz says never submitted']
  }),
  ...single('exam-from-abroad', 'exams', 'en', {
    title: 'Taking an online exam from abroad (Erasmus, exchange)',
    summary: 'Exam times are always Paris time. Check the conversion, test your connection, and tell the student office a week ahead if the time falls at night where you are.',
    body: `<ul><li>Moodle shows times in your profile's time zone: set it in <em>Profile</em> → <em>Edit profile</em> → <em>Timezone</em>, or keep Paris time and convert.</li>
<li>Some countries block Microsoft or Google services: test access to Moodle and Teams from where you will be.</li>
<li>A time slot between midnight and 6 a.m. for you? Ask the student office for an adjusted slot at least a week before.</li></ul>`,
    keywords: ['abroad', 'erasmus', 'exchange', 'time zone', 'online exam'],
    questions: ['Online exam time zone while on Erasmus', 'Exam at night because of time difference', 'Sit my exam from another country']
  }),
  ...pair('exam-practice-quiz', 'exams', {
    title: 'S\'entraîner avant un examen en ligne : le test blanc',
    summary: "Chaque examen en ligne a un test blanc dans le cours Moodle, ouvert une semaine avant. Il permet de vérifier ordinateur, navigateur et types de questions sans enjeu.",
    body: `<ul><li>Faites-le sur l'ordinateur et la connexion que vous utiliserez le jour J.</li>
<li>Navigateurs conseillés : Firefox, Chrome ou Edge à jour ; évitez le téléphone.</li>
<li>Entraînez-vous aux questions à formule, au glisser-déposer et au dépôt de fichier (scan de brouillon) s'ils sont prévus.</li>
<li>Notez le numéro de l'assistance examens affiché en haut du test.</li></ul>
<p>Une erreur pendant le test blanc ? Faites une demande dès maintenant : c'est fait pour ça.</p>`,
    keywords: ['test blanc', 'entraînement', 'examen', 'préparer', 'moodle'],
    questions: ['Comment se préparer à un examen sur Moodle', 'Y a-t-il un examen d\'entraînement ?', 'Tester mon ordinateur avant l\'examen']
  }, {
    title: 'Practise before an online exam: the mock quiz',
    summary: 'Every online exam has a mock quiz in the Moodle course, open a week before. Use it to check your computer, browser and question types with nothing at stake.',
    body: `<ul><li>Take it on the computer and connection you will use on the day.</li>
<li>Recommended browsers: up-to-date Firefox, Chrome or Edge; avoid phones.</li>
<li>Practise formula questions, drag-and-drop and file upload (scanned working) if planned.</li>
<li>Note the exam help line number shown at the top of the quiz.</li></ul>`,
    keywords: ['mock exam', 'practice', 'exam', 'prepare', 'moodle'],
    questions: ['How to prepare for a Moodle exam', 'Is there a practice exam?', 'Test my computer before the exam']
  })
];
