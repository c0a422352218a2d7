/** `/sites/helpcenter`: an intranet home page with the help bar on top and links to each web part page. */
import * as React from 'react';
import { mountHelpBar } from '../runtime/helpBar';
import { mountPage } from '../runtime/mount';

mountHelpBar();
mountPage((s) => s.workbench.homeTitle, ({ boot, strings }) => (
  <section aria-labelledby="workbench-webparts">
    <h2 id="workbench-webparts">{strings.workbench.webPartsHeading}</h2>
    <ul>
      <li>
        <a href={`${boot.siteUrl}/SitePages/Setup.aspx`}>{strings.workbench.setupTitle}</a>
        {' – '}{strings.workbench.setupDescription}
      </li>
      <li>
        <a href={`${boot.siteUrl}/SitePages/Knowledge.aspx`}>{strings.workbench.knowledgeTitle}</a>
        {' – '}{strings.workbench.knowledgeDescription}
      </li>
      <li>
        <a href={`${boot.siteUrl}/SitePages/Request.aspx`}>{strings.workbench.ticketFormTitle}</a>
        {' – '}{strings.workbench.ticketFormDescription}
      </li>
      <li>
        <a href={`${boot.siteUrl}/SitePages/MyRequests.aspx`}>{strings.workbench.myTicketsTitle}</a>
        {' – '}{strings.workbench.myTicketsDescription}
      </li>
      <li>
        <a href={`${boot.siteUrl}/SitePages/Desk.aspx`}>{strings.workbench.deskTitle}</a>
        {' – '}{strings.workbench.deskDescription}
      </li>
      <li>
        <a href={`${boot.siteUrl}/_workbench/outbox.html`}>{strings.workbench.outboxTitle}</a>
        {' – '}{strings.workbench.outboxDescription}
      </li>
    </ul>
  </section>
));
