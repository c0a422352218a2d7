import * as React from 'react';
import { Link } from '@fluentui/react/lib/Link';

/** Opens an article in place; `opener` names the link so the focus can come back to it when the article closes. */
export type OpenArticle = (id: number, opener?: string) => void;

/** Props of {@link ArticleLink}. */
export interface ArticleLinkProps {
  id: number;
  /** Unique on the page (the same article may be listed twice): where the focus returns after reading. */
  opener: string;
  onOpen: OpenArticle;
  className?: string;
  lang?: string;
  children: React.ReactNode;
}

/** A Fluent link to an article: a real address (`?article=ID`, opens in a new tab too) that opens the article in place on a click. */
export function ArticleLink(props: ArticleLinkProps): React.ReactElement {
  return (
    <Link href={`?article=${props.id}`} data-hc-opener={props.opener} className={props.className} lang={props.lang}
      onClick={e => { if (e.ctrlKey || e.metaKey || e.shiftKey) return; e.preventDefault(); props.onOpen(props.id, props.opener); }}>
      {props.children}
    </Link>
  );
}
