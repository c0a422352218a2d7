import { checkLocation, locationKey, type KnownLocation, type LocationDraft } from '../../../src/domain/config/locationRules';

const room: KnownLocation = { id: 1, title: 'Salle B101', kind: 'room', building: 'Bâtiment B' };
const wifi: KnownLocation = { id: 2, title: 'Wi-Fi', kind: 'service', building: '' };
const draft = (d: Partial<LocationDraft>): LocationDraft => ({ title: 'Salle B102', kind: 'room', building: 'Bâtiment B', assetTag: '', ...d });

describe('checkLocation', () => {
  it.each([
    ['a valid room', draft({}), {}, []],
    ['a name is required', draft({ title: '   ' }), {}, [{ field: 'title', code: 'required' }]],
    ['at most 255 characters', draft({ title: 'x'.repeat(256) }), {}, [{ field: 'title', code: 'tooLong' }]],
    ['building at most 255', draft({ building: 'b'.repeat(256) }), {}, [{ field: 'building', code: 'tooLong' }]],
    ['asset tag at most 255', draft({ assetTag: 't'.repeat(256) }), {}, [{ field: 'assetTag', code: 'tooLong' }]],
    ['a kind is required', draft({ kind: '' }), {}, [{ field: 'kind', code: 'required' }]],
    ['a known kind', draft({ kind: 'salle' }), {}, [{ field: 'kind', code: 'unknownKind' }]],
    ['same name in the building, spaces and case aside', draft({ title: ' salle  b101 ' }), { sameName: [room] }, [{ field: 'title', code: 'duplicate' }]],
    ['same name in another building is fine', draft({ title: 'Salle B101', building: 'Bâtiment C' }), { sameName: [room] }, []],
    ['editing itself is no duplicate', draft({ title: 'Salle B101' }), { sameName: [room], selfId: 1 }, []],
    ['an equipment in a room', draft({ kind: 'equipment', roomId: 1 }), { room }, []],
    ['only an equipment names a room', draft({ roomId: 1 }), { room }, [{ field: 'room', code: 'roomOnlyForEquipment' }]],
    ['the room must exist', draft({ kind: 'equipment', roomId: 9 }), { room: false as const }, [{ field: 'room', code: 'roomNotFound' }]],
    ['the room must be a room', draft({ kind: 'equipment', roomId: 2 }), { room: wifi }, [{ field: 'room', code: 'notARoom' }]],
    ['not in itself', draft({ kind: 'equipment', roomId: 1 }), { room, selfId: 1 }, [{ field: 'room', code: 'notARoom' }]]
  ])('%s', (_, d, ctx, problems) => {
    expect(checkLocation(d, { sameName: [], ...ctx })).toEqual(problems);
  });

  it('keys fold case and spaces but keep accents apart from nothing else', () => {
    expect(locationKey(' Salle  É1 ', 'Bât B')).toBe(locationKey('salle é1', 'bât b'));
    expect(locationKey('Salle', 'A')).not.toBe(locationKey('Salle', 'B'));
  });
});

describe('the set-up page names lists and columns as people see them', () => {
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const { checkIdName, checkTargetName, listDisplayName } = require('../../../src/ui/setup/listNames') as typeof import('../../../src/ui/setup/listNames');
  it.each([
    [{ id: 'list:HelpLocations', kind: 'list', list: 'HelpLocations', target: 'HelpLocations' }, 'fr', 'Salles, équipements et services'],
    [{ id: 'permissions:HelpTickets', kind: 'permissions', list: 'HelpTickets', target: 'HelpTickets' }, 'fr', 'Demandes d\'assistance'],
    [{ id: 'field:HelpLocations/HCLocationKind', kind: 'field', list: 'HelpLocations', target: 'HCLocationKind' }, 'en', 'Kind'],
    [{ id: 'index:HelpLocations/Title', kind: 'index', list: 'HelpLocations', target: 'Title' }, 'fr', 'Nom'],
    [{ id: 'index:HelpTickets/Created', kind: 'index', list: 'HelpTickets', target: 'Created' }, 'en', 'Created']
  ] as const)('%j (%s) -> %s', (check, locale, name) => {
    expect(checkTargetName({ ...check, status: 'ok' }, locale)).toBe(name);
  });
  it('names an error\'s check by list and column', () => {
    expect(checkIdName('field:HelpLocations/HCBuilding', 'fr')).toBe('Salles, équipements et services — Bâtiment');
    expect(checkIdName('site:permissions', 'fr')).toBe('site:permissions');
    expect(listDisplayName('HelpLocations', 'en')).toBe('Rooms, equipment and services');
  });
});
