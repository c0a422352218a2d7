import {
  IDEA_TRANSITIONS, compareTop, countVotes, ideaChangeKey, ideaVoteKey, isOpenIdea, nextStatuses, proposalProblems, statusChangeProblem,
  topIdeasByCategory, votersByIdea, whoIsInformed, ideaSteps, IDEA_DESCRIPTION_MAX, ANSWER_MAX
} from '../../../src/domain/ideas';
import { IDEA_STATUSES, type IdeaStatus } from '../../../src/domain/vocabulary';

describe('status changes', () => {
  it.each<[IdeaStatus, IdeaStatus, string, ReturnType<typeof statusChangeProblem>]>([
    ['new', 'under_study', '', undefined],
    ['new', 'planned', '', undefined],
    ['new', 'done', 'Déjà fait.', undefined],
    ['under_study', 'planned', 'Prévu au printemps.', undefined],
    ['planned', 'done', '', undefined],
    ['new', 'declined', 'Hors de notre périmètre.', undefined],
    ['under_study', 'declined', 'Trop coûteux.', undefined],
    ['planned', 'declined', 'Abandonné.', undefined],
    ['declined', 'under_study', '', undefined],
    ['new', 'declined', '', 'answerRequired'],
    ['planned', 'declined', '   ', 'answerRequired'],
    ['done', 'declined', 'x', 'notAllowed'],
    ['done', 'under_study', '', 'notAllowed'],
    ['planned', 'under_study', '', 'notAllowed'],
    ['under_study', 'new', '', 'notAllowed'],
    ['declined', 'planned', '', 'notAllowed'],
    ['planned', 'planned', '', 'unchanged'],
    ['new', 'planned', 'x'.repeat(ANSWER_MAX + 1), 'answerTooLong']
  ])('%s → %s (answer %j): %s', (from, to, answer, problem) => {
    expect(statusChangeProblem(from, to, answer)).toBe(problem);
  });

  it('every status has its transitions; done is final; only new, under study and planned are open', () => {
    expect(Object.keys(IDEA_TRANSITIONS).sort()).toEqual(IDEA_STATUSES.slice().sort());
    expect(nextStatuses('done')).toEqual([]);
    expect(IDEA_STATUSES.filter(isOpenIdea)).toEqual(['new', 'under_study', 'planned']);
    // Declined is reachable from every open status.
    IDEA_STATUSES.filter(isOpenIdea).forEach(s => expect(nextStatuses(s)).toContain('declined'));
  });
});

describe('vote counting', () => {
  it.each<[string, { ideaId: number; authorId: number; editorId: number }[], [number, number][]]>([
    ['nobody', [], []],
    ['two people', [{ ideaId: 1, authorId: 5, editorId: 5 }, { ideaId: 1, authorId: 6, editorId: 6 }], [[1, 2]]],
    ['one person twice (a racing duplicate)', [{ ideaId: 1, authorId: 5, editorId: 5 }, { ideaId: 1, authorId: 5, editorId: 5 }], [[1, 1]]],
    ['a rewritten item does not count', [{ ideaId: 1, authorId: 5, editorId: 9 }, { ideaId: 1, authorId: 6, editorId: 6 }], [[1, 1]]],
    ['per idea', [{ ideaId: 1, authorId: 5, editorId: 5 }, { ideaId: 2, authorId: 5, editorId: 5 }, { ideaId: 2, authorId: 7, editorId: 7 }], [[1, 1], [2, 2]]],
    ['no author', [{ ideaId: 1, authorId: 0, editorId: 0 }], []]
  ])('%s', (_name, votes, counts) => {
    expect(Array.from(countVotes(votes).entries())).toEqual(counts);
  });

  it('lists each voter once in the order first seen', () => {
    expect(votersByIdea([{ ideaId: 3, authorId: 8, editorId: 8 }, { ideaId: 3, authorId: 2, editorId: 2 }, { ideaId: 3, authorId: 8, editorId: 8 }]).get(3)).toEqual([8, 2]);
  });

  it('vote keys are per idea and person, whatever the case of the login', () => {
    expect(ideaVoteKey(4, 'i:0#.f|membership|Lea@X.fr')).toBe('4|i:0#.f|membership|lea@x.fr');
    expect(ideaVoteKey(4, 'a'.repeat(300))).toHaveLength(128);
  });
});

describe('who is informed of a status change', () => {
  const author = { id: 1, email: 'lea@x.fr' };
  it.each<[string, typeof author | undefined, { id: number; email: string }[], number, number[]]>([
    ['the author and each voter', author, [{ id: 2, email: 'tom@x.fr' }, { id: 3, email: 'jean@x.fr' }], 9, [1, 2, 3]],
    ['the author who voted too, once', author, [{ id: 1, email: 'lea@x.fr' }, { id: 2, email: 'tom@x.fr' }], 9, [1, 2]],
    ['never the agent who acted', author, [{ id: 9, email: 'karim@x.fr' }, { id: 2, email: 'tom@x.fr' }], 9, [1, 2]],
    ['not the author when she acts', author, [{ id: 2, email: 'tom@x.fr' }], 1, [2]],
    ['one address once, whatever its case', author, [{ id: 4, email: 'LEA@x.fr' }], 9, [1]],
    ['nobody without an address', { id: 1, email: '' }, [{ id: 2, email: ' ' }], 9, []],
    ['no author known', undefined, [{ id: 2, email: 'tom@x.fr' }, { id: 2, email: 'tom@x.fr' }], 9, [2]]
  ])('%s', (_name, a, voters, actor, ids) => {
    expect(whoIsInformed(a, voters, actor).map(p => p.id)).toEqual(ids);
  });

  it('change keys name the idea, the change number and the status', () => {
    expect(ideaChangeKey(12, 3, 'planned')).toBe('idea:12:3:planned');
  });
});

describe('top ideas', () => {
  const ideas = [
    { id: 1, categoryId: 10, votes: 3, createdAt: '2026-10-01T00:00:00Z' },
    { id: 2, categoryId: 10, votes: 5, createdAt: '2026-09-01T00:00:00Z' },
    { id: 3, categoryId: 10, votes: 3, createdAt: '2026-11-01T00:00:00Z' },
    { id: 4, categoryId: 20, votes: 0, createdAt: '2026-11-02T00:00:00Z' },
    { id: 5, votes: 1, createdAt: '2026-11-02T00:00:00Z' }
  ];
  it('orders by votes, then newest, per category, keeping the count asked', () => {
    const top = topIdeasByCategory(ideas, 2);
    expect(Array.from(top.keys())).toEqual([0, 10, 20]);
    expect(top.get(10)!.map(i => i.id)).toEqual([2, 3]);
    expect(top.get(20)!.map(i => i.id)).toEqual([4]);
    expect(top.get(0)!.map(i => i.id)).toEqual([5]);
  });
  it('breaks full ties by id', () => {
    expect(compareTop({ id: 1, votes: 1, createdAt: '2026-01-01T00:00:00Z' }, { id: 2, votes: 1, createdAt: '2026-01-01T00:00:00Z' })).toBeGreaterThan(0);
  });
});

describe('a proposal', () => {
  it.each<[string, { title: string; description: string; categoryId?: number }, string[]]>([
    ['complete', { title: 'Salle de révision ouverte le soir', description: 'Ouvrir la salle B12 jusqu\'à 22 h.', categoryId: 3 }, []],
    ['empty', { title: ' ', description: '', categoryId: undefined }, ['title:required', 'description:required', 'category:required']],
    ['too short a description', { title: 'x', description: 'court', categoryId: 3 }, ['description:tooShort']],
    ['too long', { title: 'x'.repeat(256), description: 'y'.repeat(IDEA_DESCRIPTION_MAX + 1), categoryId: 3 }, ['title:tooLong', 'description:tooLong']]
  ])('%s', (_name, p, problems) => {
    expect(proposalProblems(p).map(x => `${x.field}:${x.problem}`)).toEqual(problems);
  });
});

describe('an idea\'s history', () => {
  const v = (sequence: number, status: IdeaStatus, at: string, answer?: string) => ({ sequence, status, at: `2026-11-${at}T10:00:00Z`, by: 'Karim', answer });
  it.each<[string, ReturnType<typeof v>[], string[]]>([
    ['nothing yet', [], []],
    ['received only', [v(0, 'new', '01')], ['new']],
    ['a recount is no step', [v(1, 'planned', '05', 'Prévu'), v(1, 'planned', '06', 'Prévu'), v(0, 'new', '01'), v(0, 'new', '02')], ['new', 'planned:Prévu']],
    ['declined, then reopened', [v(2, 'under_study', '09'), v(1, 'declined', '04', 'Trop cher'), v(0, 'new', '01')], ['new', 'declined:Trop cher', 'under_study']]
  ])('%s', (_name, versions, steps) => {
    expect(ideaSteps(versions).map(s => (s.answer ? `${s.status}:${s.answer}` : s.status))).toEqual(steps);
  });
});
