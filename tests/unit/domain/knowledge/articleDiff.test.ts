import { bodyText, diffArticles, diffWords, MAX_DIFF_CELLS, type DiffPart } from '../../../../src/domain/knowledge/articleDiff';
import type { ArticleContent } from '../../../../src/domain/knowledge/articleEditConflict';

const join = (parts: DiffPart[], keep: DiffPart['kind']): string => parts.filter(p => p.kind === 'same' || p.kind === keep).map(p => p.text).join('');

describe('diffWords', () => {
  it.each<[string, string, string, DiffPart[]]>([
    ['identical', 'Redémarrez la box', 'Redémarrez la box', [{ kind: 'same', text: 'Redémarrez la box' }]],
    ['one word changed', 'Redémarrez la box wifi', 'Redémarrez la borne wifi',
      [{ kind: 'same', text: 'Redémarrez la ' }, { kind: 'removed', text: 'box' }, { kind: 'added', text: 'borne' }, { kind: 'same', text: ' wifi' }]],
    ['words added at the end', 'Ouvrez Moodle', 'Ouvrez Moodle puis connectez-vous',
      [{ kind: 'same', text: 'Ouvrez Moodle' }, { kind: 'added', text: ' puis connectez-vous' }]],
    ['words removed in the middle', 'Ouvrez vite le portail ENT', 'Ouvrez le portail ENT',
      [{ kind: 'same', text: 'Ouvrez ' }, { kind: 'removed', text: 'vite ' }, { kind: 'same', text: 'le portail ENT' }]],
    ['from nothing', '', 'Nouveau texte', [{ kind: 'added', text: 'Nouveau texte' }]],
    ['to nothing', 'Ancien texte', '', [{ kind: 'removed', text: 'Ancien texte' }]],
    ['a moved word keeps the longest common run', 'a b c d', 'b c d a',
      [{ kind: 'removed', text: 'a ' }, { kind: 'same', text: 'b c d' }, { kind: 'added', text: ' a' }]]
  ])('%s', (_name, before, after, expected) => {
    const parts = diffWords(before, after);
    expect(parts).toEqual(expected);
    expect(join(parts, 'removed')).toBe(before);
    expect(join(parts, 'added')).toBe(after);
  });

  it('falls back to removed-then-added beyond the table limit, still joining back into both texts', () => {
    const words = Math.ceil(Math.sqrt(MAX_DIFF_CELLS)) + 10;
    const before = `début ${Array.from({ length: words }, (_, i) => `a${i}`).join(' ')} fin`;
    const after = `début ${Array.from({ length: words }, (_, i) => `b${i}`).join(' ')} fin`;
    const parts = diffWords(before, after);
    expect(parts.map(p => p.kind)).toEqual(['same', 'removed', 'added', 'same']);
    expect(join(parts, 'removed')).toBe(before);
    expect(join(parts, 'added')).toBe(after);
  });
});

describe('bodyText', () => {
  it.each<[string, string, string]>([
    ['paragraphs become lines', '<p>Un</p><p>Deux</p>', 'Un\nDeux'],
    ['list items are bulleted', '<ul><li>wifi</li><li>ENT</li></ul>', '• wifi\n• ENT'],
    ['scripts and styles are dropped', '<p>Texte</p><script>alert(1)</script><style>p{}</style>', 'Texte'],
    ['entities are decoded', '<p>Tom &amp; Jerry&nbsp;: &laquo;&#160;ok&#xA0;&raquo; &lt;b&gt;</p>', 'Tom & Jerry : « ok » <b>'],
    ['inline tags join their words', '<p>Mot de <strong>passe</strong><br>oublié</p>', 'Mot de passe\noublié'],
    ['unknown entities stay', '<p>&foo; &#0;</p>', '&foo; &#0;']
  ])('%s', (_name, html, text) => expect(bodyText(html)).toBe(text));
});

describe('diffArticles', () => {
  const base: ArticleContent = { title: 'Wifi eduroam', summary: 'Se connecter', bodyHtml: '<p>Choisissez eduroam.</p>', questions: ['wifi ne marche pas'], keywords: ['wifi', 'eduroam'], kind: 'faq' };
  it('compares the five fields in order and says which changed', () => {
    const out = diffArticles(base, { ...base, bodyHtml: '<p>Choisissez le réseau eduroam.</p>', keywords: ['wifi', 'eduroam', 'réseau'] });
    expect(out.map(f => [f.field, f.changed])).toEqual([['title', false], ['summary', false], ['questions', false], ['keywords', true], ['body', true]]);
    expect(out[4].parts).toEqual([{ kind: 'same', text: 'Choisissez ' }, { kind: 'added', text: 'le réseau ' }, { kind: 'same', text: 'eduroam.' }]);
    expect(out[3].parts).toEqual([{ kind: 'same', text: 'wifi, eduroam' }, { kind: 'added', text: ', réseau' }]);
  });
  it('a change of markup alone is no change of the text', () => {
    expect(diffArticles(base, { ...base, bodyHtml: '<p><em>Choisissez</em> eduroam.</p>' })[4].changed).toBe(false);
  });
});
