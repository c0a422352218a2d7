/** E-learning ticket templates: the ENT, Moodle, online exams and derogations. */
import type { TicketTemplate } from './tickets';

/** Templates handled first by the e-learning team. */
export const LEARNING_TEMPLATES: TicketTemplate[] = [
  {
    key: 'missing-course', category: 'moodle', kind: 'assistance', audiences: ['student'], priorities: ['normal'],
    channels: ['portal', 'email'], locations: ['ent'], course: true, article: 'ent-first-steps', weight: 8,
    question: { fr: 'Pouvez-vous nous confirmer votre formation et votre groupe de TD ?', en: 'Could you confirm your programme and your tutorial group?' },
    fr: { subject: 'Cours absent de mon tableau de bord Moodle', description: 'Je suis inscrite en {course} mais le cours n\'apparaît pas dans Moodle, alors que mes camarades y ont accès depuis la semaine dernière.', resolution: 'Votre inscription pédagogique avait été saisie après la dernière synchronisation : inscription au cours Moodle faite manuellement.' },
    en: { subject: 'Course missing from my Moodle dashboard', description: 'I am registered for {course} but the course doesn\'t show in Moodle, while my classmates have had access since last week.', resolution: 'Your course registration was entered after the last synchronisation: we enrolled you in the Moodle course manually.' }
  },
  {
    key: 'assignment-upload', category: 'moodle', kind: 'anomaly', audiences: ['student'], priorities: ['normal', 'high'],
    channels: ['portal'], locations: ['ent'], course: true, article: 'moodle-assignment', weight: 6,
    fr: { subject: 'Impossible de déposer mon devoir sur Moodle', description: 'Le dépôt du devoir de {course} échoue avec « Le fichier est trop volumineux ». Mon PDF fait 24 Mo et la date limite est ce soir 23h59.', resolution: 'PDF compressé à 6 Mo avec vous ; dépôt vérifié « Remis pour évaluation ». L\'enseignant a été prévenu du délai.' },
    en: { subject: 'Can\'t upload my assignment to Moodle', description: 'Uploading the {course} assignment fails with "The file is too large". My PDF is 24 MB and the deadline is tonight at 11:59 pm.', resolution: 'Compressed the PDF to 6 MB with you; checked the status is "Submitted for grading". The teacher was told about the delay.' }
  },
  {
    key: 'teacher-quiz-settings', category: 'moodle', kind: 'assistance', audiences: ['teacher'], priorities: ['normal'],
    channels: ['portal', 'teams'], locations: ['ent'], course: true, article: 'moodle-quiz', weight: 6,
    fr: { subject: 'Paramétrer un test Moodle avec tiers-temps', description: 'Pour l\'examen de {course}, trois étudiants bénéficient d\'un tiers-temps. Comment leur donner une durée différente sans dupliquer le test ?', resolution: 'Dérogations utilisateur ajoutées sur le test (durée 1 h 20 au lieu de 1 h) pour les trois étudiants ; procédure envoyée pour les prochaines épreuves.' },
    en: { subject: 'Set up a Moodle quiz with extra time', description: 'For the {course} exam, three students are entitled to extra time. How can I give them a different duration without duplicating the quiz?', resolution: 'Added user overrides on the quiz (1 h 20 instead of 1 h) for the three students; sent you the procedure for future exams.' }
  },
  {
    key: 'moodle-gradebook', category: 'moodle', kind: 'anomaly', audiences: ['teacher'], priorities: ['normal'],
    channels: ['portal'], locations: ['ent'], course: true,
    escalation: { level: 'L2', chance: 0.5, note: 'Calcul du carnet de notes incorrect après la mise à jour : agrégation « moyenne pondérée » recalculée en tâche planifiée, à surveiller.' }, weight: 3,
    fr: { subject: 'Moyennes fausses dans le carnet de notes', description: 'Depuis la mise à jour de Moodle, les moyennes du carnet de notes de {course} ne tiennent plus compte des coefficients.', resolution: 'Recalcul forcé du carnet de notes après correction du paramètre d\'agrégation ; moyennes vérifiées sur trois étudiants.' },
    en: { subject: 'Wrong averages in the gradebook', description: 'Since the Moodle update, the gradebook averages for {course} ignore the weights.', resolution: 'Forced a gradebook recalculation after fixing the aggregation setting; checked the averages for three students.' }
  },
  {
    key: 'exam-quiz-closed', category: 'exams', kind: 'anomaly', audiences: ['student'], priorities: ['critical', 'high'],
    channels: ['phone', 'phone', 'portal'], course: true, examSession: true, article: 'exam-day', weight: 9,
    fr: { subject: 'Examen en ligne fermé avant la fin', description: 'Pendant l\'examen de {course}, la page s\'est rechargée et Moodle indique « Tentative terminée » alors qu\'il me restait 25 minutes. Capture d\'écran jointe (DUBOIS_Lea_examen.png).', resolution: 'Journal Moodle vérifié : coupure réseau côté étudiant à 10 h 12. L\'enseignant a accordé une nouvelle tentative de 25 minutes, ouverte immédiatement.' },
    en: { subject: 'Online exam closed before the end', description: 'During the {course} exam the page reloaded and Moodle says "Attempt finished" although I had 25 minutes left. Screenshot attached (BAKER_Tom_exam.png).', resolution: 'Checked the Moodle log: network drop on your side at 10:12. The teacher granted a new 25-minute attempt, opened straight away.' }
  },
  {
    key: 'exam-no-access', category: 'exams', kind: 'assistance', audiences: ['student'], priorities: ['critical'],
    channels: ['phone'], course: true, examSession: true, article: 'exam-day', weight: 7,
    fr: { subject: 'Je ne vois pas l\'examen dans mon cours', description: 'L\'examen de {course} commence dans 10 minutes et je ne le vois pas dans le cours Moodle. Mes camarades le voient.', resolution: 'Vous n\'étiez pas dans le groupe « Session 1 » auquel l\'examen est restreint : ajout au groupe avec l\'accord de l\'enseignant, accès confirmé avant le début.' },
    en: { subject: 'I can\'t see the exam in my course', description: 'The {course} exam starts in 10 minutes and I can\'t see it in the Moodle course. My classmates can.', resolution: 'You were not in the "Session 1" group the exam is restricted to: added you to the group with the teacher\'s approval, access confirmed before the start.' }
  },
  {
    key: 'exam-submit-error', category: 'exams', kind: 'anomaly', audiences: ['student'], priorities: ['critical', 'high'],
    channels: ['phone', 'teams'], course: true, examSession: true, article: 'exam-day',
    escalation: { level: 'L2', chance: 0.25, note: 'Erreurs 503 sur le frontal Moodle entre 14 h 02 et 14 h 06 (pic de soumissions). Logs transmis, augmentation du nombre de workers PHP demandée.' }, weight: 5,
    fr: { subject: 'Erreur à la soumission de l\'examen', description: 'En cliquant sur « Tout envoyer et terminer » pour l\'examen de {course}, j\'ai eu une page d\'erreur. Je ne sais pas si ma copie est partie. Capture jointe.', resolution: 'La tentative a bien été enregistrée à 14 h 05 (vérifié dans le journal). Confirmation envoyée à l\'étudiant et à l\'enseignant.' },
    en: { subject: 'Error when submitting the exam', description: 'When I clicked "Submit all and finish" for the {course} exam I got an error page. I don\'t know whether my paper went through. Screenshot attached.', resolution: 'The attempt was saved at 14:05 (checked in the log). Confirmation sent to the student and the teacher.' }
  },
  {
    key: 'exam-teacher-setup', category: 'exams', kind: 'assistance', audiences: ['teacher'], priorities: ['high'],
    channels: ['teams', 'phone'], course: true, examSession: true, article: 'moodle-quiz', weight: 4,
    fr: { subject: 'Vérification des paramètres de mon examen de demain', description: 'Pourriez-vous vérifier les dates d\'ouverture et de fermeture du test « Examen final » de {course} ? Je veux être sûr qu\'il ouvre à 9h et que les réponses ne soient visibles qu\'après la fermeture.', resolution: 'Paramètres vérifiés avec vous en visio : ouverture 9 h, fermeture 11 h, relecture après fermeture uniquement. Groupe de tiers-temps contrôlé.' },
    en: { subject: 'Checking my exam settings for tomorrow', description: 'Could you check the open and close dates of the "Final exam" quiz in {course}? I want to be sure it opens at 9 and answers are only visible after it closes.', resolution: 'Checked the settings with you on a call: opens 9:00, closes 11:00, review only after close. Extra-time group checked.' }
  },
  {
    key: 'derogation-retry', category: 'derogations', kind: 'assistance', audiences: ['student'], priorities: ['high'],
    channels: ['portal', 'phone'], course: true, examSession: true, weight: 4,
    question: { fr: 'Pouvez-vous joindre la capture d\'écran nominative du problème, avec l\'heure visible ?', en: 'Could you attach the named screenshot of the problem, with the time visible?' },
    fr: { subject: 'Demande de nouvelle tentative après coupure de courant', description: 'Une coupure de courant dans mon quartier a interrompu l\'examen de {course}. Je demande une nouvelle tentative ; la capture et l\'attestation du fournisseur d\'électricité sont jointes.', resolution: 'Dérogation accordée par l\'enseignant après avis du référent e-learning : nouvelle tentative ouverte le lendemain à 9 h.' },
    en: { subject: 'Request for a new attempt after a power cut', description: 'A power cut in my area interrupted the {course} exam. I am asking for a new attempt; the screenshot and the electricity supplier\'s statement are attached.', resolution: 'Derogation granted by the teacher after the e-learning referent\'s opinion: new attempt opened the next day at 9:00.' }
  },
  {
    key: 'derogation-deadline', category: 'derogations', kind: 'assistance', audiences: ['student'], priorities: ['normal'],
    channels: ['portal'], course: true, weight: 3,
    fr: { subject: 'Prolongation du dépôt de dossier', description: 'Hospitalisée la semaine dernière, je n\'ai pas pu déposer le dossier de {course}. Je joins le certificat et demande une prolongation de trois jours.', resolution: 'Prolongation de trois jours accordée par l\'enseignant ; dérogation de date limite appliquée sur le devoir Moodle.' },
    en: { subject: 'Extension for a coursework deadline', description: 'I was in hospital last week and couldn\'t submit the {course} coursework. I attach the certificate and ask for a three-day extension.', resolution: 'The teacher granted a three-day extension; a deadline override was applied to the Moodle assignment.' }
  }
];
