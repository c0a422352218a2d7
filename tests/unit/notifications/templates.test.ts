import { parseMailTemplate, renderMail, templateSettingKey } from '../../../src/data/notifications/templates';
import { NotificationOutbox } from '../../../src/data/notifications/NotificationOutbox';
import { NOTIFICATION_TEMPLATES } from '../../../workbench/seed/data/settings';

const template = {
  fr: { subject: 'Demande n°{{ticketId}} : {{title}}', body: '<p>{{title}}</p>{{#message}}<p>Message : {{message}}</p>{{/message}}' },
  en: { subject: 'Request #{{ticketId}}: {{title}}', body: '<p>{{title}}</p>{{#message}}<p>Message: {{message}}</p>{{/message}}' },
};

describe('mail templates', () => {
  it.each([
    ['fr', { ticketId: 12, title: 'Écran "noir" & <b>vide</b>' }, 'Demande n°12 : Écran "noir" & <b>vide</b>', '<p>Écran &quot;noir&quot; &amp; &lt;b&gt;vide&lt;&#x2F;b&gt;</p>'],
    ['en', { ticketId: 7, title: 'Printer', message: 'Send a photo' }, 'Request #7: Printer', '<p>Printer</p><p>Message: Send a photo</p>'],
    ['fr', { ticketId: 3, title: 'Titre\nsur deux lignes', message: '' }, 'Demande n°3 : Titre sur deux lignes', '<p>Titre\nsur deux lignes</p>'],
  ] as const)('renders in %s', (language, values, subject, body) => {
    expect(renderMail(template, language, values)).toEqual({ subject, htmlBody: body });
  });

  it('parses the templates the demo stores in HelpSettings and refuses broken ones', () => {
    for (const t of Object.values(NOTIFICATION_TEMPLATES)) expect(parseMailTemplate(JSON.stringify(t))).toEqual(t);
    expect(parseMailTemplate('{"fr":{"subject":"x"}}')).toBeUndefined();
    expect(parseMailTemplate('not json')).toBeUndefined();
    expect(parseMailTemplate(undefined)).toBeUndefined();
    expect(templateSettingKey('ticket_created')).toBe('notifications.template.ticket_created');
  });

  it('keys each recipient of a change, case-insensitively, within the 200-character column', () => {
    expect(NotificationOutbox.recipientKey('12:3:resolve', 'Lea.Dubois@Univ.fr')).toBe('12:3:resolve|lea.dubois@univ.fr');
    const long = NotificationOutbox.recipientKey('x'.repeat(250), 'a@b.fr');
    expect(long).toHaveLength(200);
    expect(long).not.toBe(NotificationOutbox.recipientKey(`${'x'.repeat(249)}y`, 'a@b.fr'));
  });
});
