// The mail template editor (issue 18): a text with an unknown placeholder is refused with the placeholder named and
// nothing is sent; when another owner saved in between, their text is shown and what was typed stays in the fields.
import * as React from 'react';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { SPFI } from '@pnp/sp';
import { setIconOptions } from '@fluentui/react/lib/Styling';
import { HelpCenterProvider } from '../../../../src/ui/common/HelpCenterContext';
import { MailEditor } from '../../../../src/ui/setup/config/mails/MailEditor';
import { MailTemplateConflictError, MailTemplateRepository } from '../../../../src/data/config/MailTemplateRepository';
import { MAIL_TEMPLATE_ENTRIES, placeholderCatalogue } from '../../../../src/data/config/mailCatalog';
import type { MailTemplateView } from '../../../../src/data/config/mailTemplateRows';
import { BUILT_IN_TEMPLATES } from '../../../../src/data/notifications/mailTemplates';
import { loadLocStrings } from '../../../../workbench/host/locStrings';

setIconOptions({ disableWarnings: true });
const fr = loadLocStrings('fr-fr');
const KEY = 'ticket_created';
const READ: MailTemplateView = { key: KEY, template: BUILT_IN_TEMPLATES[KEY], own: false, id: 4, etag: '"1"', modified: '', editor: '' };

function show(repository: MailTemplateRepository, onSaved = jest.fn()): jest.Mock {
  render(
    <HelpCenterProvider value={{ sp: {} as SPFI, strings: fr, locale: 'fr', siteUrl: 'https://x/sites/helpcenter', currentUser: { loginName: '', email: '', displayName: 'Claire Martin' } }}>
      <MailEditor repository={repository} entry={MAIL_TEMPLATE_ENTRIES.filter(e => e.key === KEY)[0]} view={READ} catalogue={placeholderCatalogue(KEY)!} onSaved={onSaved} />
    </HelpCenterProvider>
  );
  return onSaved;
}

function repository(): { repo: MailTemplateRepository; save: jest.SpyInstance } {
  const repo = new MailTemplateRepository({} as SPFI);
  jest.spyOn(repo, 'history').mockResolvedValue([]);
  const save = jest.spyOn(repo, 'save');
  return { repo, save };
}

const body = (): HTMLTextAreaElement => screen.getByRole('textbox', { name: 'Texte (français, HTML)' }) as HTMLTextAreaElement;

it('refuses an unknown placeholder and a missing link, named on the field and in the summary, without sending anything', async () => {
  const { repo, save } = repository();
  show(repo);
  fireEvent.change(body(), { target: { value: `${READ.template.fr.body}<p>{{foo}}</p>`.replace(/\{\{link\}\}/g, '#') } });
  fireEvent.click(screen.getByRole('button', { name: 'Enregistrer' }));
  await screen.findByRole('link', { name: /^Texte \(français, HTML\) : La variable \{\{foo\}\} n'existe pas pour ce courriel\./ });
  // Both problems of the field on one line of the summary, and on the field.
  // (The summary's message bar may swap in after its lazy chunk: each look waits for it.)
  expect(await screen.findAllByRole('link', { name: /^Texte \(français, HTML\) :/ })).toHaveLength(1);
  expect(await screen.findByText(/La variable \{\{link\}\} est obligatoire/, { selector: 'a' })).toBeTruthy();
  expect(body().getAttribute('aria-invalid')).toBe('true');
  expect(save).not.toHaveBeenCalled();
});

it('shows the other owner\'s text on a conflict and keeps what was typed; taking theirs replaces it', async () => {
  const { repo, save } = repository();
  const theirs: MailTemplateView = { ...READ, own: true, etag: '"2"', editor: 'Jean Moreau', modified: '2026-12-03T10:00:00Z',
    template: { ...READ.template, fr: { ...READ.template.fr, body: `${READ.template.fr.body}<p>Texte de Jean</p>` } } };
  save.mockRejectedValue(new MailTemplateConflictError(theirs));
  const onSaved = show(repo);
  const typed = `${READ.template.fr.body}<p>Mon texte, {{requesterName}}</p>`;
  fireEvent.change(body(), { target: { value: typed } });
  fireEvent.click(screen.getByRole('button', { name: 'Enregistrer' }));
  await screen.findByText('Un autre propriétaire a modifié ce courriel pendant que vous l\'écriviez.');
  expect(save).toHaveBeenCalledWith(READ, expect.objectContaining({ fr: expect.objectContaining({ body: typed }) }));
  expect(screen.getByText(/Jean Moreau l'a enregistré le/)).toBeTruthy();
  expect(screen.getByText(/Texte de Jean/)).toBeTruthy();
  expect(body().value).toBe(typed);
  expect(onSaved).not.toHaveBeenCalled();
  fireEvent.click(screen.getByRole('button', { name: 'Reprendre son texte' }));
  await waitFor(() => expect(body().value).toBe(theirs.template.fr.body));
});
