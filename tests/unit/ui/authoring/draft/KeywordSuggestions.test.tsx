import * as React from 'react';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import KeywordSuggestions from '../../../../../src/ui/authoring/draft/KeywordSuggestions';
import type { KeywordDraft } from '../../../../../src/ui/authoring/draft/keywordsModel';
import type { KnowledgeService } from '../../../../../src/data/knowledge/types';
import { formatString } from '../../../../../src/ui/common/format';
import { en, fr, inPage, knowledgeWith, norm } from './kitFixtures';

const s = fr.articleKeywords;
const DRAFT: KeywordDraft = {
  language: 'fr', title: 'Wifi eduroam en résidence', summary: 'Se connecter au wifi eduroam depuis une résidence universitaire.',
  bodyHtml: '<p>Le wifi eduroam des résidences demande le certificat. Installez le certificat puis choisissez eduroam.</p><p>Sans certificat, le wifi refuse la connexion.</p>',
  questions: ['Le wifi ne marche pas en résidence']
};

/** The component under a parent that keeps the accepted keywords, as the draft page does. */
function Page(props: { draft?: KeywordDraft; knowledge: KnowledgeService; onChange?: (k: string[]) => void; initial?: string[] }): React.ReactElement {
  const [keywords, setKeywords] = React.useState<string[]>(props.initial || []);
  return <KeywordSuggestions draft={props.draft || DRAFT} knowledge={props.knowledge} keywords={keywords}
    onChange={k => { setKeywords(k); if (props.onChange) props.onChange(k); }} />;
}

const suggested = async (): Promise<HTMLElement> => screen.findByRole('list', { name: s.suggestionsLabel });
const chipWords = (list: HTMLElement): string[] => within(list).getAllByRole('listitem').map(li => (li.querySelector('span') as HTMLElement).textContent || '');

describe('suggested keywords', () => {
  it('offers the terms that set the draft apart, in a labelled group, each chip with named accept and refuse buttons', async () => {
    const knowledge = knowledgeWith();
    render(inPage(<Page knowledge={knowledge} />));
    expect(screen.getByRole('group', { name: s.heading })).toBeInTheDocument();
    const list = await suggested();
    const words = chipWords(list);
    expect(words).toEqual(expect.arrayContaining(['eduroam', 'certificat']));
    // "compte" and "université"-like words every article uses are not what this one is about.
    expect(words).not.toContain('compte');
    expect(within(list).getByRole('button', { name: formatString(s.accept, 'eduroam') })).toBeInTheDocument();
    expect(within(list).getByRole('button', { name: formatString(s.reject, 'eduroam') })).toBeInTheDocument();
    expect(knowledge.analysedIndex).toHaveBeenCalledTimes(1);
    // The new suggestions are announced once, politely.
    expect(screen.getByRole('status')).toHaveTextContent(/nouvelles suggestions de mots-clés/);
  });

  it('accepting makes it the draft\'s keyword (removable), focus moving to the next chip', async () => {
    const onChange = jest.fn();
    render(inPage(<Page knowledge={knowledgeWith()} onChange={onChange} />));
    const list = await suggested();
    const first = chipWords(list)[0];
    fireEvent.click(within(list).getByRole('button', { name: formatString(s.accept, first) }));
    expect(onChange).toHaveBeenLastCalledWith([first]);
    const accepted = screen.getByRole('list', { name: s.acceptedLabel });
    expect(within(accepted).getByText(first)).toBeInTheDocument();
    expect(chipWords(await suggested())).not.toContain(first);
    const next = chipWords(await suggested())[0];
    expect(screen.getByRole('button', { name: formatString(s.accept, next) })).toHaveFocus();
    expect(screen.getByRole('status')).toHaveTextContent(norm(formatString(s.accepted, first)));
    fireEvent.click(within(accepted).getByRole('button', { name: formatString(s.remove, first) }));
    expect(onChange).toHaveBeenLastCalledWith([]);
    expect(screen.getByText(s.noKeywords)).toBeInTheDocument();
    // The last chip gone, focus goes to the free field.
    expect(screen.getByLabelText(s.addLabel)).toHaveFocus();
  });

  it('a refused suggestion does not come back when the text changes', async () => {
    const knowledge = knowledgeWith();
    const { rerender } = render(inPage(<Page knowledge={knowledge} />));
    const list = await suggested();
    fireEvent.click(within(list).getByRole('button', { name: formatString(s.reject, 'certificat') }));
    expect(chipWords(await suggested())).not.toContain('certificat');
    const longer = { ...DRAFT, bodyHtml: DRAFT.bodyHtml + '<p>Le certificat du campus se télécharge sur le site du campus. Au campus, le certificat expire.</p>' };
    rerender(inPage(<Page knowledge={knowledge} draft={longer} />));
    // Computed again after the pause (SUGGEST_DELAY_MS), "certificat" still out.
    await act(async () => { await new Promise(r => setTimeout(r, 500)); });
    expect(chipWords(await suggested())).not.toContain('certificat');
    expect(chipWords(await suggested())).toContain('campus');
  });

  it('adds a free keyword, and refuses one the draft already has (the typed text kept)', async () => {
    const onChange = jest.fn();
    render(inPage(<Page knowledge={knowledgeWith()} onChange={onChange} initial={['Wi-Fi']} />));
    const field = screen.getByLabelText(s.addLabel);
    fireEvent.change(field, { target: { value: '  résidence   universitaire ' } });
    fireEvent.keyDown(field, { key: 'Enter' });
    expect(onChange).toHaveBeenLastCalledWith(['Wi-Fi', 'résidence universitaire']);
    expect(field).toHaveValue('');
    fireEvent.change(field, { target: { value: 'wi-fi' } });
    fireEvent.click(screen.getByRole('button', { name: s.add }));
    expect(await screen.findByText(norm(formatString(s.duplicate, 'wi-fi')))).toBeInTheDocument();
    expect(field).toHaveValue('wi-fi');
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('above the local limit (no analysed index) still suggests from the draft\'s own words', async () => {
    render(inPage(<Page knowledge={knowledgeWith({ analysedIndex: jest.fn(async () => undefined) })} />));
    expect(chipWords(await suggested())).toContain('eduroam');
  });

  it('says so when the base cannot be read, and the free field still works', async () => {
    const error = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const onChange = jest.fn();
    render(inPage(<Page knowledge={knowledgeWith({ analysedIndex: jest.fn(async () => { throw new Error('offline'); }) })} onChange={onChange} />));
    expect(await screen.findByText(norm(s.unavailable))).toBeInTheDocument();
    expect(error).toHaveBeenCalled();
    error.mockRestore();
    fireEvent.change(screen.getByLabelText(s.addLabel), { target: { value: 'eduroam' } });
    fireEvent.click(screen.getByRole('button', { name: s.add }));
    expect(onChange).toHaveBeenLastCalledWith(['eduroam']);
  });

  it('speaks English on an English page', async () => {
    render(inPage(<Page knowledge={knowledgeWith()} />, 'en'));
    expect(screen.getByRole('group', { name: en.articleKeywords.heading })).toBeInTheDocument();
    const list = await screen.findByRole('list', { name: en.articleKeywords.suggestionsLabel });
    expect(within(list).getByRole('button', { name: 'Accept “eduroam”' })).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(/new keyword suggestions/));
  });
});
