import { checkMailTemplate, mustacheTags, placeholdersOf, type CheckedTemplate } from '../../../src/domain/config/mailTemplateCheck';
import { MAIL_TEMPLATE_ENTRIES, placeholderCatalogue } from '../../../src/data/config/mailCatalog';
import { BUILT_IN_TEMPLATES } from '../../../src/data/notifications/mailTemplates';
import { MAIL_VALUE_NAMES } from '../../../src/data/notifications/mailTemplates/values';

const catalogue = { allowed: ['ticketId', 'title', 'link', 'message', 'recipientName'], required: ['link'] };

function both(subject: string, body: string): CheckedTemplate {
  return { fr: { subject, body }, en: { subject, body } };
}

describe('checkMailTemplate', () => {
  it.each([
    ['a valid text', both('N°{{ticketId}}', '<p>{{title}}</p>{{#message}}<p>{{message}}</p>{{/message}}<a href="{{link}}">x</a>'), []],
    ['an unknown value, named', both('{{ticketId}}', '{{foo}} <a href="{{link}}">x</a>'), [{ code: 'unknown', name: 'foo', part: 'body' }]],
    ['an unknown section, named once', both('{{#bar}}{{/bar}}', '{{#bar}}x{{/bar}}{{link}}'), [{ code: 'unknown', name: 'bar', part: 'subject' }, { code: 'unknown', name: 'bar', part: 'body' }]],
    ['the link missing', both('{{ticketId}}', '<p>{{title}}</p>'), [{ code: 'missing', name: 'link' }]],
    ['a section never closed', both('{{ticketId}}', '{{#message}}{{message}} {{link}}'), [{ code: 'unclosed', name: 'message', part: 'body' }]],
    ['an end without its section', both('{{ticketId}}', '{{message}}{{/message}} {{link}}'), [{ code: 'unopened', name: 'message', part: 'body' }]],
    ['sections crossed', both('{{ticketId}}', '{{#message}}{{#title}}{{/message}}{{/title}} {{link}}'),
      [{ code: 'unopened', name: 'message', part: 'body' }, { code: 'unclosed', name: 'message', part: 'body' }]],
    ['an unclosed tag', both('{{ticketId', '{{link}}'), [{ code: 'syntax', part: 'subject' }]],
    ['a partial', both('{{ticketId}}', '{{> frame}}{{link}}'), [{ code: 'syntax', name: 'frame', part: 'body' }]],
    ['an empty subject', both('  ', '{{link}}'), [{ code: 'empty', part: 'subject' }]]
  ])('%s', (_label, template, expected) => {
    const fr = checkMailTemplate(template, catalogue).filter(p => p.language === 'fr');
    expect(fr.map(p => ({ code: p.code, name: p.name, part: p.part })))
      .toEqual(expected.map(e => ({ code: e.code, name: (e as { name?: string }).name, part: (e as { part?: string }).part })));
  });

  it('checks each language on its own', () => {
    const t: CheckedTemplate = { fr: { subject: '{{ticketId}}', body: '{{link}}' }, en: { subject: '{{ticketId}}', body: '{{nope}}' } };
    expect(checkMailTemplate(t, catalogue)).toEqual([{ language: 'en', part: 'body', code: 'unknown', name: 'nope' }, { language: 'en', code: 'missing', name: 'link' }]);
  });

  it('reads triple and ampersand values as values', () => {
    expect(mustacheTags('{{{title}}} {{& link}} {{! note}}')).toEqual([{ kind: '{', name: 'title' }, { kind: '&', name: 'link' }, { kind: '!', name: 'note' }]);
    expect(placeholdersOf('{{#a}}{{b}}{{/a}}{{^c}}{{/c}}{{! d}}')).toEqual(['a', 'b', 'c']);
  });
});

describe('the placeholders of each template', () => {
  it('lists every editable key the product has, with its event and recipient', () => {
    expect(MAIL_TEMPLATE_ENTRIES.map(e => e.key).sort()).toEqual(Object.keys(BUILT_IN_TEMPLATES).sort());
    expect(MAIL_TEMPLATE_ENTRIES.filter(e => e.key === 'ticket_created')[0]).toEqual({ key: 'ticket_created', event: 'ticket_created', role: 'requester' });
    expect(MAIL_TEMPLATE_ENTRIES.filter(e => e.key === 'ticket_created.teamQueue')[0]).toEqual({ key: 'ticket_created.teamQueue', event: 'ticket_created', role: 'teamQueue' });
    expect(MAIL_TEMPLATE_ENTRIES.filter(e => e.key === 'idea_status_changed')[0].role).toBeUndefined();
  });

  it('gives a ticket mail every value the notifier builds, and requires the link', () => {
    expect(placeholderCatalogue('ticket_created')).toEqual({ allowed: MAIL_VALUE_NAMES.slice(), required: ['link'] });
    expect(placeholderCatalogue('no.such')).toBeUndefined();
  });

  it('gives the other mails the values their built-in text uses', () => {
    const c = placeholderCatalogue('idea_status_changed')!;
    expect(c.allowed).toContain('recipientName');
    expect(c.allowed).not.toContain('ticketId');
  });

  it('accepts every built-in text as it is', () => {
    Object.keys(BUILT_IN_TEMPLATES).forEach(key => {
      expect({ key, problems: checkMailTemplate(BUILT_IN_TEMPLATES[key], placeholderCatalogue(key)!) }).toEqual({ key, problems: [] });
    });
  });
});
