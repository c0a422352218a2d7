import * as React from 'react';
import { PartialTheme } from '@fluentui/react/lib/Theme';
import type { TicketFormServices } from '../../../data/intake/TicketFormServices';
import { HelpCenterContextValue } from '../../common/HelpCenterContext';
import { HelpCenterRoot } from '../../common/HelpCenterRoot';
import { DraftStore } from './draftStore';
import { FormKnowledge, TicketForm } from './TicketForm';
import { FormPrefill } from './useTicketForm';
import { expertFromUrl } from '../../../data/pageLinks';

/** Props of {@link TicketFormRoot}. */
export interface TicketFormRootProps {
  context: HelpCenterContextValue;
  theme?: PartialTheme;
  services: TicketFormServices;
  drafts: DraftStore;
  prefill: FormPrefill;
  myTicketsUrl?: string;
  knowledge?: FormKnowledge;
}

/** The ui root the TicketForm web part and the workbench page both render. */
export function TicketFormRoot(props: TicketFormRootProps): React.ReactElement {
  return (
    <HelpCenterRoot context={props.context} theme={props.theme}>
      <TicketForm services={props.services} drafts={props.drafts} prefill={props.prefill} myTicketsUrl={props.myTicketsUrl} knowledge={props.knowledge} />
    </HelpCenterRoot>
  );
}

/** Reads the "Still need help?" parameters of the knowledge search (`?q=…&category=…`). */
export function prefillFromUrl(search: string): FormPrefill {
  const params: { [k: string]: string } = {};
  search.replace(/^\?/, '').split('&').filter(Boolean).forEach(pair => {
    const [k, v] = pair.split('=');
    try { params[decodeURIComponent(k)] = decodeURIComponent((v || '').replace(/\+/g, ' ')); } catch { /* a malformed parameter is ignored */ }
  });
  const category = Number(params.category);
  return {
    query: params.q ? params.q.slice(0, 1000) : undefined, categoryId: Number.isInteger(category) && category > 0 ? category : undefined, expert: expertFromUrl(search),
    ...(params.from === 'teams' ? { channel: 'teams' as const } : {})
  };
}
