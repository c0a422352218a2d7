// The server-side flow renders templates with workflow expressions, not mustache.js: flowRendering.ts is its walk
// step for step. Every template the help center ships must render identically both ways, and so must any template
// inside the documented subset (generated ones below); the subset's checker names what falls outside it.
import { MailTemplate, mailValues, renderMail } from '../../../src/data/notifications/templates';
import {
  dotnetTrim, escapeHtmlLikeFlow, flowTemplateProblems, hasUnescapedTags, indexOfIgnoreCase, renderMailLikeFlow, renderPartLikeFlow,
} from '../../../src/data/notifications/flowRendering';
import { NOTIFICATION_TEMPLATES } from '../../../workbench/seed/data/settings';
import { BUILT_IN_TEMPLATES } from '../../../src/data/notifications/mailTemplates';
import * as Mustache from 'mustache';

const SHIPPED: [string, MailTemplate][] = [...Object.entries(NOTIFICATION_TEMPLATES).map(([k, t]) => [`demo_${k}`, t] as [string, MailTemplate]), ...Object.entries(BUILT_IN_TEMPLATES)];
const TRICKY = 'Léa "la" <b>Dubois</b> & l\'équipe / a=b `x`';

/** The names a template part uses. */
function names(t: MailTemplate): string[] {
  const out = new Set<string>();
  for (const part of [t.fr.subject, t.fr.body, t.en.subject, t.en.body]) {
    for (const m of part.matchAll(/\{\{\s*[#^/]?\s*([A-Za-z_]\w*)\s*\}\}/g)) out.add(m[1]);
  }
  return [...out];
}

/** A small deterministic generator (mulberry32), so a failure names a seed that reproduces it. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NAMES = ['title', 'message', 'status', 'link', 'reason', 'comment'];
const TEXTS = ['Bonjour ', '<p>', '</p>', ' ', '\n', '  \n', 'é', '{', '}', ' } { ', 'a}b', '\t', '«»', 'x'];

function generate(rnd: () => number, depth = 0, open: string[] = []): string {
  let out = '';
  const pieces = 1 + Math.floor(rnd() * 6);
  for (let i = 0; i < pieces; i++) {
    const r = rnd();
    const name = NAMES[Math.floor(rnd() * NAMES.length)];
    if (r < 0.4) out += TEXTS[Math.floor(rnd() * TEXTS.length)];
    else if (r < 0.65) out += rnd() < 0.3 ? `{{ ${name} }}` : `{{${name}}}`;
    else if (r < 0.72) out += '{{! a note }}';
    else if (depth < 3 && !open.includes(name)) {
      const sigil = rnd() < 0.7 ? '#' : '^';
      out += `{{${sigil}${name}}}${generate(rnd, depth + 1, [...open, name])}{{/${name}}}`;
    }
  }
  return out;
}

function valuesFor(rnd: () => number): Record<string, string> {
  const v: Record<string, string> = {};
  for (const n of NAMES) {
    const r = rnd();
    if (r < 0.3) continue;
    v[n] = r < 0.5 ? '' : r < 0.75 ? TRICKY : `ligne 1\r\nligne 2 ${n}`;
  }
  return v;
}

function mustachePart(text: string, values: Record<string, string>, escape: boolean): string {
  return Mustache.render(text, values, {}, escape ? undefined : { escape: (s: string) => s });
}

describe('the flow-compatible subset of Mustache', () => {
  it.each(SHIPPED)('holds the shipped template %s', (_key, template) => {
    expect(flowTemplateProblems(template)).toEqual([]);
    expect(hasUnescapedTags(template)).toBe(false);
  });

  it.each(SHIPPED)('renders %s identically with mustache.js and with the flow\'s rules', (_key, template) => {
    const used = names(template);
    const sets: Record<string, unknown>[] = [
      Object.fromEntries(used.map((n) => [n, `${TRICKY} ${n}`])),
      {},
      Object.fromEntries(used.map((n, i) => [n, i % 2 ? '' : `Titre\nsur deux lignes ${n}`])),
      { ...Object.fromEntries(used.map((n) => [n, n])), status: { fr: 'résolue', en: 'resolved' }, ticketId: 42, rating: 5 },
    ];
    for (const language of ['fr', 'en'] as const) {
      for (const set of sets) {
        const values = mailValues(set, language, 'Léa <Dubois>');
        expect(renderMailLikeFlow(template, language, values)).toEqual(renderMail(template, language, values));
      }
    }
  });

  it('renders any generated template inside the subset identically (subject unescaped, body escaped)', () => {
    let compared = 0;
    for (let seed = 1; seed <= 3000; seed++) {
      const rnd = random(seed);
      const text = generate(rnd);
      const template: MailTemplate = { fr: { subject: text, body: text }, en: { subject: text, body: text } };
      if (flowTemplateProblems(template).length) continue;
      const values = valuesFor(rnd);
      for (const escape of [true, false]) {
        const flow = renderPartLikeFlow(text, values, escape);
        expect({ seed, escape, text: flow.text }).toEqual({ seed, escape, text: mustachePart(text, values, escape) });
      }
      compared++;
    }
    // Most generated templates are inside the subset: the comparison is not vacuous.
    expect(compared).toBeGreaterThan(1500);
  });

  it.each([
    ['{{{title}}}', /without HTML escaping/],
    ['{{&title}}', /without HTML escaping/],
    ['{{>footer}}', /partials/],
    ['{{=<% %>=}}', /delimiter/],
    ['{{ticket.title}}', /not a plain name/],
    ['{{length}}', /reserved/],
    ['{{constructor}}', /reserved/],
    ['{{#a}}{{#a}}x{{/a}}{{/a}}', /inside a section of the same name/],
    ['{{#a}}x{{/ a }}', /write the closing tag/],
    ['{{#a}}x', /is not closed/],
    ['x{{/a}}', /does not close any section/],
    ['{{title', /tag is not closed/],
    ['<p>\n{{#a}}\nx\n{{/a}}\n</p>', /only section or comment tags/],
    ['{{#a}}x{{/a}}{{#A}}y{{/A}}', /differ only by case/],
  ])('names what is outside the subset: %j', (text, problem) => {
    const template: MailTemplate = { fr: { subject: 'ok', body: text }, en: { subject: 'ok', body: 'ok' } };
    expect(flowTemplateProblems(template).join('\n')).toMatch(problem);
  });

  it('is right to leave out a line holding only a section tag: mustache.js drops it, the flow keeps it', () => {
    const text = '<p>\n{{#a}}\nx\n{{/a}}\n</p>';
    expect(mustachePart(text, { a: 'yes' }, true)).toBe('<p>\nx\n</p>');
    expect(renderPartLikeFlow(text, { a: 'yes' }, true).text).toBe('<p>\n\nx\n\n</p>');
  });

  it('accepts sections sharing a line with text, comments, and nested sections of different names', () => {
    const template: MailTemplate = {
      fr: { subject: '{{! sujet }}Demande {{#ticketId}}n°{{ticketId}}{{/ticketId}}', body: '<p>{{#a}}A{{^b}}pas de b{{/b}}{{/a}}</p>\n<p>{{x}}</p>' },
      en: { subject: 'Request', body: '<p>{{ x }}</p>' },
    };
    expect(flowTemplateProblems(template)).toEqual([]);
  });
});

describe('the flow\'s string functions', () => {
  it.each([
    ['{{', 'ab{{c', 2], ['}}', 'x', -1], ['{{/Message}}', 'a{{/message}}', 1], ['b', 'aB', 1], ['', 'abc', 0],
  ])('indexOf(%j) in %j ignores case', (search, text, expected) => {
    expect(indexOfIgnoreCase(text, search)).toBe(expected);
  });

  it('trims as .NET does (U+0085 is whitespace, U+FEFF is not)', () => {
    expect(dotnetTrim('\u0085 a \t\n')).toBe('a');
    expect(dotnetTrim('\ufeffa')).toBe('\ufeffa');
  });

  it('escapes as mustache.js does, & first', () => {
    expect(escapeHtmlLikeFlow(TRICKY)).toBe(Mustache.escape(TRICKY));
    expect(escapeHtmlLikeFlow('&lt;')).toBe('&amp;lt;');
  });

  it.each([
    ['{{title', {}, 'a {{ tag is not closed'],
    ['{{#a}}x', { a: '' }, 'the section "a" is not closed'],
    ['{{n}}', { n: 3 }, 'the value "n" is not text'],
    ['{{#n}}x{{/n}}', { n: ['x'] }, 'the value "n" is not text'],
  ])('refuses %j with %j: %s', (text, values, error) => {
    expect(renderPartLikeFlow(text, values as Record<string, unknown>, true)).toEqual({ error });
  });

  it('stops a template that needs more walk steps than the flow allows', () => {
    expect(renderPartLikeFlow('{{a}}'.repeat(1001), { a: 'x' }, true)).toEqual({ error: 'the template is too long for the flow' });
    expect(renderPartLikeFlow('{{a}}'.repeat(999), { a: 'x' }, true)).toEqual({ text: 'x'.repeat(999) });
  });
});
