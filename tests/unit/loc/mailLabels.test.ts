import { MAIL_STATUS_LABELS } from '../../../src/data/notifications/mailTemplates/words/labels';
import { TICKET_STATUSES } from '../../../src/domain/vocabulary';
import { loadLocStrings } from '../../../workbench/host/locStrings';
import { renderMail } from '../../../src/data/notifications/templates';
import { MAIL_CODE_LABELS, MAIL_FIELD_LABELS } from '../../../src/data/notifications/mailTemplates/words/fieldLabels';
import { TICKET_FIELDS } from '../../../src/domain/tickets/fields';

it('labels every status in mails as the pages do, in both languages', () => {
  const fr = loadLocStrings('fr-fr').ticketStatus;
  const en = loadLocStrings('en-us').ticketStatus;
  for (const s of TICKET_STATUSES) expect(MAIL_STATUS_LABELS[s]).toEqual({ fr: fr[s], en: en[s] });
});

it('renders a bilingual value in the recipient\'s language, and escapes it in the body', () => {
  const template = { fr: { subject: 'Demande : {{status}}', body: '<p>{{status}} {{title}}</p>' }, en: { subject: 'Request: {{status}}', body: '<p>{{status}}</p>' } };
  const values = { status: MAIL_STATUS_LABELS.taken_in_charge, title: '<b>x</b>' };
  expect(renderMail(template, 'fr', values)).toEqual({ subject: 'Demande : Prise en charge', htmlBody: '<p>Prise en charge &lt;b&gt;x&lt;&#x2F;b&gt;</p>' });
  expect(renderMail(template, 'en', values).subject).toBe('Request: Taken in charge');
});

it('labels every catalogue field and coded value in mails as the pages do, in both languages', () => {
  const fr = loadLocStrings('fr-fr') as unknown as Record<string, Record<string, unknown>>;
  const en = loadLocStrings('en-us') as unknown as Record<string, Record<string, unknown>>;
  for (const f of TICKET_FIELDS) {
    expect({ key: f.key, ...MAIL_FIELD_LABELS[f.key] }).toEqual({ key: f.key, fr: (fr.fields[f.key] as { label: string }).label, en: (en.fields[f.key] as { label: string }).label });
  }
  for (const section of Object.keys(MAIL_CODE_LABELS)) {
    for (const code of Object.keys(fr[section])) {
      expect({ section, code, ...MAIL_CODE_LABELS[section][code] }).toEqual({ section, code, fr: fr[section][code], en: en[section][code] });
    }
  }
});
