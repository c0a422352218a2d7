/**
 * The help bar's panels (chunk 'help-bar-panel', loaded when one opens): an article of the knowledge base, read as
 * on the knowledge page (its ArticleView, with a link to its full page), and the request form (the TicketForm web
 * part's root and services: drafts kept, filing idempotent) prefilled with the bar's query and the category it
 * points to. A Fluent Panel on the current page; focus goes into it and back to where it came from when it closes.
 */
import * as React from 'react';
import * as ReactDom from 'react-dom';
import * as commonStrings from 'HelpCenterCommonStrings';
import { Panel, PanelType } from '@fluentui/react/lib/Panel';
import { Link } from '@fluentui/react/lib/Link';
import { useTheme, type PartialTheme } from '@fluentui/react/lib/Theme';
import { loadFeatureStrings } from '../../common/featureStrings';
import type { HelpCenterContextValue } from '../../common/HelpCenterContext';
import { HelpCenterRoot } from '../../common/HelpCenterRoot';
import ArticleView from '../../knowledge/ArticleView';
import { knowledgeClasses } from '../../knowledge/knowledgeStyles';
import { TicketFormRoot } from '../../tickets/form/TicketFormRoot';
import { indexedDbDraftStore } from '../../tickets/form/draftStore';
import { createTicketFormServices } from '../../../data/intake/TicketFormServices';
import { createFormKnowledge } from '../../../data/intake/formKnowledge';
import type { KnowledgeService } from '../../../data/knowledge/types';
import type { HelpBarConnection, HelpBarLinks } from '../helpBarTypes';

/** What a panel shows. */
export type HelpBarPanelKind = { kind: 'article'; id: number } | { kind: 'request'; query?: string; categoryId?: number };

/** What the panels need from the bar. */
export interface HelpBarPanelDeps {
  connection: HelpBarConnection;
  /** The bar's knowledge service (the index its type-ahead loaded). */
  knowledge: KnowledgeService;
  locale: 'fr' | 'en';
  helpCenterUrl: string;
  links: HelpBarLinks;
  strings: IHelpCenterHelpBarStrings['helpBar'];
  /** The panel closed (the bar puts the focus back and refreshes its counts). */
  onClose(): void;
}

/** The page's theme (SharePoint's `__themeState__`, as the bar paints with it), for Fluent inside the panel. */
function pageTheme(): PartialTheme | undefined {
  const state = (window as unknown as { __themeState__?: { theme?: { [slot: string]: string } } }).__themeState__;
  const t = state && state.theme;
  if (!t) return undefined;
  const palette: { [slot: string]: string } = {};
  Object.keys(t).forEach(k => { if (/^#[0-9a-f]{3,8}$/i.test(t[k])) palette[k] = t[k]; });
  const white = palette.white || '#ffffff';
  // A dark page (its "white" is dark): Fluent's inverted semantics.
  const dark = parseInt(white.slice(1, 3), 16) < 0x80;
  return { palette, isInverted: dark };
}

function ArticlePanelBody(props: { id: number; knowledge: KnowledgeService; links: HelpBarLinks; s: HelpBarPanelDeps['strings']; onClose(): void }): React.ReactElement {
  const theme = useTheme();
  const classes = React.useMemo(() => knowledgeClasses(theme), [theme]);
  const [id, setId] = React.useState(props.id);
  return (
    <div className={classes.page}>
      <Link href={`${props.links.knowledge}?article=${id}`}>{props.s.fullPage}</Link>
      <ArticleView id={id} service={props.knowledge} classes={classes} onOpen={setId} onClose={props.onClose} />
    </div>
  );
}

function BarPanel(props: { what: HelpBarPanelKind; deps: HelpBarPanelDeps; context?: HelpCenterContextValue; failed?: boolean; onDismiss(): void }): React.ReactElement {
  const { deps, what } = props;
  const s = deps.strings;
  const services = React.useMemo(() => {
    const c = deps.connection;
    return {
      form: createTicketFormServices(c.sp, () => c.graph()),
      drafts: indexedDbDraftStore(deps.helpCenterUrl.replace(/\/+$/, ''), c.user.loginName),
      knowledge: createFormKnowledge(c.sp, c.user.loginName, id => `${deps.links.knowledge}?article=${id}`)
    };
  }, [deps]);
  let body: React.ReactNode;
  if (props.failed) body = <p role="alert">{s.panelFailed}</p>;
  else if (!props.context) body = <p role="status">{s.panelLoading}</p>;
  else if (what.kind === 'article') {
    body = (
      <HelpCenterRoot context={props.context} theme={pageTheme()}>
        <ArticlePanelBody id={what.id} knowledge={deps.knowledge} links={deps.links} s={s} onClose={props.onDismiss} />
      </HelpCenterRoot>
    );
  } else {
    body = <TicketFormRoot context={props.context} theme={pageTheme()} services={services.form} drafts={services.drafts} knowledge={services.knowledge}
      prefill={{ query: what.query, categoryId: what.categoryId }} myTicketsUrl={deps.links.myRequests} />;
  }
  return (
    <Panel isOpen type={PanelType.medium} headerText={what.kind === 'article' ? s.articlePanelTitle : s.requestPanelTitle}
      closeButtonAriaLabel={s.panelClose} isLightDismiss onDismiss={props.onDismiss}>
      {body}
    </Panel>
  );
}

/** Opens a panel on the page; returns a function that closes it. */
export function openHelpBarPanel(what: HelpBarPanelKind, deps: HelpBarPanelDeps): () => void {
  const host = document.createElement('div');
  host.setAttribute('data-help-center', 'help-bar-panel');
  document.body.appendChild(host);
  let closed = false;
  const close = (): void => {
    if (closed) return;
    closed = true;
    ReactDom.unmountComponentAtNode(host);
    host.remove();
    deps.onClose();
  };
  const render = (context?: HelpCenterContextValue, failed?: boolean): void => {
    if (!closed) ReactDom.render(<BarPanel what={what} deps={deps} context={context} failed={failed} onDismiss={close} />, host);
  };
  render();
  // The panel's strings (the knowledge page's and the form's), in the page's language.
  loadFeatureStrings(deps.locale, what.kind === 'article' ? ['knowledge'] : ['ticketForm']).then(own => {
    const c = deps.connection;
    render({
      sp: c.sp, strings: { ...commonStrings, ...own } as IHelpCenterStrings, locale: deps.locale,
      currentUser: { loginName: c.user.loginName, email: c.user.email, displayName: c.user.displayName }, siteUrl: deps.helpCenterUrl.replace(/\/+$/, '')
    });
  }, (e: unknown) => { console.error('[HelpCenter] The help bar\'s panel could not load its strings:', e); render(undefined, true); });
  return close;
}
