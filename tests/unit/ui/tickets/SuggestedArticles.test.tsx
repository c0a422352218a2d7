import * as React from 'react';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { setIconOptions } from '@fluentui/react/lib/Styling';
import { createTheme } from '@fluentui/react/lib/Styling';
import { helpCenterStrings as strings } from '../../../../workbench/host/runtime/allStrings';
import { SuggestedArticles } from '../../../../src/ui/tickets/form/SuggestedArticles';
import { formClasses } from '../../../../src/ui/common/formStyles';
import type { KnowledgeHit } from '../../../../src/data/knowledge/types';

setIconOptions({ disableWarnings: true });

const hit = (id: number, title: string): KnowledgeHit => ({
  score: 1, otherLanguage: false,
  article: { id, title, summary: `Résumé de ${title}`, language: 'fr', kind: 'faq', keywords: [], questions: [], modified: '2026-11-01T00:00:00Z', views: 0, helpful: 0, notHelpful: 0 },
});

describe('article suggestions in the ticket form', () => {
  it('suggests articles for what is typed and records the one that solved the problem', async () => {
    const suggest = jest.fn(async () => [hit(4, 'Réinitialiser son mot de passe'), hit(9, 'Débloquer son compte')]);
    const onSolved = jest.fn();
    const { rerender } = render(<SuggestedArticles text="mdp" suggest={suggest} strings={strings.ticketForm} classes={formClasses(createTheme())} onSolved={onSolved}
      articleUrl={(id) => `/kb?article=${id}`} />);
    await new Promise((r) => setTimeout(r, 600));
    expect(suggest).not.toHaveBeenCalled(); // too short to search
    rerender(<SuggestedArticles text="mot de passe oublié" suggest={suggest} strings={strings.ticketForm} classes={formClasses(createTheme())} onSolved={onSolved}
      articleUrl={(id) => `/kb?article=${id}`} />);
    await waitFor(() => expect(screen.getByRole('heading', { name: strings.ticketForm.suggestionsHeading })).toBeInTheDocument());
    expect(suggest).toHaveBeenCalledWith('mot de passe oublié');
    expect(screen.getByRole('link', { name: 'Lire « Réinitialiser son mot de passe »' })).toHaveAttribute('href', '/kb?article=4');
    fireEvent.click(screen.getAllByRole('button', { name: strings.ticketForm.suggestionSolved })[1]);
    expect(onSolved).toHaveBeenCalledWith(expect.objectContaining({ article: expect.objectContaining({ id: 9 }) }), 'mot de passe oublié');
  });

  it('shows nothing without a knowledge base or when nothing matches', async () => {
    const { container } = render(<SuggestedArticles text="imprimante bloquée" strings={strings.ticketForm} classes={formClasses(createTheme())} onSolved={jest.fn()} />);
    await new Promise((r) => setTimeout(r, 600));
    expect(container).toBeEmptyDOMElement();
  });
});
