import * as React from 'react';
import { useTheme } from '@fluentui/react/lib/Theme';
import { IconButton, DefaultButton, type IButton } from '@fluentui/react/lib/Button';
import { TextField, type ITextField } from '@fluentui/react/lib/TextField';
import { getId } from '@fluentui/react/lib/Utilities';
import type { KnowledgeService } from '../../../data/knowledge/types';
import { useHelpCenter } from '../../common/HelpCenterContext';
import { formClasses } from '../../common/formStyles';
import { formatCount, formatString } from '../../common/format';
import { LiveRegion } from '../../common/LiveRegion';
import { ThemeText } from '../../common/ThemeText';
import { keywordForm, sameKeyword, useKeywordCorpus, useSuggestions, type KeywordDraft } from './keywordsModel';

/** Props of {@link KeywordSuggestions}. */
export interface KeywordSuggestionsProps {
  /** The draft's text as it is being written. */
  draft: KeywordDraft;
  /** The published articles (services.knowledge): their analysed index is the suggestions' corpus. */
  knowledge: KnowledgeService;
  /** Accepted keywords (the draft's). */
  keywords: string[];
  /** Accept / reject / remove / add a free keyword. */
  onChange(keywords: string[]): void;
  /** The published article this draft edits: left out of the base's statistics (it is not "the rest of the base"). */
  excludeArticleId?: number;
}

/** Where focus goes after a chip disappears: the next chip of its list, else the free keyword field. */
type FocusTarget = { list: 'suggested' | 'accepted'; index: number };

/**
 * Suggested keywords of a draft: the terms that set it apart from the published articles, accepted or refused one
 * by one (a refused one does not come back while the page is open), the accepted ones removable, a free field.
 */
export default function KeywordSuggestions(props: KeywordSuggestionsProps): React.ReactElement {
  const { strings, locale } = useHelpCenter();
  const s = strings.articleKeywords;
  const classes = formClasses(useTheme());
  const { keywords, onChange } = props;
  const [rejected, setRejected] = React.useState<string[]>([]);
  const [typed, setTyped] = React.useState('');
  const [typedError, setTypedError] = React.useState<string | undefined>(undefined);
  const [message, setMessage] = React.useState('');
  const corpus = useKeywordCorpus(props.knowledge);
  const computed = useSuggestions(props.draft, corpus, keywords, rejected, props.excludeArticleId);
  // Accepted or refused a moment ago: gone at once, before the next computation.
  const suggestions = (computed || []).filter(x => !keywords.some(k => sameKeyword(k, x.keyword)) && !rejected.some(r => sameKeyword(r, x.keyword)));
  const ids = React.useMemo(() => ({ heading: getId('hc-keywords'), help: getId('hc-keywords-help'), field: getId('hc-keyword-add') }), []);
  const buttons = React.useRef<{ suggested: Array<IButton | null>; accepted: Array<IButton | null> }>({ suggested: [], accepted: [] });
  const field = React.useRef<ITextField | null>(null);
  const focusNext = React.useRef<FocusTarget | undefined>(undefined);

  // New suggestions are announced once they are computed (after a pause in the typing), not on every keystroke.
  const announced = React.useRef<string[] | undefined>(undefined);
  React.useEffect(() => {
    if (!computed) return;
    const before = announced.current || [];
    const fresh = computed.filter(x => before.indexOf(x.key) < 0).length;
    announced.current = before.concat(computed.map(x => x.key).filter(k => before.indexOf(k) < 0));
    if (fresh > 0) setMessage(formatCount(locale, fresh, s.announce));
  }, [computed, locale, s.announce]);

  React.useEffect(() => {
    const target = focusNext.current;
    if (!target) return;
    focusNext.current = undefined;
    const list = buttons.current[target.list].filter((b): b is IButton => !!b);
    const next = list[Math.min(target.index, list.length - 1)];
    if (next) next.focus(); else if (field.current) field.current.focus();
  });

  const accept = (keyword: string, index: number): void => {
    focusNext.current = { list: 'suggested', index };
    onChange(keywords.concat(keyword));
    setMessage(formatString(s.accepted, keyword));
  };
  const reject = (keyword: string, index: number): void => {
    focusNext.current = { list: 'suggested', index };
    setRejected(rejected.concat(keyword));
    setMessage(formatString(s.rejected, keyword));
  };
  const remove = (keyword: string, index: number): void => {
    focusNext.current = { list: 'accepted', index };
    onChange(keywords.filter(k => k !== keyword));
    setMessage(formatString(s.removed, keyword));
  };
  const add = (): void => {
    const keyword = keywordForm(typed);
    if (!keyword) { if (field.current) field.current.focus(); return; }
    if (keywords.some(k => sameKeyword(k, keyword))) {
      setTypedError(formatString(s.duplicate, keyword));
      if (field.current) field.current.focus();
      return;
    }
    onChange(keywords.concat(keyword));
    setTyped('');
    setTypedError(undefined);
    setMessage(formatString(s.accepted, keyword));
  };

  buttons.current = { suggested: [], accepted: [] };
  return (
    <section role="group" aria-labelledby={ids.heading} aria-describedby={ids.help} className={classes.fieldset}>
      <ThemeText as="h3" variant="large" id={ids.heading} className={classes.heading}>{s.heading}</ThemeText>
      <p id={ids.help} className={classes.help}>{s.help}</p>
      {keywords.length === 0 ? <p className={classes.help}>{s.noKeywords}</p> : (
        <ul className={classes.chips} aria-label={s.acceptedLabel}>
          {keywords.map((k, i) => (
            <li key={k} className={classes.chip}>
              <span>{k}</span>
              <IconButton iconProps={{ iconName: 'Cancel' }} ariaLabel={formatString(s.remove, k)} title={formatString(s.remove, k)}
                componentRef={(b: IButton | null) => { buttons.current.accepted[i] = b; }} onClick={() => remove(k, i)} />
            </li>
          ))}
        </ul>
      )}
      <div className={classes.actions}>
        <TextField id={ids.field} label={s.addLabel} value={typed} errorMessage={typedError} componentRef={field}
          onChange={(_e, v) => { setTyped(v || ''); if (typedError) setTypedError(undefined); }}
          onKeyDown={e => { if (e.key === 'Enter') { e.preventDefault(); add(); } }} />
        <DefaultButton text={s.add} onClick={add} styles={{ root: { alignSelf: typedError ? 'center' : 'flex-end' } }} />
      </div>
      <h4 className={`${classes.heading} ${classes.label}`}>{s.suggestionsLabel}</h4>
      {corpus.status === 'failed' ? <p className={classes.help}>{s.unavailable}</p>
        : corpus.status === 'loading' || !computed ? <p className={classes.help}>{s.loading}</p>
          : suggestions.length === 0 ? <p className={classes.help}>{s.noSuggestions}</p> : (
            <ul className={classes.chips} aria-label={s.suggestionsLabel}>
              {suggestions.map((x, i) => (
                <li key={x.key} className={classes.chip}>
                  <span>{x.keyword}</span>
                  <IconButton iconProps={{ iconName: 'CheckMark' }} ariaLabel={formatString(s.accept, x.keyword)} title={formatString(s.accept, x.keyword)}
                    componentRef={(b: IButton | null) => { buttons.current.suggested[i] = b; }} onClick={() => accept(x.keyword, i)} />
                  <IconButton iconProps={{ iconName: 'Cancel' }} ariaLabel={formatString(s.reject, x.keyword)} title={formatString(s.reject, x.keyword)}
                    onClick={() => reject(x.keyword, i)} />
                </li>
              ))}
            </ul>
          )}
      <LiveRegion message={message} />
    </section>
  );
}
