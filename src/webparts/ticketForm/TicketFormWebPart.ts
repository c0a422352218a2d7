import { IPropertyPaneField, PropertyPaneTextField } from '@microsoft/sp-property-pane';
import type { FormServices, ITicketFormWebPartProps } from './ticketFormFeature';
import type { FeatureName } from '../../ui/common/featureStrings';
import { HelpCenterFeature, HelpCenterWebPart } from '../common/HelpCenterWebPart';

/** Thin SPFx entry point of the ticket form: its feature loads in its own chunk. */
export default class TicketFormWebPart extends HelpCenterWebPart<ITicketFormWebPartProps, FormServices> {
  protected loadFeature(): Promise<HelpCenterFeature<ITicketFormWebPartProps, FormServices>> {
    return import(/* webpackChunkName: 'help-center-form' */ './ticketFormFeature').then(m => m.ticketFormFeature);
  }

  protected get featureName(): FeatureName {
    return 'form';
  }

  protected paneFields(): IPropertyPaneField<unknown>[] {
    return [PropertyPaneTextField('myTicketsUrl', { label: this.strings.ticketFormPane.myTicketsUrl })];
  }
}
