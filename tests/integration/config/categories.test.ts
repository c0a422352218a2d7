// The category tree configured by owners (issue 18), against the emulator: writes checked before anything is written,
// two owners saving one category (the second gets a conflict with the first's version, the versions say who did
// what), a reorder in one $batch of ETag writes, a cycle refused, a category with a child or named by a request not
// deleted, and only owners write HelpCategories — over plain REST, whatever the page shows.
import type { SPFI } from '@pnp/sp';
import type { Emulator } from '../../../workbench/server';
import { DEMO_DOMAIN } from '../../../workbench/server/directory';
import { LEA, OWNER, as, setUpHelpCenter, start } from '../emulator/helpers';
import { CategoryConflictError, CategoryInUseError, CategoryInvalidError, CategoryRepository } from '../../../src/data/config';
import { moveAmongSiblings, moveUnder, type CategoryDraft } from '../../../src/domain/config/categoryRules';
import { TicketRepository } from '../../../src/data/tickets';
import { IntakeService } from '../../../src/data/intake/IntakeService';
import { readCategoryApproval } from '../../../src/data/desk/categoryApproval';

// An owner through the site's Microsoft 365 group (the demo's second owner); OWNER is Claire Martin.
const SECOND_OWNER = `antoine.lambert@${DEMO_DOMAIN}`;
let emu: Emulator;
let sp: (user: string) => SPFI;
let teamId: number;
const draft = (d: Partial<CategoryDraft>): CategoryDraft => ({
  titleFr: 'Examens', titleEn: 'Exams', icon: '', formFields: [], requiredFields: [], firstResponseHours: '', resolutionHours: '', approvalRequired: false, ...d
});
const idsUnder = (tree: { id: number; parentId?: number; sortOrder: number }[], parentId: number | undefined): number[] =>
  tree.filter(c => c.parentId === parentId).sort((a, b) => a.sortOrder - b.sortOrder).map(c => c.id);

beforeAll(async () => {
  const s = await start();
  emu = s.emu;
  sp = s.sp;
  await setUpHelpCenter(sp);
  teamId = (await sp(OWNER).web.lists.getByTitle('HelpTeams').items.add({ Title: 'Support e-learning', HCTitleEn: 'E-learning support', HCLevel: 'L1' }) as { Id: number }).Id;
});
afterAll(() => emu.close());

it('adds a category checked first (names, required ⊆ shown, SLA hours), last among its siblings; the form reads it at once', async () => {
  const repo = new CategoryRepository(sp(OWNER), name => name === 'Timer');
  const root = await repo.add(draft({ titleFr: 'Pédagogie', titleEn: 'Learning' }));
  const bad = await repo.add(draft({ titleFr: ' ', parentId: root.id, icon: 'Licorne', formFields: ['course'], requiredFields: ['course', 'screenshot'], firstResponseHours: '0', resolutionHours: 'x' })).catch(e => e);
  expect(bad).toBeInstanceOf(CategoryInvalidError);
  expect((bad as CategoryInvalidError).problems).toEqual([
    { field: 'titleFr', code: 'required' }, { field: 'icon', code: 'iconUnknown' }, { field: 'requiredFields', code: 'requiredNotShown' },
    { field: 'firstResponseHours', code: 'outOfRange' }, { field: 'resolutionHours', code: 'notANumber' }
  ]);
  const exams = await repo.add(draft({
    parentId: root.id, icon: 'Timer', defaultTeamId: teamId, formFields: ['screenshot', 'course'], requiredFields: ['course', 'screenshot'], firstResponseHours: '0,5', resolutionHours: '4'
  }));
  expect(exams).toMatchObject({ parentId: root.id, sortOrder: 1, formFields: ['course', 'screenshot'], requiredFields: ['course', 'screenshot'], firstResponseHours: 0.5, resolutionHours: 4, editor: 'Claire Martin' });
  const forms = (await new IntakeService(sp(LEA)).loadFormData()).categories.filter(c => c.id === exams.id)[0];
  expect(forms).toMatchObject({ formFields: ['course', 'screenshot'], requiredFields: ['course', 'screenshot'], firstResponseHours: 0.5, resolutionHours: 4, defaultTeamId: teamId });
  const twin = await repo.add(draft({ parentId: root.id, titleFr: 'examens ' })).catch(e => e);
  expect((twin as CategoryInvalidError).problems).toEqual([{ field: 'titleFr', code: 'duplicate' }, { field: 'titleEn', code: 'duplicate' }]);
});

it('a category that needs approval names its referent; the desk reads the rule; without approval no referent is kept', async () => {
  const repo = new CategoryRepository(sp(OWNER));
  const referent = await repo.ensureUser(`i:0#.f|membership|philippe.garnier@${DEMO_DOMAIN}`);
  const derogations = await repo.add(draft({ titleFr: 'Dérogations', titleEn: 'Derogations', approvalRequired: true, approver: referent }));
  expect(derogations).toMatchObject({ approvalRequired: true, approver: { id: referent.id, displayName: 'Philippe Garnier', email: `philippe.garnier@${DEMO_DOMAIN}` } });
  // The desk's ticket page reads the rule (an agent reads the list like everyone).
  expect(await readCategoryApproval(sp(LEA), derogations.id)).toEqual({ required: true, approver: derogations.approver });
  // Approval turned off: the referent goes with it (a default approver means nothing then).
  const off = await repo.update(derogations.id, derogations.etag, { ...draft({ titleFr: 'Dérogations', titleEn: 'Derogations' }), approvalRequired: false, approver: referent });
  expect(off.approver).toBeUndefined();
  expect(await readCategoryApproval(sp(LEA), derogations.id)).toEqual({ required: false });
});

it('two owners save one category: the second gets a conflict with the first one\'s version; the versions say who did what', async () => {
  const mine = new CategoryRepository(sp(OWNER));
  const theirs = new CategoryRepository(sp(SECOND_OWNER));
  const exams = (await mine.all()).filter(c => c.titleFr === 'Examens')[0];
  const readByThem = (await theirs.get(exams.id))!;
  await theirs.update(exams.id, readByThem.etag, draft({ parentId: exams.parentId, titleFr: 'Examens en ligne', titleEn: 'Online exams', formFields: ['course'], requiredFields: ['course'], resolutionHours: '6' }));
  const conflict = await mine.update(exams.id, exams.etag, draft({ parentId: exams.parentId, titleFr: 'Examens (bis)' })).catch(e => e);
  expect(conflict).toBeInstanceOf(CategoryConflictError);
  expect((conflict as CategoryConflictError).current).toMatchObject({ titleFr: 'Examens en ligne', resolutionHours: 6, editor: 'Antoine Lambert' });
  const history = await mine.history(exams.id);
  expect(history.map(v => [v.titleFr, v.by, v.resolutionHours])).toEqual([['Examens en ligne', 'Antoine Lambert', 6], ['Examens', 'Claire Martin', 4]]);
  expect(history[1].requiredFields).toEqual(['course', 'screenshot']);
});

it('reorders siblings in one $batch of ETag writes, refuses a cycle, and a stale reorder is a conflict', async () => {
  const repo = new CategoryRepository(sp(OWNER));
  const root = (await repo.all()).filter(c => c.titleFr === 'Pédagogie')[0];
  const moodle = await repo.add(draft({ parentId: root.id, titleFr: 'Moodle', titleEn: 'Moodle' }));
  const child = await repo.add(draft({ parentId: moodle.id, titleFr: 'Quiz', titleEn: 'Quizzes' }));
  let tree = await repo.all();
  const etags = (): { [id: number]: string } => Object.assign({}, ...tree.map(c => ({ [c.id]: c.etag })));
  const before = idsUnder(tree, root.id);
  const stale = etags();
  emu.clearRequests();
  await repo.place(moveAmongSiblings(tree, moodle.id, 'up'), etags());
  expect(emu.requests().filter(r => r.path.includes('/_api/') && !r.path.endsWith('/contextinfo')).map(r => r.path.split('/_api/')[1])).toEqual(['$batch']);
  tree = await repo.all();
  expect(idsUnder(tree, root.id)).toEqual([before[1], before[0]]);
  expect(moveUnder(tree, root.id, child.id)).toEqual([]);
  const cycle = await repo.update(root.id, tree.filter(c => c.id === root.id)[0].etag, draft({ titleFr: 'Pédagogie', titleEn: 'Learning', parentId: child.id })).catch(e => e);
  expect((cycle as CategoryInvalidError).problems).toEqual([{ field: 'parent', code: 'cycle' }]);
  await expect(repo.place(moveAmongSiblings(tree, moodle.id, 'down'), stale)).rejects.toBeInstanceOf(CategoryConflictError);
});

it('a category with a subcategory, or named by a request, is not deleted; an unused leaf is', async () => {
  const repo = new CategoryRepository(sp(OWNER));
  const tree = await repo.all();
  const moodle = tree.filter(c => c.titleFr === 'Moodle')[0];
  await expect(repo.remove(moodle.id, moodle.etag)).rejects.toEqual(new CategoryInUseError('children'));
  const exams = tree.filter(c => c.titleFr === 'Examens en ligne')[0];
  await new TicketRepository(sp(LEA)).create({ clientRequestId: 'cat-1', title: 'Quiz bloqué', description: 'Le quiz ne s\'ouvre pas.', kind: 'assistance', categoryId: exams.id, course: 'L1', language: 'fr' });
  expect(await repo.inUse(exams.id)).toBe(true);
  await expect(repo.remove(exams.id, exams.etag)).rejects.toEqual(new CategoryInUseError('used'));
  const quiz = tree.filter(c => c.titleFr === 'Quiz')[0];
  await repo.remove(quiz.id, quiz.etag);
  expect(await repo.get(quiz.id)).toBeUndefined();
});

it('only owners write HelpCategories, over plain REST too', async () => {
  expect(await new CategoryRepository(sp(LEA)).canEdit()).toBe(false);
  expect(await new CategoryRepository(sp(OWNER)).canEdit()).toBe(true);
  await expect(new CategoryRepository(sp(LEA)).add(draft({ titleFr: 'Pirate', titleEn: 'Pirate' }))).rejects.toMatchObject({ status: 403 });
  const url = `${emu.siteUrl}/_api/web/lists/getByTitle('HelpCategories')/items`;
  const headers = { ...as(emu, LEA), Accept: 'application/json;odata=nometadata', 'Content-Type': 'application/json;odata=nometadata' };
  const student = await fetch(url, { method: 'POST', headers, body: JSON.stringify({ Title: 'Pirate', HCTitleEn: 'Pirate' }) });
  expect(student.status).toBe(403);
});
