import * as React from 'react';
import { PrimaryButton } from '@fluentui/react/lib/Button';
import type { ArticleSummary, KnowledgeService } from '../../data/knowledge/types';
import type { PageLinks } from '../../data/pageLinks';
import { useHelpCenter } from '../common/HelpCenterContext';
import { LiveRegion } from '../common/LiveRegion';
import { formatCount, formatString } from '../common/format';
import type { HomeClasses } from './homeStyles';

/** Props of {@link HomeSearch}. */
export interface HomeSearchProps {
  knowledge: KnowledgeService;
  links: PageLinks;
  classes: HomeClasses;
  /** Goes to an address (the browser's by default; tests pass their own). */
  navigate?(url: string): void;
}

/** Suggestions shown as one types. */
const SUGGESTIONS = 6;
/** The pause in typing after which the words are searched. */
const TYPING_PAUSE_MS = 150;
const INPUT_ID = 'hc-home-q';
const LISTBOX_ID = 'hc-home-suggestions';
const HINT_ID = 'hc-home-q-hint';
const optionId = (i: number): string => `hc-home-suggestion-${i}`;

type Suggestions = { query: string; status: 'loading' | 'done' | 'failed'; articles: ArticleSummary[] };

/**
 * The hero's search, with type-ahead over the knowledge base (the knowledge page's engine and index): an ARIA 1.2
 * combobox (an input with a listbox popup): Down/Up move through the suggested articles and "search the whole base",
 * Enter opens the one chosen (an article on the knowledge page) or searches the knowledge page for the words,
 * Escape closes the list (a second Escape clears the words). The index is asked for on the box's first focus.
 */
export function HomeSearch(props: HomeSearchProps): React.ReactElement {
  const { strings, locale } = useHelpCenter();
  const s = strings.home;
  const c = props.classes;
  const svc = props.knowledge;
  const [text, setText] = React.useState('');
  const [open, setOpen] = React.useState(false);
  const [active, setActive] = React.useState(-1);
  const [found, setFound] = React.useState<Suggestions | undefined>();
  const q = text.trim();
  const go = (url: string): void => (props.navigate ? props.navigate(url) : window.location.assign(url));

  React.useEffect(() => {
    if (!q) { setFound(undefined); return undefined; }
    let live = true;
    const timer = setTimeout(() => {
      setFound(prev => ({ query: q, status: 'loading', articles: prev ? prev.articles : [] }));
      svc.search(q, { language: locale, limit: SUGGESTIONS }).then(
        r => { if (live) setFound({ query: q, status: 'done', articles: r.hits.map(h => h.article) }); },
        (e: unknown) => { console.error('[HelpCenter] The suggestions failed:', e); if (live) setFound({ query: q, status: 'failed', articles: [] }); });
    }, TYPING_PAUSE_MS);
    return () => { live = false; clearTimeout(timer); };
  }, [svc, q, locale]);

  const articles = found ? found.articles : [];
  // The options: the suggested articles, then "search the whole base for …".
  const count = q ? articles.length + 1 : 0;
  const expanded = open && count > 0;
  const searchAll = (): void => go(props.links.knowledge(q ? { text: q } : undefined));
  const choose = (i: number): void => {
    if (i >= 0 && i < articles.length) go(props.links.article(articles[i].id));
    else searchAll();
  };
  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>): void => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (!count) return;
      e.preventDefault();
      setOpen(true);
      const step = e.key === 'ArrowDown' ? 1 : -1;
      // From the box (or a closed list): the first or the last option; then round the list.
      setActive(a => (!expanded || a < 0 ? (step > 0 ? 0 : count - 1) : (a + step + count) % count));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      if (expanded && active >= 0) choose(active); else if (q) searchAll();
    } else if (e.key === 'Escape') {
      if (expanded) { e.preventDefault(); setOpen(false); setActive(-1); } else if (text) { e.preventDefault(); setText(''); }
    }
  };
  const message = !q || !found ? '' : found.status === 'failed' ? s.suggestionsFailed : found.status === 'loading' ? s.suggestionsLoading
    : articles.length ? formatCount(locale, articles.length, s.suggestionsCount) : s.noSuggestion;

  return (
    <section className={c.hero} aria-labelledby="hc-home-title">
      <h2 id="hc-home-title" className={c.heading}>{s.title}</h2>
      <form role="search" className={c.searchForm} aria-label={s.searchLabel} onSubmit={e => { e.preventDefault(); if (q) searchAll(); }}>
        <label htmlFor={INPUT_ID} className={c.hint} style={{ fontWeight: 600 }}>{s.searchLabel}</label>
        <div className={c.searchRow}>
          <div className={c.inputWrap}>
            <input id={INPUT_ID} className={c.input} type="text" role="combobox" autoComplete="off" spellCheck={false} maxLength={300}
              placeholder={s.searchPlaceholder} value={text} aria-autocomplete="list" aria-expanded={expanded} aria-controls={LISTBOX_ID}
              aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined} aria-describedby={HINT_ID}
              onFocus={() => { svc.ready().catch(() => undefined); if (q) setOpen(true); }}
              onBlur={() => { setOpen(false); setActive(-1); }}
              onChange={e => { setText(e.target.value); setOpen(true); setActive(-1); }} onKeyDown={onKeyDown} />
            <ul id={LISTBOX_ID} role="listbox" aria-label={s.suggestionsLabel} className={c.listbox} hidden={!expanded}>
              {expanded ? articles.map((a, i) => (
                <li key={a.id} id={optionId(i)} role="option" aria-selected={i === active} lang={a.language !== locale ? a.language : undefined}
                  className={i === active ? `${c.option} ${c.optionActive}` : c.option}
                  onMouseDown={e => e.preventDefault()} onClick={() => choose(i)}>
                  <span>{a.title}</span>
                  {a.summary ? <span className={c.optionMeta}>{a.summary.length > 120 ? `${a.summary.slice(0, 117)}…` : a.summary}</span> : undefined}
                </li>
              )) : undefined}
              {expanded ? (
                <li id={optionId(articles.length)} role="option" aria-selected={active === articles.length}
                  className={active === articles.length ? `${c.option} ${c.optionActive}` : c.option}
                  onMouseDown={e => e.preventDefault()} onClick={() => choose(articles.length)}>
                  {formatString(s.searchAll, q)}
                </li>
              ) : undefined}
            </ul>
          </div>
          <PrimaryButton type="submit" text={s.searchButton} styles={{ root: { height: 40 } }} />
        </div>
        <p id={HINT_ID} className={c.hint}>{s.searchHint}</p>
      </form>
      <LiveRegion message={message} />
    </section>
  );
}
