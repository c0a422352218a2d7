import { allowedImageSource, sanitizeArticleHtml } from '../../../../../src/ui/authoring/editor/sanitizeArticleHtml';
import { ARTICLES } from '../../../../../workbench/seed/data/articles';

// jsdom's page is http://localhost/: attachments of a site there are "this site's".
const ATTACHMENT = '/sites/hc/Lists/KnowledgeArticles/Attachments/12/wifi.png';
const PNG = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

const hostile: Array<[string, string, string]> = [
  ['a script', '<p>a</p><script>alert(1)</script>', '<p>a</p>'],
  ['an event handler', '<p onclick="alert(1)" onmouseover="x()">a</p>', '<p>a</p>'],
  ['an image\'s onerror', `<img src="${ATTACHMENT}" onerror="alert(1)">`, `<img src="${ATTACHMENT}">`],
  ['a javascript: link', '<a href="javascript:alert(1)">a</a>', '<a>a</a>'],
  ['a javascript: link hidden by entities and case', '<a href="JaVa&#x09;script&colon;alert(1)">a</a>', '<a>a</a>'],
  ['a data: link', '<a href="data:text/html;base64,PHNjcmlwdD4=">a</a>', '<a>a</a>'],
  ['a vbscript: link', '<a href="vbscript:msgbox(1)">a</a>', '<a>a</a>'],
  ['a relative link', '<a href="/_layouts/15/settings.aspx">a</a>', '<a>a</a>'],
  ['a style attribute', '<p style="background:url(javascript:alert(1));position:fixed;top:0">a</p>', '<p>a</p>'],
  ['a style element', '<style>body{display:none}</style><p>a</p>', '<p>a</p>'],
  ['a class used to mimic the page', '<p class="ms-Button od-Header">a</p>', '<p>a</p>'],
  ['an SVG with script', '<svg onload="alert(1)"><script>alert(1)</script><text>t</text></svg><p>a</p>', '<p>a</p>'],
  ['MathML', '<math><mtext><img src=x onerror=alert(1)></mtext></math><p>a</p>', '<p>a</p>'],
  ['an iframe', '<iframe src="https://evil.example"></iframe><p>a</p>', '<p>a</p>'],
  ['an object and an embed', '<object data="x.swf"></object><embed src="x.swf"><p>a</p>', '<p>a</p>'],
  ['a form', '<form action="https://evil.example"><input name="password"><button>Go</button></form>', 'Go'],
  ['a meta refresh', '<meta http-equiv="refresh" content="0;url=https://evil.example"><p>a</p>', '<p>a</p>'],
  ['a base element', '<base href="https://evil.example/"><p>a</p>', '<p>a</p>'],
  ['an image from another site', '<img src="https://evil.example/track.gif"><p>a</p>', '<p>a</p>'],
  ['an image from another list path', '<img src="/sites/hc/SiteAssets/x.png"><p>a</p>', '<p>a</p>'],
  ['an SVG data image', '<img src="data:image/svg+xml;base64,PHN2Zz48L3N2Zz4="><p>a</p>', '<p>a</p>'],
  ['a data image outside editing', `<img src="${PNG}"><p>a</p>`, '<p>a</p>'],
  ['a DOM-clobbering id', '<h2 id="cookie">a</h2><p name="getElementById">b</p>', '<h2>a</h2><p>b</p>'],
  ['a forged section mark', '<p data-hc-section="goal">a</p><h2 data-hc-section="x&quot; onclick=&quot;y">b</h2>', '<p>a</p><h2>b</h2>'],
  ['a target=_blank without rel', '<a href="https://example.org" target="_blank">a</a>', '<a href="https://example.org" rel="noopener noreferrer">a</a>']
];

it.each(hostile)('removes %s', (_name, input, expected) => {
  expect(sanitizeArticleHtml(input)).toBe(expected);
});

it('keeps what an article is made of', () => {
  const body = '<h2 data-hc-section="steps">Étapes</h2><h3>Sous-partie</h3><p>Un <strong>mot</strong>, <em>un autre</em>, <code>ipconfig</code>.</p>'
    + '<p>Appuyez sur <kbd>Ctrl</kbd>+<kbd>Alt</kbd>.</p><ol start="2"><li>Ouvrir</li><li>Fermer</li></ol><ul><li>a</li></ul><blockquote><p>Cité</p></blockquote><pre><code>ping 1.1.1.1</code></pre>'
    + '<p><a href="https://support.example.org/wifi" rel="noopener noreferrer">aide</a> <a href="mailto:aide@example.org" rel="noopener noreferrer">écrire</a></p>'
    + `<p><img src="${ATTACHMENT}" alt="Réglages Wi-Fi" width="320" height="200"></p>`
    + '<table><thead><tr><th scope="col">Poste</th></tr></thead><tbody><tr><td colspan="2">A12</td></tr></tbody></table>';
  expect(sanitizeArticleHtml(body)).toBe(body);
});

it('keeps a pasted data: image only while editing, and never a forged one', () => {
  expect(sanitizeArticleHtml(`<img src="${PNG}">`, { editing: true })).toBe(`<img src="${PNG}">`);
  expect(sanitizeArticleHtml('<img src="data:image/png;base64,AAAA&quot;onerror=&quot;x">', { editing: true })).toBe('');
  expect(sanitizeArticleHtml('<h2 id="hc-section-goal">a</h2><h2 id="other">b</h2>', { editing: true })).toBe('<h2 id="hc-section-goal">a</h2><h2>b</h2>');
  expect(sanitizeArticleHtml('<h2 id="hc-section-goal">a</h2>')).toBe('<h2>a</h2>');
});

it('takes images from the given site only', () => {
  expect(allowedImageSource(ATTACHMENT, { siteUrl: 'http://localhost/sites/hc' })).toBe(true);
  expect(allowedImageSource(ATTACHMENT, { siteUrl: '/sites/hc/' })).toBe(true);
  expect(allowedImageSource(ATTACHMENT, { siteUrl: '/sites/other' })).toBe(false);
  expect(allowedImageSource('/sites/hcx/Lists/A/Attachments/1/a.png', { siteUrl: '/sites/hc' })).toBe(false);
  expect(allowedImageSource(`${ATTACHMENT}?download=1`)).toBe(false);
  expect(allowedImageSource('https://evil.example/sites/hc/Lists/A/Attachments/1/a.png')).toBe(false);
});

it("strips Word's clipboard junk: conditional comments, XML islands, mso classes and styles, o:p", () => {
  const word = '<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta name=Generator content="Microsoft Word 15"><style>p.MsoNormal{margin:0}</style><!--[if gte mso 9]><xml><o:OfficeDocumentSettings><o:AllowPNG/></o:OfficeDocumentSettings></xml><![endif]--></head>'
    + '<body lang=FR><p class=MsoListParagraphCxSpFirst style="mso-list:l0 level1 lfo1"><![if !supportLists]><span style="font-family:Symbol">·<span style="font:7.0pt">&nbsp;&nbsp;</span></span><![endif]>Redémarrer<o:p></o:p></p>'
    + '<p class=MsoNormal><b><span style="mso-bidi-font-weight:normal">Important</span></b><o:p>&nbsp;</o:p></p></body></html>';
  const clean = sanitizeArticleHtml(word);
  expect(clean).toBe('<p>Redémarrer</p><p><b>Important</b></p>');
});

it.each(ARTICLES.map(a => [a.key, a] as const))('keeps the demo article %s as written (both languages)', (_key, article) => {
  for (const body of [article.fr.body, article.en.body]) {
    const parsed = document.createElement('template');
    parsed.innerHTML = body;
    expect(sanitizeArticleHtml(body)).toBe(parsed.innerHTML);
  }
});
