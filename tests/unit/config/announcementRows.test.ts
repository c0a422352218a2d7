import { toAnnouncementDraft, toAnnouncementVersion, toAnnouncementView } from '../../../src/data/config/announcementRows';
import { checkAnnouncement, parseDayTime } from '../../../src/domain/config/announcementRules';

const row = {
  Id: 7, Title: 'Panne Wi-Fi', HCBody: 'Bâtiment B', HCSeverity: 'outage' as const, HCAudience: null, HCLanguage: null,
  HCStart: '2026-12-04T09:30:00Z', HCEnd: '2026-12-05T17:00:00Z', HCProblemId: 12, HCProblem: { Title: 'Borne Wi-Fi B2' },
  Modified: '2026-12-04T09:31:00Z', Editor: { Title: 'Marc Lefebvre' }, 'odata.etag': '"2"'
};

describe('announcement rows', () => {
  it('maps an item: an older item without audience is for everyone, without language for both, the problem read-only', () => {
    expect(toAnnouncementView(row)).toEqual({
      id: 7, title: 'Panne Wi-Fi', body: 'Bâtiment B', severity: 'outage', audience: 'everyone', language: undefined,
      start: '2026-12-04T09:30:00Z', end: '2026-12-05T17:00:00Z', problem: { id: 12, title: 'Borne Wi-Fi B2' },
      etag: '"2"', modified: '2026-12-04T09:31:00Z', editor: 'Marc Lefebvre'
    });
    expect(toAnnouncementView({ ...row, HCSeverity: null, HCAudience: 'support', HCLanguage: 'en', HCProblemId: null, HCProblem: null, 'odata.etag': undefined }))
      .toMatchObject({ severity: 'info', audience: 'support', language: 'en', problem: undefined, etag: '*' });
  });

  it('gives the form the same instants it read (a round trip through the browser\'s time zone)', () => {
    const d = toAnnouncementDraft(toAnnouncementView(row));
    expect(d).toMatchObject({ title: 'Panne Wi-Fi', severity: 'outage', audience: 'everyone', language: '' });
    expect(parseDayTime(d.startDay, d.startTime)!.toISOString()).toBe('2026-12-04T09:30:00.000Z');
    expect(parseDayTime(d.endDay, d.endTime)!.toISOString()).toBe('2026-12-05T17:00:00.000Z');
    expect(checkAnnouncement(d, new Date('2026-12-04T10:00:00Z'), false)).toEqual([]);
  });

  it('maps a version', () => {
    expect(toAnnouncementVersion({ VersionLabel: '2.0', Created: '2026-12-04T10:00:00Z', Editor: { LookupValue: 'Karim Haddad' }, Title: 'A', HCSeverity: 'warning', HCAudience: 'requesters', HCLanguage: 'fr', HCStart: null, HCEnd: '2026-12-05T00:00:00Z' }))
      .toEqual({ label: '2.0', at: '2026-12-04T10:00:00Z', by: 'Karim Haddad', title: 'A', severity: 'warning', audience: 'requesters', language: 'fr', start: '', end: '2026-12-05T00:00:00Z' });
  });
});
