/** @jest-environment node */
// Native better-sqlite3 needs the Node environment, not the unit project's jsdom default.
import Database from 'better-sqlite3';
import {
  ColumnRef,
  ColumnResolver,
  FilterNode,
  ODataSyntaxError,
  filterToSql,
  limitingClause,
  parseFilter,
} from '../../../workbench/server/odata/filter';

const cmp = (field: string, op: string, value: unknown): FilterNode =>
  ({ kind: 'compare', op, field: field.split('/'), value } as FilterNode);
const str = (value: string) => ({ type: 'string', value });
const num = (value: number) => ({ type: 'number', value });
const bool = (value: boolean) => ({ type: 'boolean', value });
const dt = (value: string) => ({ type: 'datetime', value });
const NULL = { type: 'null' };

describe('parseFilter: accepted forms', () => {
  it.each<[string, FilterNode]>([
    ["Status eq 'New'", cmp('Status', 'eq', str('New'))],
    ["Title ne 'x'", cmp('Title', 'ne', str('x'))],
    ['HCPriority gt 2', cmp('HCPriority', 'gt', num(2))],
    ['HCPriority ge 2.5', cmp('HCPriority', 'ge', num(2.5))],
    ['HCPriority lt -3', cmp('HCPriority', 'lt', num(-3))],
    ['HCPriority le -0.75', cmp('HCPriority', 'le', num(-0.75))],
    ['HCPriority eq 10L', cmp('HCPriority', 'eq', num(10))],
    ['5 eq HCPriority', cmp('HCPriority', 'eq', num(5))],
    ['5 lt HCPriority', cmp('HCPriority', 'gt', num(5))],
    ["'2024-01-01T00:00:00Z' ge Created", cmp('Created', 'le', str('2024-01-01T00:00:00Z'))],
    ["substringof('vpn', Title)", { kind: 'call', fn: 'substringof', field: ['Title'], value: 'vpn' }],
    ["substringof('vpn',Title)", { kind: 'call', fn: 'substringof', field: ['Title'], value: 'vpn' }],
    ["startswith(Title, 'How')", { kind: 'call', fn: 'startswith', field: ['Title'], value: 'How' }],
    ["startswith(Title,'How') eq true", { kind: 'call', fn: 'startswith', field: ['Title'], value: 'How' }],
    ["substringof('a',Title) eq false", { kind: 'not', operand: { kind: 'call', fn: 'substringof', field: ['Title'], value: 'a' } }],
    ["Created ge datetime'2024-01-01T00:00:00Z'", cmp('Created', 'ge', dt('2024-01-01T00:00:00Z'))],
    ["Created ge datetime'2024-01-01T00:00:00'", cmp('Created', 'ge', dt('2024-01-01T00:00:00Z'))],
    ["Created ge datetime'2024-01-01T00:00:00.123Z'", cmp('Created', 'ge', dt('2024-01-01T00:00:00Z'))],
    ["Created ge datetime'2024-01-01T02:00:00+02:00'", cmp('Created', 'ge', dt('2024-01-01T00:00:00Z'))],
    ["Created lt '2024-01-01T00:00:00.000Z'", cmp('Created', 'lt', str('2024-01-01T00:00:00.000Z'))],
    ['IsPublic eq 1', cmp('IsPublic', 'eq', num(1))],
    ['IsPublic eq 0', cmp('IsPublic', 'eq', num(0))],
    ['IsPublic eq true', cmp('IsPublic', 'eq', bool(true))],
    ['IsPublic eq false', cmp('IsPublic', 'eq', bool(false))],
    ['HCAssignedToId eq null', cmp('HCAssignedToId', 'eq', NULL)],
    ['HCAssignedToId ne null', cmp('HCAssignedToId', 'ne', NULL)],
    ["Title eq 'O''Brien'", cmp('Title', 'eq', str("O'Brien"))],
    ["Title eq ''''", cmp('Title', 'eq', str("'"))],
    ["Title eq ''", cmp('Title', 'eq', str(''))],
    ['HCCategory/Id eq 5', cmp('HCCategory/Id', 'eq', num(5))],
    ['HCCategoryId eq 5', cmp('HCCategoryId', 'eq', num(5))],
    ["HCAssignedTo/EMail eq 'a@b.fr'", cmp('HCAssignedTo/EMail', 'eq', str('a@b.fr'))],
    ["Due_x0020_Date eq null", cmp('Due_x0020_Date', 'eq', NULL)],
    ['OData__UIVersionString eq \'1.0\'', cmp('OData__UIVersionString', 'eq', str('1.0'))],
    ["  Status   eq   'New'  ", cmp('Status', 'eq', str('New'))],
    ["not (Status eq 'New')", { kind: 'not', operand: cmp('Status', 'eq', str('New')) }],
    ["not substringof('x', Title)", { kind: 'not', operand: { kind: 'call', fn: 'substringof', field: ['Title'], value: 'x' } }],
    ["((Status eq 'New'))", cmp('Status', 'eq', str('New'))],
  ])('%s', (text, expected) => {
    expect(parseFilter(text)).toEqual(expected);
  });

  const A = cmp('A', 'eq', num(1));
  const B = cmp('B', 'eq', num(2));
  const C = cmp('C', 'eq', num(3));
  it.each<[string, FilterNode]>([
    ['A eq 1 or B eq 2 and C eq 3', { kind: 'or', left: A, right: { kind: 'and', left: B, right: C } }],
    ['A eq 1 and B eq 2 or C eq 3', { kind: 'or', left: { kind: 'and', left: A, right: B }, right: C }],
    ['(A eq 1 or B eq 2) and C eq 3', { kind: 'and', left: { kind: 'or', left: A, right: B }, right: C }],
    ['A eq 1 and B eq 2 and C eq 3', { kind: 'and', left: { kind: 'and', left: A, right: B }, right: C }],
    ['not A eq 1 and B eq 2', { kind: 'and', left: { kind: 'not', operand: A }, right: B }],
  ])('precedence: %s', (text, expected) => {
    expect(parseFilter(text)).toEqual(expected);
  });

  it.each([
    // PnPjs v4 fluent builder output
    "(HCStatus eq 'new' or HCStatus eq 'in_progress') and HCTeamId eq 3",
    "HCStatus eq 'new' and HCCreatedAt ge '2024-01-01T00:00:00.000Z'",
    "(substringof('vpn', Title) or substringof('vpn', HCBody)) and HCIsPublished eq 1",
    "startswith(Title, 'How') and HCLanguage eq 'fr'",
    "HCAssignedToId eq 12 or HCAssignedToId eq null",
    "(HCCategory/Id eq 5 or HCCategory/Id eq 6 or HCCategory/Id eq 7)",
  ])('PnPjs output parses: %s', (text) => {
    expect(() => parseFilter(text)).not.toThrow();
  });
});

describe('parseFilter: syntax errors', () => {
  it.each([
    "(Status eq 'New'",
    "Status eq 'New')",
    "Status eq 'New' Title",
    "Status eq 'New' and",
    "Status eq 'New' or or Title eq 'x'",
    "endswith(Title, 'x')",
    "contains(Title, 'x')",
    "Status eq 'New",
    "Title eq 'O'Brien'",
    'Status eq',
    'Status',
    "Status like 'x'",
    'Status eq Title',
    '1 eq 1',
    "substringof(Title, 'x')",
    "startswith('x', Title)",
    "startswith(Title, 'x') eq 1",
    "Created eq datetime'not-a-date'",
    "Created eq datetime'2024-02-31T00:00:00Z'",
    'HCPriority eq 5abc',
    'HCCategory/ eq 5',
    "Status eq \"New\"",
    'A eq 1 && B eq 2',
    '',
    '   ',
  ])('%j', (text) => {
    let error: unknown;
    try {
      parseFilter(text);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ODataSyntaxError);
    expect((error as Error).message).toBe(`The expression "${text}" is not valid.`);
  });
});

// ------------------------------------------------------------ SQL, for real

const COLUMNS: Record<string, ColumnRef> = {
  Id: { sql: 'id', kind: 'id', indexed: true },
  Title: { sql: 'title', kind: 'text', indexed: true },
  Status: { sql: 'status', kind: 'text', indexed: false },
  Priority: { sql: 'priority', kind: 'number', indexed: false },
  IsPublic: { sql: 'is_public', kind: 'boolean', indexed: false },
  Created: { sql: 'created', kind: 'datetime', indexed: true },
  'Category/Id': { sql: 'category_id', kind: 'id', indexed: true },
  CategoryId: { sql: 'category_id', kind: 'id', indexed: true },
  'AssignedTo/EMail': { sql: 'assigned_email', kind: 'text', indexed: false },
  Channels: { sql: 'channels', kind: 'multi', indexed: false },
  WatchersId: { sql: 'watchers', kind: 'multi', indexed: false },
};
const resolve: ColumnResolver = (path) => {
  const col = COLUMNS[path.join('/')];
  if (!col) throw new Error(`The field or property '${path.join('/')}' does not exist.`);
  return col;
};

const ROWS = [
  // id, title, status, priority, is_public, created, category_id, assigned_email, channels, watchers
  [1, 'How to reset VPN', 'New', 1, 1, '2024-01-01T00:00:00Z', 5, 'ann@b.fr', '["Email","Phone"]', '[12,15]'],
  [2, "O'Brien laptop", 'new', 2, 0, '2024-01-15T10:30:00Z', 6, 'Bob@B.fr', '["Phone"]', '[15]'],
  [3, '100% done_now', 'Closed', 3, 1, '2023-12-31T23:59:59Z', null, null, '[]', null],
  [4, '100 percent', null, null, 0, '2024-02-01T00:00:00Z', 5, 'a@b.fr', null, '[]'],
  [5, 'vpnless howto', 'In_Progress', 2.5, 1, null, 7, 'ann@b.fr', '["email"]', '[3]'],
];

describe('filterToSql against SQLite', () => {
  const db = new Database(':memory:');
  beforeAll(() => {
    db.exec(`CREATE TABLE items (id INTEGER PRIMARY KEY, title TEXT, status TEXT, priority REAL, is_public INTEGER,
      created TEXT, category_id INTEGER, assigned_email TEXT, channels TEXT, watchers TEXT)`);
    const insert = db.prepare('INSERT INTO items VALUES (?,?,?,?,?,?,?,?,?,?)');
    for (const row of ROWS) insert.run(...row);
  });
  afterAll(() => db.close());

  const ids = (filter: string): number[] => {
    const { sql, params } = filterToSql(parseFilter(filter), resolve);
    return db.prepare(`SELECT id FROM items WHERE ${sql} ORDER BY id`).all(...params).map((r) => (r as { id: number }).id);
  };

  it.each<[string, number[]]>([
    ["Status eq 'new'", [1, 2]],
    ["Status eq 'NEW'", [1, 2]],
    ["Status ne 'new'", [3, 4, 5]], // OData: null ne 'new' is true
    ['Status eq null', [4]],
    ['Status ne null', [1, 2, 3, 5]],
    ["Title eq 'o''brien laptop'", [2]],
    ["Title gt 'p'", [5]],
    ["substringof('VPN', Title)", [1, 5]],
    ["substringof('', Title)", [1, 2, 3, 4, 5]],
    ["startswith(Title, 'how')", [1]],
    ["startswith(Title, '100%')", [3]],
    ["startswith(Title, '100_')", []],
    ["startswith(Title, '100% done_')", [3]],
    ["startswith(Title, '_')", []],
    ["startswith(Title, '%')", []],
    ['Priority ge 2', [2, 3, 5]],
    ['Priority lt 2.5', [1, 2]],
    ['Priority gt -1', [1, 2, 3, 5]],
    ["Priority eq '3'", [3]],
    ['not (Priority gt 1)', [1, 4]], // null priority counts as "not greater"
    ['IsPublic eq 1', [1, 3, 5]],
    ['IsPublic eq true', [1, 3, 5]],
    ['IsPublic eq 0', [2, 4]],
    ['IsPublic eq false', [2, 4]],
    ['IsPublic ne true', [2, 4]],
    ["Created ge datetime'2024-01-01T00:00:00Z'", [1, 2, 4]],
    ["Created ge datetime'2024-01-01T00:00:00'", [1, 2, 4]],
    ["Created ge '2024-01-01T00:00:00.000Z'", [1, 2, 4]],
    ["Created lt '2024-01-01T00:00:00.000Z'", [3]],
    ["Created eq datetime'2024-01-15T10:30:00.000Z'", [2]],
    ["Created eq '2024-01-15T11:30:00+01:00'", [2]],
    ["datetime'2024-01-10T00:00:00Z' gt Created", [1, 3]],
    ['Created eq null', [5]],
    ['Category/Id eq 5', [1, 4]],
    ['CategoryId eq 5', [1, 4]],
    ['CategoryId eq null', [3]],
    ["AssignedTo/EMail eq 'ANN@B.FR'", [1, 5]],
    ["Channels eq 'Email'", [1, 5]], // multi-choice contains, case-insensitive
    ["Channels eq 'Phone'", [1, 2]],
    ["Channels ne 'Phone'", [3, 4, 5]],
    ['Channels eq null', [3, 4]],
    ['WatchersId eq 15', [1, 2]],
    ['WatchersId eq 12', [1]],
    ['WatchersId eq null', [3, 4]],
    ["not (Status eq 'new')", [3, 4, 5]],
    ["not substringof('vpn', Title)", [2, 3, 4]],
    ["Status eq 'new' or Status eq 'closed' and Priority gt 5", [1, 2]],
    ["(Status eq 'new' or Status eq 'closed') and Priority gt 1", [2, 3]],
    ["(Status eq 'New' or Status eq 'In_Progress') and CategoryId eq 7", [5]],
    ['Id eq 3 or Id eq 4', [3, 4]],
  ])('%s', (filter, expected) => {
    expect(ids(filter)).toEqual(expected);
  });

  it('uses placeholders, never inlines values', () => {
    const { sql, params } = filterToSql(parseFilter("Title eq 'x''); DROP TABLE items; --'"), resolve);
    expect(sql).not.toContain('DROP');
    expect(params).toEqual(["x'); DROP TABLE items; --"]);
  });

  it.each([
    "Priority eq 'abc'",
    "IsPublic eq 2",
    "IsPublic gt 0",
    "Created eq 'yesterday'",
    'Created eq 5',
    'Title eq 5',
    "Title eq datetime'2024-01-01T00:00:00Z'",
    "Channels gt 'a'",
    "substringof('1', Priority)",
    "startswith(Channels, 'E')",
    'Priority gt null',
  ])('type mismatch %j -> ODataSyntaxError quoting the filter', (text) => {
    expect(() => filterToSql(parseFilter(text), resolve)).toThrow(new ODataSyntaxError(`The expression "${text}" is not valid.`));
  });

  it('lets resolver errors for unknown fields propagate', () => {
    expect(() => filterToSql(parseFilter("Nope eq 'x'"), resolve)).toThrow("The field or property 'Nope' does not exist.");
  });

  it('quotes the whole original filter when only a sub-clause is compiled', () => {
    const root = parseFilter("Title eq 'x' and Priority eq 'abc'") as { right: FilterNode };
    expect(() => filterToSql(root.right, resolve)).toThrow(`The expression "Title eq 'x' and Priority eq 'abc'" is not valid.`);
  });

  it('quotes a re-serialised filter for hand-built trees', () => {
    const node = cmp('Priority', 'eq', str('abc'));
    expect(() => filterToSql(node, resolve)).toThrow(`The expression "Priority eq 'abc'" is not valid.`);
  });
});

describe('limitingClause', () => {
  const limit = (filter: string): FilterNode | null => limitingClause(parseFilter(filter), resolve);

  it.each<[string, string | null]>([
    // [filter, expected limiting clause (as a filter text) or null]
    ["Title eq 'x'", "Title eq 'x'"],
    ["Title ne 'x'", null],
    ['Title eq null', null],
    ["Status eq 'x'", null],
    ["startswith(Title, 'x')", "startswith(Title, 'x')"],
    ["startswith(Status, 'x')", null],
    ["substringof('x', Title)", null],
    ["not (Title eq 'x')", null],
    ["Created ge '2024-01-01T00:00:00.000Z' and Status eq 'New'", "Created ge '2024-01-01T00:00:00.000Z'"],
    ["Status eq 'New' and Created ge '2024-01-01T00:00:00.000Z'", null],
    ["Id lt 100 and Status eq 'x' and Priority eq 1", 'Id lt 100'],
    ["(Id eq 1 or CategoryId eq 2) and Status eq 'x'", '(Id eq 1 or CategoryId eq 2)'],
    ["(Id eq 1 or Status eq 'x') and CategoryId eq 2", null],
    ['Id eq 1 or CategoryId eq 2', 'Id eq 1 or CategoryId eq 2'],
    ["Id eq 1 or Status eq 'x'", null],
    ["Id eq 1 or Title ne 'x'", null],
    ['Category/Id eq 5', 'Category/Id eq 5'],
  ])('%s', (filter, expected) => {
    expect(limit(filter)).toEqual(expected === null ? null : parseFilter(expected));
  });

  it('returns the same node object so the caller can report it', () => {
    const root = parseFilter("Title eq 'x' and Status eq 'y'");
    expect(limitingClause(root, resolve)).toBe((root as { left: FilterNode }).left);
  });
});
