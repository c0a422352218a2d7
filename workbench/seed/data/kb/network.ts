/** Knowledge base: Wi-Fi troubleshooting, wired network, VPN resources, remote access. */
import { KbArticle, pair, single } from './types';

/** Network articles. */
export const KB_NETWORK: KbArticle[] = [
  ...pair('eduroam-certificate-error', 'wifi', {
    title: 'eduroam : erreur de certificat ou connexion refusée sur Windows et Android',
    summary: "Sur Android, choisissez « Utiliser les certificats système » et le domaine radius.univ-exemple.fr. Sur Windows, supprimez le profil eduroam et réinstallez-le avec geteduroam.",
    body: `<h2>Android</h2>
<ul><li>Certificat CA : <em>Utiliser les certificats système</em> (et non « Ne pas valider », refusé par les téléphones récents).</li>
<li>Domaine : <code>radius.univ-exemple.fr</code>.</li>
<li>Identité : adresse complète <code>prenom.nom@univ-exemple.fr</code> ; identité anonyme : laissez vide.</li></ul>
<h2>Windows</h2>
<ol><li><em>Paramètres</em> → <em>Réseau et Internet</em> → <em>Wi-Fi</em> → <em>Gérer les réseaux connus</em> → eduroam → <em>Oublier</em>.</li>
<li>Relancez l'application <strong>geteduroam</strong> et réinstallez le profil.</li></ol>
<h2>Toujours refusé ?</h2>
<p>Testez votre mot de passe sur l'ENT : s'il fonctionne là mais pas sur eduroam, attendez 15 minutes après un changement. Sinon, déposez une demande en précisant le modèle d'appareil et le bâtiment.</p>`,
    keywords: ['eduroam', 'certificat', 'android', 'windows', 'erreur', 'authentification', 'wifi'],
    questions: ['eduroam me demande un certificat', 'Impossible de se connecter à eduroam sur mon téléphone', 'Erreur d\'authentification wifi', 'Le wifi refuse mon mot de passe']
  }, {
    title: 'eduroam: certificate error or connection refused on Windows and Android',
    summary: 'On Android, choose "Use system certificates" and the domain radius.univ-exemple.fr. On Windows, remove the eduroam profile and reinstall it with geteduroam.',
    body: `<h2>Android</h2>
<ul><li>CA certificate: <em>Use system certificates</em> (not "Do not validate", which recent phones refuse).</li>
<li>Domain: <code>radius.univ-exemple.fr</code>.</li>
<li>Identity: full address <code>firstname.lastname@univ-exemple.fr</code>; anonymous identity: leave empty.</li></ul>
<h2>Windows</h2>
<ol><li><em>Settings</em> → <em>Network &amp; Internet</em> → <em>Wi-Fi</em> → <em>Manage known networks</em> → eduroam → <em>Forget</em>.</li>
<li>Run the <strong>geteduroam</strong> app again and reinstall the profile.</li></ol>
<h2>Still refused?</h2>
<p>Test your password on the ENT: if it works there but not on eduroam, wait 15 minutes after a change. Otherwise file a request with your device model and the building.</p>`,
    keywords: ['eduroam', 'certificate', 'android', 'windows', 'error', 'authentication', 'wifi'],
    questions: ['eduroam asks for a certificate', 'Cannot connect to eduroam on my phone', 'Wifi authentication error', 'Wifi rejects my password']
  }),
  ...pair('wifi-weak-signal', 'wifi', {
    title: 'Wi-Fi lent ou qui coupe dans une salle ou un amphi',
    summary: "Signalez les zones mal couvertes avec le nom de la salle, l'heure et un test de débit : l'équipe réseau ajuste les bornes. En attendant, rapprochez-vous d'une borne ou utilisez une prise réseau.",
    body: `<p>Un amphi plein peut saturer une borne : 200 appareils se partagent le débit. Quelques gestes aident tout le monde :</p>
<ul><li>Coupez les synchronisations lourdes (OneDrive, mises à jour) pendant le cours.</li>
<li>Préférez la bande 5 GHz si votre appareil le permet.</li>
<li>Désactivez puis réactivez le Wi-Fi si la connexion reste bloquée sur « Pas d'Internet ».</li></ul>
<h2>Signaler</h2>
<p>Déposez une demande « Wi-Fi et réseau » avec : bâtiment et salle, jour et heure, nombre de personnes présentes, résultat de <strong>speedtest.univ-exemple.fr</strong>. Un problème qui touche tout un bâtiment est peut-être déjà annoncé dans la barre d'aide.</p>`,
    keywords: ['wifi lent', 'coupure', 'débit', 'amphi', 'couverture', 'réseau'],
    questions: ['Le wifi est super lent en amphi', 'Le wifi coupe tout le temps', 'Pas de réseau dans la salle B204', 'Wifi fac qui marche pas']
  }, {
    title: 'Slow Wi-Fi or drop-outs in a room or lecture hall',
    summary: 'Report poorly covered areas with the room name, time and a speed test: the network team adjusts the access points. Meanwhile, move closer to one or use a wired port.',
    body: `<p>A full lecture hall can saturate an access point: 200 devices share the bandwidth. A few habits help everyone:</p>
<ul><li>Pause heavy syncs (OneDrive, updates) during class.</li>
<li>Prefer the 5 GHz band if your device supports it.</li>
<li>Turn Wi-Fi off and on if it stays on "No Internet".</li></ul>
<h2>Report it</h2>
<p>File a "Wi-Fi and network" request with: building and room, day and time, how many people were there, and the result of <strong>speedtest.univ-exemple.fr</strong>. A building-wide problem may already be announced in the help bar.</p>`,
    keywords: ['slow wifi', 'drop-outs', 'speed', 'lecture hall', 'coverage', 'network'],
    questions: ['Wifi is really slow in the lecture hall', 'Wifi keeps disconnecting', 'No signal in room B204', 'Campus wifi not working']
  }),
  ...pair('wired-network-port', 'network', {
    title: 'Brancher un ordinateur sur une prise réseau filaire',
    summary: "Dans les bureaux, les prises réseau sont activées à la demande. Un ordinateur personnel doit être enregistré ; les postes de l'université se connectent automatiquement.",
    body: `<ul><li><strong>Poste de l'université</strong> : branchez le câble, la connexion est automatique. Pas de voyant sur la prise : elle n'est peut-être pas activée.</li>
<li><strong>Ordinateur personnel ou de labo</strong> : les prises filaires n'acceptent que les appareils enregistrés. Faites une demande « Wi-Fi et réseau » avec le numéro de prise (étiquette <code>B2-114-03</code>) et l'adresse MAC.</li></ul>
<p>Trouver l'adresse MAC : Windows <code>getmac</code> dans un terminal ; macOS Réglages → Réseau → Ethernet → Détails → Matériel.</p>
<p>Les prises des salles de cours sont réservées aux équipements de la salle.</p>`,
    keywords: ['prise réseau', 'ethernet', 'câble', 'filaire', 'adresse mac', 'bureau'],
    questions: ['La prise réseau de mon bureau ne marche pas', 'Brancher mon PC en câble', 'Activer une prise ethernet', 'Internet filaire au labo']
  }, {
    title: 'Plug a computer into a wired network port',
    summary: 'Office network ports are activated on request. A personal computer must be registered; university computers connect automatically.',
    body: `<ul><li><strong>University computer</strong>: plug in the cable and it connects. No light on the port: it may not be activated.</li>
<li><strong>Personal or lab computer</strong>: wired ports only accept registered devices. File a "Wi-Fi and network" request with the port number (label <code>B2-114-03</code>) and the MAC address.</li></ul>
<p>Find the MAC address: Windows <code>getmac</code> in a terminal; macOS Settings → Network → Ethernet → Details → Hardware.</p>`,
    keywords: ['network port', 'ethernet', 'cable', 'wired', 'mac address', 'office'],
    questions: ['The network socket in my office does not work', 'Plug my PC with a cable', 'Activate an ethernet port', 'Wired internet in the lab']
  }),
  ...pair('network-drives', 'vpn', {
    title: 'Accéder aux lecteurs réseau (dossiers partagés du service)',
    summary: "Sur le campus, les lecteurs réseau (P: personnel, S: service) s'ouvrent automatiquement. À distance, connectez d'abord le VPN puis ouvrez \\\\fichiers.univ-exemple.fr.",
    body: `<h2>Sur le campus</h2>
<p>Les lecteurs apparaissent dans <em>Ce PC</em> à l'ouverture de session. S'ils manquent, ouvrez l'Explorateur et tapez <code>\\\\fichiers.univ-exemple.fr\\services</code>.</p>
<h2>À distance</h2>
<ol><li>Connectez le VPN de l'université.</li>
<li>Windows : Explorateur → <em>Connecter un lecteur réseau</em> → <code>\\\\fichiers.univ-exemple.fr\\services\\votre-service</code>, cochez <em>Se connecter avec d'autres informations</em> et saisissez <code>UNIV\\prenom.nom</code>.</li>
<li>macOS : Finder → <em>Aller</em> → <em>Se connecter au serveur</em> → <code>smb://fichiers.univ-exemple.fr/services</code>.</li></ol>
<p>Accès refusé à un dossier : c'est le responsable du service qui accorde les droits, faites-lui la demande.</p>`,
    keywords: ['lecteur réseau', 'partage', 'dossier partagé', 'serveur de fichiers', 'vpn', 'smb'],
    questions: ['Je ne vois plus le lecteur S:', 'Accéder au dossier partagé depuis chez moi', 'Lecteur réseau déconnecté', 'Accès refusé au dossier du service']
  }, {
    title: 'Access network drives (department shared folders)',
    summary: 'On campus, network drives (P: personal, S: department) open automatically. Remotely, connect the VPN first, then open \\\\fichiers.univ-exemple.fr.',
    body: `<h2>On campus</h2>
<p>Drives appear in <em>This PC</em> at sign-in. If missing, open Explorer and type <code>\\\\fichiers.univ-exemple.fr\\services</code>.</p>
<h2>Remotely</h2>
<ol><li>Connect the university VPN.</li>
<li>Windows: Explorer → <em>Map network drive</em> → <code>\\\\fichiers.univ-exemple.fr\\services\\your-department</code>, tick <em>Connect using different credentials</em> and enter <code>UNIV\\firstname.lastname</code>.</li>
<li>macOS: Finder → <em>Go</em> → <em>Connect to Server</em> → <code>smb://fichiers.univ-exemple.fr/services</code>.</li></ol>
<p>Access denied to a folder: the department head grants rights, ask them.</p>`,
    keywords: ['network drive', 'shared folder', 'file server', 'vpn', 'smb', 'mapped drive'],
    questions: ['I can no longer see the S: drive', 'Access the shared folder from home', 'Network drive disconnected', 'Access denied to department folder']
  }),
  ...pair('vpn-connected-no-access', 'vpn', {
    title: 'VPN connecté mais les applications internes ne s\'ouvrent pas',
    summary: "Le VPN indique « connecté » mais l'intranet ou un logiciel de gestion ne répond pas ? Déconnectez-vous du Wi-Fi public captif, vérifiez le profil « Personnels » et videz le cache DNS.",
    body: `<ol><li>Vérifiez que vous avez choisi le profil <strong>Personnels</strong> : le profil Étudiants ne donne accès qu'aux ressources pédagogiques.</li>
<li>Réseau d'hôtel ou de gare : validez d'abord la page d'accueil du Wi-Fi dans le navigateur, puis reconnectez le VPN.</li>
<li>Videz le cache DNS : Windows <code>ipconfig /flushdns</code> dans un terminal ; macOS redémarrez.</li>
<li>Box 4G/5G ou partage de connexion : certaines bloquent le VPN, essayez un autre réseau.</li></ol>
<p>Si le problème persiste, joignez à votre demande une capture de l'onglet <em>Statistiques</em> du client VPN.</p>`,
    keywords: ['vpn', 'intranet', 'accès distant', 'dns', 'télétravail', 'connecté sans accès'],
    questions: ['Le VPN est connecté mais rien ne marche', 'Je n\'accède pas à l\'intranet en télétravail', 'Logiciel de gestion inaccessible depuis la maison']
  }, {
    title: 'VPN connected but internal applications don\'t open',
    summary: 'The VPN says "connected" but the intranet or a business application does not respond? Get past any captive Wi-Fi portal, check the "Staff" profile and flush the DNS cache.',
    body: `<ol><li>Make sure you chose the <strong>Staff</strong> profile: the Students profile only reaches teaching resources.</li>
<li>Hotel or station Wi-Fi: accept the welcome page in the browser first, then reconnect the VPN.</li>
<li>Flush the DNS cache: Windows <code>ipconfig /flushdns</code> in a terminal; macOS restart.</li>
<li>4G/5G router or hotspot: some block VPNs, try another network.</li></ol>`,
    keywords: ['vpn', 'intranet', 'remote access', 'dns', 'working from home', 'connected no access'],
    questions: ['VPN connected but nothing works', 'Cannot reach the intranet working from home', 'Business app unreachable from home']
  }),
  ...pair('library-remote-access', 'network', {
    title: 'Accéder aux ressources de la bibliothèque depuis chez soi',
    summary: "Revues, bases de données et livres numériques sont accessibles hors campus sans VPN : passez par le portail de la BU et connectez-vous avec votre compte universitaire.",
    body: `<ol><li>Ouvrez <strong>bu.univ-exemple.fr</strong> et recherchez la ressource (ou la liste <em>Bases de données A-Z</em>).</li>
<li>Cliquez sur le lien d'accès : la page de connexion de l'université s'ouvre.</li>
<li>Connectez-vous : l'adresse devient <code>…proxy.univ-exemple.fr</code>, c'est normal.</li></ol>
<p>Un lien trouvé sur Google Scholar ne vous reconnaît pas ? Installez l'extension <em>Lean Library</em> ou repassez par le portail de la BU. Les bibliothécaires répondent aussi sur le chat « Une question ? ».</p>`,
    keywords: ['bibliothèque', 'bu', 'revues', 'bases de données', 'hors campus', 'proxy', 'ebook'],
    questions: ['Lire un article scientifique depuis la maison', 'Accès aux bases de données de la BU à distance', 'On me demande de payer pour un article', 'Livres numériques bibliothèque']
  }, {
    title: 'Access library resources from home',
    summary: 'Journals, databases and e-books are available off campus without the VPN: go through the library portal and sign in with your university account.',
    body: `<ol><li>Open <strong>bu.univ-exemple.fr</strong> and search for the resource (or the <em>Databases A-Z</em> list).</li>
<li>Click the access link: the university sign-in page opens.</li>
<li>Sign in: the address becomes <code>…proxy.univ-exemple.fr</code>, which is expected.</li></ol>
<p>A Google Scholar link does not recognise you? Install the <em>Lean Library</em> extension or go through the library portal. Librarians also answer on the "Ask us" chat.</p>`,
    keywords: ['library', 'journals', 'databases', 'off campus', 'proxy', 'ebook'],
    questions: ['Read a journal article from home', 'Remote access to library databases', 'A journal asks me to pay for an article', 'Library e-books']
  }),
  ...single('residence-internet', 'network', 'fr', {
    title: 'Internet dans les résidences universitaires',
    summary: "Les résidences du CROUS ont leur propre réseau et leur propre assistance : l'université ne gère que eduroam, disponible dans certains halls.",
    body: `<p>Dans votre chambre, connectez-vous au réseau de la résidence avec les identifiants remis par le CROUS à l'entrée dans les lieux. En cas de panne, contactez l'assistance du prestataire affichée dans le hall ou sur messervices.etudiant.gouv.fr.</p>
<p>Le réseau <strong>eduroam</strong> est diffusé dans les halls des résidences Jean-Zay et Marie-Curie uniquement.</p>`,
    keywords: ['résidence', 'crous', 'logement', 'internet chambre', 'wifi'],
    questions: ['Pas d\'internet dans ma chambre de résidence', 'Wifi de la cité U', 'Qui contacter pour internet au CROUS']
  }),
  ...single('printer-wifi-direct', 'wifi', 'en', {
    title: 'Personal printers, smart speakers and game consoles on eduroam',
    summary: 'Devices that cannot type a username (consoles, smart TVs, wireless printers) cannot join eduroam. Use a wired connection where available or the halls\' own network.',
    body: `<p>eduroam needs a username and password per device (WPA2 Enterprise). Game consoles, smart speakers and most home printers only support a shared key, so they cannot connect.</p>
<ul><li>In halls of residence, use the residence network or its wired port.</li>
<li>In offices, ask for a wired port registration for a printer (see the wired network article).</li>
<li>Do not create a personal hotspot named "eduroam": it is blocked and can be reported as an attack.</li></ul>`,
    keywords: ['console', 'smart tv', 'printer', 'eduroam', 'hotspot', 'devices'],
    questions: ['Can I connect my PS5 to eduroam', 'My wireless printer cannot join the wifi', 'Smart TV on university wifi']
  })
];
