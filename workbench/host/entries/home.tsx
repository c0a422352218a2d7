/**
 * `/sites/intranet`: an ordinary intranet page (another site than the help center's) with the tenant-wide help bar on
 * top and, for the workbench's visitor, a card for each page of the help center site.
 */
import * as React from 'react';
import { Link } from '@fluentui/react/lib/Link';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { useTheme } from '@fluentui/react/lib/Theme';
import { mountHelpBar } from '../runtime/helpBar';
import { mountPage } from '../runtime/mount';
import type { WorkbenchPageStrings } from '../runtime/workbenchStrings';

function Home(props: { siteUrl: string; strings: WorkbenchPageStrings }): React.ReactElement {
  const theme = useTheme();
  const w = props.strings.workbench;
  const classes = mergeStyleSets({
    grid: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(240px, 1fr))', gap: 16, listStyle: 'none', padding: 0, margin: 0 },
    card: {
      display: 'flex', flexDirection: 'column', gap: 6, padding: 16, borderRadius: 4, background: theme.semanticColors.cardStandoutBackground,
      boxShadow: theme.effects.elevation4, border: `1px solid ${theme.palette.neutralLight}`,
    },
    title: { fontSize: theme.fonts.large.fontSize, fontWeight: 600 },
    text: { margin: 0, color: theme.semanticColors.bodySubtext },
  });
  const pages: [string, string, string][] = [
    ['', w.helpHomeTitle, w.helpHomeDescription],
    ['SitePages/Knowledge.aspx', w.knowledgeTitle, w.knowledgeDescription],
    ['SitePages/Request.aspx', w.ticketFormTitle, w.ticketFormDescription],
    ['SitePages/MyRequests.aspx', w.myTicketsTitle, w.myTicketsDescription],
    ['SitePages/Desk.aspx', w.deskTitle, w.deskDescription],
    ['SitePages/Articles.aspx', w.articlesTitle, w.articlesDescription],
    ['SitePages/Experts.aspx', w.expertsTitle, w.expertsDescription],
    ['SitePages/Ideas.aspx', w.ideasTitle, w.ideasDescription],
    ['SitePages/Setup.aspx', w.setupTitle, w.setupDescription],
    ['_workbench/outbox.html', w.outboxTitle, w.outboxDescription],
  ];
  return (
    <section aria-labelledby="workbench-webparts">
      <h2 id="workbench-webparts">{w.webPartsHeading}</h2>
      <ul className={classes.grid}>
        {pages.map(([path, title, description]) => (
          <li key={path} className={classes.card}>
            <Link className={classes.title} href={path ? `${props.siteUrl}/${path}` : props.siteUrl}>{title}</Link>
            <p className={classes.text}>{description}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}

mountHelpBar();
mountPage((s) => s.workbench.homeTitle, ({ boot, strings }) => <Home siteUrl={boot.helpCenterUrl} strings={strings} />);
