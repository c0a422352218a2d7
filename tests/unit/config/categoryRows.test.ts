import { toCategoryVersion, toCategoryView } from '../../../src/data/config/categoryRows';

describe('category rows', () => {
  it('maps an item: empty columns become undefined or empty lists, the ETag and the editor kept', () => {
    expect(toCategoryView({
      Id: 4, Title: 'Impression', HCTitleEn: 'Printing', HCParentId: null, HCDefaultTeamId: 2, HCFormFields: ['location'], HCRequiredFields: null,
      HCFirstResponseHours: 0.5, HCResolutionHours: null, HCSlaByPriority: '{"critical":{"resolutionHours":4},"urgent":{"resolutionHours":1}}', HCApprovalRequired: null, HCApproverId: null, HCSortOrder: null, HCIcon: null, HCCommunityUrl: 'https://teams.microsoft.com/l/channel/19%3aabc/Imprimantes', HCCommunityName: null, Modified: '2026-12-03T10:00:00Z',
      Editor: { Title: 'Claire Martin' }, 'odata.etag': '"3"'
    })).toEqual({
      id: 4, titleFr: 'Impression', titleEn: 'Printing', parentId: undefined, sortOrder: 0, icon: '', defaultTeamId: 2, formFields: ['location'], requiredFields: [],
      firstResponseHours: 0.5, resolutionHours: undefined, slaByPriority: { critical: { firstResponseHours: undefined, resolutionHours: 4 } }, communityUrl: 'https://teams.microsoft.com/l/channel/19%3aabc/Imprimantes', communityName: '', approvalRequired: false, etag: '"3"', modified: '2026-12-03T10:00:00Z', editor: 'Claire Martin'
    });
  });

  it('maps the default approver (a site user) of a category that needs approval', () => {
    const row = {
      Id: 5, Title: 'Dérogations', HCTitleEn: 'Derogations', HCParentId: 1, HCDefaultTeamId: 2, HCFormFields: null, HCRequiredFields: null, HCFirstResponseHours: null,
      HCResolutionHours: null, HCSlaByPriority: null, HCApprovalRequired: true, HCApproverId: 11, HCApprover: { Id: 11, Title: 'Philippe Garnier', EMail: 'philippe.garnier@univ-exemple.fr' },
      HCSortOrder: 10, HCIcon: null, HCCommunityUrl: null, HCCommunityName: null, Modified: '2026-12-03T10:00:00Z'
    };
    expect(toCategoryView(row)).toMatchObject({ approvalRequired: true, approver: { id: 11, displayName: 'Philippe Garnier', email: 'philippe.garnier@univ-exemple.fr' } });
  });

  it('reads a version\'s multi-choice values as an array or as SharePoint\'s ;#-joined text', () => {
    const v = toCategoryVersion({ VersionLabel: '2.0', Editor: { LookupValue: 'Antoine Lambert' }, Title: 'A', HCTitleEn: 'B', HCFormFields: ';#course;#screenshot;#', HCRequiredFields: ['course'], HCResolutionHours: 6, HCSlaByPriority: 'not json' });
    expect(v).toMatchObject({ label: '2.0', by: 'Antoine Lambert', formFields: ['course', 'screenshot'], requiredFields: ['course'], firstResponseHours: undefined, resolutionHours: 6, slaByPriority: {} });
  });
});
