import { IPropertyPaneField, PropertyPaneTextField } from '@microsoft/sp-property-pane';
import type { MyTicketsServices } from '../../data/tickets/MyTicketsServices';
import type { IMyTicketsWebPartProps } from './myTicketsFeature';
import type { FeatureName } from '../../ui/common/featureStrings';
import { HelpCenterFeature, HelpCenterWebPart } from '../common/HelpCenterWebPart';

/** Thin SPFx entry point of "My requests": its feature loads in its own chunk. */
export default class MyTicketsWebPart extends HelpCenterWebPart<IMyTicketsWebPartProps, MyTicketsServices> {
  protected loadFeature(): Promise<HelpCenterFeature<IMyTicketsWebPartProps, MyTicketsServices>> {
    return import(/* webpackChunkName: 'help-center-my-tickets' */ './myTicketsFeature').then(m => m.myTicketsFeature);
  }

  protected get featureName(): FeatureName {
    return 'myTickets';
  }

  protected paneFields(): IPropertyPaneField<unknown>[] {
    return [PropertyPaneTextField('newRequestUrl', { label: this.strings.ticketFormPane.newRequestUrl })];
  }
}
