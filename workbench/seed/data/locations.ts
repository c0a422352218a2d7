/**
 * Rooms, the equipment in them and the services a ticket can be about (the collège's "Demande de
 * maintenance" list: every room, plus wifi, website, ENT).
 */
import { LocationKind } from '../../../src/domain/vocabulary';

/** Key of a demo location. */
export type LocationKey = string;

/** One location item. */
export interface LocationSeed {
  key: LocationKey;
  title: string;
  kind: LocationKind;
  building: string;
  /** Room an equipment is in. */
  room?: LocationKey;
  assetTag?: string;
}

const A = 'Bâtiment A — Condorcet';
const B = 'Bâtiment B — Sciences';
const C = 'Bâtiment C — Bibliothèque universitaire';
const ALL = 'Tous les bâtiments';

function room(key: string, title: string, building: string): LocationSeed {
  return { key, title, kind: 'room', building };
}

function equipment(key: string, title: string, roomKey: string, building: string, assetTag: string): LocationSeed {
  return { key, title, kind: 'equipment', building, room: roomKey, assetTag };
}

function service(key: string, title: string): LocationSeed {
  return { key, title, kind: 'service', building: ALL };
}

/** Rooms first (equipment points at them). */
export const ROOMS: readonly LocationSeed[] = [
  room('A101', 'Amphithéâtre A101 (Condorcet)', A),
  room('A012', 'Salle informatique A012', A),
  room('A215', 'Salle de réunion A215', A),
  room('B110', 'Salle de TP informatique B110', B),
  room('B204', 'Salle B204', B),
  room('B206', 'Salle B206', B),
  room('B301', 'Laboratoire de langues B301', B),
  room('C001', 'Accueil de la BU (C001)', C),
  room('C105', 'Salle de travail en groupe C105', C)
];

/** Equipment, each in a room. */
export const EQUIPMENT: readonly LocationSeed[] = [
  equipment('A101-vp', 'Vidéoprojecteur — A101', 'A101', A, 'VP-A101-01'),
  equipment('A101-pc', 'PC enseignant — A101', 'A101', A, 'PC-A101-01'),
  equipment('A101-micro', 'Micro sans fil — A101', 'A101', A, 'AU-A101-02'),
  equipment('A012-printer', 'Imprimante — A012', 'A012', A, 'IMP-A012-01'),
  equipment('A215-screen', 'Écran de visioconférence — A215', 'A215', A, 'VC-A215-01'),
  equipment('B110-pc', 'Postes étudiants — B110', 'B110', B, 'PC-B110-LOT'),
  equipment('B204-vp', 'Vidéoprojecteur — B204', 'B204', B, 'VP-B204-01'),
  equipment('B204-pc', 'PC enseignant — B204', 'B204', B, 'PC-B204-01'),
  equipment('B206-tbi', 'TBI (tableau blanc interactif) — B206', 'B206', B, 'TBI-B206-01'),
  equipment('B206-pc', 'PC enseignant — B206', 'B206', B, 'PC-B206-01'),
  equipment('B301-headsets', 'Casques du laboratoire — B301', 'B301', B, 'AU-B301-LOT'),
  equipment('C001-printer', 'Copieur multifonction — C001', 'C001', C, 'IMP-C001-01'),
  equipment('C105-screen', 'Écran interactif — C105', 'C105', C, 'TBI-C105-01')
];

/** Services that are not in one room. */
export const SERVICES: readonly LocationSeed[] = [
  service('wifi', 'Wi-Fi (eduroam)'),
  service('website', 'Site web de l\'université'),
  service('ent', 'ENT / Moodle'),
  service('mail', 'Messagerie'),
  service('vpn', 'VPN'),
  service('teams', 'Microsoft Teams')
];

/** Every location, in creation order. */
export const LOCATIONS: readonly LocationSeed[] = [...ROOMS, ...EQUIPMENT, ...SERVICES];

/** Finds a demo location (throws on an unknown key: a data error). */
export function location(key: LocationKey): LocationSeed {
  const found = LOCATIONS.filter(l => l.key === key)[0];
  if (!found) throw new Error(`Unknown demo location ${key}`);
  return found;
}
