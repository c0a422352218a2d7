import { ArticleContent, ArticleSnapshot, changedFields, detectEditConflict } from '../../../../src/domain/knowledge/articleEditConflict';

const karim = { id: 2, email: 'karim.haddad@univ-exemple.fr', displayName: 'Karim Haddad' };

const base: ArticleContent = {
  title: 'Imprimante bloquée en salle B204', summary: 'Relancer la file d\'impression.',
  bodyHtml: '<h2 data-hc-section="symptoms">Symptômes</h2><p>Les travaux restent en attente.</p>',
  questions: ['imprimante ne répond plus'], keywords: ['imprimante', 'impression'], categoryId: 4, kind: 'troubleshooting', reviewDate: '2027-06-01'
};

function snap(etag: string, content: Partial<ArticleContent> = {}, status: ArticleSnapshot['status'] = 'draft'): ArticleSnapshot {
  return { etag, content: { ...base, ...content }, status, modifiedBy: karim, modifiedAt: new Date('2026-12-02T10:05:00Z') };
}

describe('two people editing one article', () => {
  it('saves when nobody else saved in between', () => {
    const mine = { ...base, summary: 'Vider la file puis relancer.' };
    expect(detectEditConflict(snap('"3"'), snap('"3"'), mine)).toEqual({ conflict: false, etag: '"3"', content: mine });
  });

  it('saves with the new ETag when only the counters moved (a view, a vote)', () => {
    const mine = { ...base, summary: 'Vider la file puis relancer.' };
    expect(detectEditConflict(snap('"3"'), snap('"5"'), mine)).toEqual({ conflict: false, etag: '"5"', content: mine });
  });

  it('reports a field both changed, keeps my text whole and offers no silent merge', () => {
    const mine = { ...base, bodyHtml: base.bodyHtml + '<p>Éteindre et rallumer l\'imprimante.</p>' };
    const theirs = snap('"4"', { bodyHtml: base.bodyHtml + '<p>Appeler le poste de la loge.</p>', title: 'Imprimante B204 : travaux bloqués' });
    const r = detectEditConflict(snap('"3"'), theirs, mine);
    if (!r.conflict) throw new Error('expected a conflict');
    expect(r.theirChanges).toEqual(['title', 'bodyHtml']);
    expect(r.bothChanged).toEqual(['bodyHtml']);
    expect(r.mine).toBe(mine);
    expect(r.theirs.title).toBe('Imprimante B204 : travaux bloqués');
    expect(r.merged).toBeUndefined();
    expect([r.etag, r.changedBy, r.statusChanged]).toEqual(['"4"', karim, false]);
  });

  it('proposes their version with my changes when we changed different fields', () => {
    const mine = { ...base, keywords: ['imprimante', 'impression', 'file d\'attente'] };
    const r = detectEditConflict(snap('"3"'), snap('"4"', { summary: 'Vider la file d\'impression.' }), mine);
    if (!r.conflict) throw new Error('expected a conflict');
    expect(r.bothChanged).toEqual([]);
    expect(r.merged).toEqual({ ...base, summary: 'Vider la file d\'impression.', keywords: ['imprimante', 'impression', 'file d\'attente'] });
  });

  it('does not count the same change made twice as a clash', () => {
    const mine = { ...base, title: 'Imprimante bloquée (B204)' };
    const r = detectEditConflict(snap('"3"'), snap('"4"', { title: 'Imprimante bloquée (B204)', categoryId: 5 }), mine);
    expect(r.conflict && r.bothChanged).toEqual([]);
  });

  it('reports a state change under me (a reviewer published it) and merges nothing then', () => {
    const mine = { ...base, summary: 'Autre résumé.' };
    const r = detectEditConflict(snap('"3"', {}, 'in_review'), snap('"4"', {}, 'published'), mine);
    if (!r.conflict) throw new Error('expected a conflict');
    expect([r.statusChanged, r.theirChanges, r.merged]).toEqual([true, [], undefined]);
  });

  it('compares phrasings and keywords by value, and an empty review date as none', () => {
    expect(changedFields(base, { ...base, questions: ['imprimante ne répond plus'] })).toEqual([]);
    expect(changedFields(base, { ...base, questions: ['imprimante ne répond plus', 'printer stuck'] })).toEqual(['questions']);
    expect(changedFields({ ...base, reviewDate: undefined }, { ...base, reviewDate: '' })).toEqual([]);
  });
});
