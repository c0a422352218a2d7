import * as React from 'react';
import { Panel, PanelType } from '@fluentui/react/lib/Panel';
import { useTheme } from '@fluentui/react/lib/Theme';
import { useHelpCenter } from '../common/HelpCenterContext';
import { formClasses } from '../common/formStyles';
import { DeskTicketView } from './DeskTicketView';
import type { DeskTicketViewProps } from './DeskTicketView';

/** Props of {@link DeskTicketPanel}: the ticket page's, and the panel's state. */
export interface DeskTicketPanelProps extends Omit<DeskTicketViewProps, 'classes'> {
  isOpen: boolean;
  /** A phone's width: the panel takes the whole screen. */
  phone: boolean;
  /** After the panel has closed (Esc, its close button): the desk gives the focus back. */
  onDismissed(): void;
}

/**
 * A ticket opened from a queue, in a panel over the queues (large on a desk, the whole screen on a phone), so the
 * agent goes back to the same place in the same queue. Loaded with the ticket page, not with the queues.
 */
export function DeskTicketPanel(props: DeskTicketPanelProps): React.ReactElement {
  const { strings } = useHelpCenter();
  const classes = formClasses(useTheme());
  const { isOpen, phone, onDismissed, ...view } = props;
  return (
    <Panel isOpen={isOpen} type={phone ? PanelType.smallFluid : PanelType.large} isLightDismiss={false} onDismiss={() => props.onBack()}
      onDismissed={onDismissed} closeButtonAriaLabel={strings.desk.closeTicket} popupProps={{ ariaLabelledBy: 'hc-desk-ticket' }}
      styles={{ content: { paddingBottom: 24 } }}>
      <DeskTicketView {...view} classes={classes} />
    </Panel>
  );
}

export default DeskTicketPanel;
