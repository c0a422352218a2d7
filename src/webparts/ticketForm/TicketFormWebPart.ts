import { IPropertyPaneField, PropertyPaneTextField } from '@microsoft/sp-property-pane';
import { helpCenterStrings as strings } from '../common/helpCenterStrings';
import type { FormServices, ITicketFormWebPartProps } from './ticketFormFeature';
import { HelpCenterFeature, HelpCenterWebPart } from '../common/HelpCenterWebPart';

/** Thin SPFx entry point of the ticket form: its feature loads in its own chunk. */
export default class TicketFormWebPart extends HelpCenterWebPart<ITicketFormWebPartProps, FormServices> {
  protected loadFeature(): Promise<HelpCenterFeature<ITicketFormWebPartProps, FormServices>> {
    return import(/* webpackChunkName: 'help-center-form' */ './ticketFormFeature').then(m => m.ticketFormFeature);
  }

  protected paneFields(): IPropertyPaneField<unknown>[] {
    return [PropertyPaneTextField('myTicketsUrl', { label: strings.ticketFormPane.myTicketsUrl })];
  }
}
