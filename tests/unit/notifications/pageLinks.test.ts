// The links to the help center's pages are built and read in one place (src/data/pageLinks.ts): what a mail or a
// web part builds, the page reads back.
import {
  approvalPanelFromUrl, approvalRequestFromUrl, approvalRequestQuery, AuthoringRoute, followIdFromUrl, isPageLinks, pageLinks, requestLinkOn,
  ticketIdFromUrl
} from '../../../src/data/pageLinks';
import { authoringRouteFromUrl } from '../../../src/data/authoringRoute';

const SITE = 'https://contoso.sharepoint.com/sites/helpcenter';
const links = pageLinks(`${SITE}/`);

it('builds each page of the site', () => {
  expect(links.request(42)).toBe(`${SITE}/SitePages/MyRequests.aspx?ticket=42`);
  expect(links.follow(42)).toBe(`${SITE}/SitePages/MyRequests.aspx?follow=42`);
  expect(links.desk(42)).toBe(`${SITE}/SitePages/Desk.aspx?ticket=42`);
  expect(links.desk(42, true)).toBe(`${SITE}/SitePages/Desk.aspx?ticket=42&approval=1`);
  expect(links.deskHome()).toBe(`${SITE}/SitePages/Desk.aspx`);
  expect(links.myRequests()).toBe(`${SITE}/SitePages/MyRequests.aspx`);
  expect(links.newRequest()).toBe(`${SITE}/SitePages/Request.aspx`);
  expect(links.article(7)).toBe(`${SITE}/SitePages/Knowledge.aspx?article=7`);
  expect(requestLinkOn(`${SITE}/SitePages/Mes-demandes.aspx`, 5)).toBe(`${SITE}/SitePages/Mes-demandes.aspx?ticket=5`);
});

it('is also the desk\'s mail-link function (request, approval)', () => {
  const request = { ticketId: 42, requestSequence: 3, approverId: 9, token: 'a'.repeat(32) };
  expect(isPageLinks(links)).toBe(true);
  expect(isPageLinks((id: number) => `x${id}`)).toBe(false);
  expect(links(42)).toBe(links.request(42));
  expect(links(42, 'approval', request)).toBe(`${SITE}/SitePages/MyRequests.aspx?approval=42&key=3&for=9&t=${'a'.repeat(32)}`);
  expect(links(42, 'approval')).toBe(links.desk(42, true));
});

it('reads back what it builds, and nothing else', () => {
  const search = (url: string): string => url.slice(url.indexOf('?'));
  expect(ticketIdFromUrl(search(links.request(42)))).toBe(42);
  expect(followIdFromUrl(search(links.follow(42)))).toBe(42);
  expect(ticketIdFromUrl(search(links.follow(42)))).toBeUndefined();
  expect(approvalPanelFromUrl(search(links.desk(42, true)))).toBe(true);
  expect(approvalPanelFromUrl(search(links.desk(42)))).toBe(false);
  const request = { ticketId: 42, requestSequence: 3, approverId: 9, token: 'b'.repeat(32) };
  expect(approvalRequestFromUrl(approvalRequestQuery(request))).toEqual(request);
  expect(approvalRequestFromUrl('?approval=42&key=3&t=NOT-A-TOKEN')).toEqual({ ticketId: 42, requestSequence: 3 });
  for (const bad of ['?ticket=0', '?ticket=-1', '?ticket=4x', '?ticket=', '?tickets=4', '?approval=42']) {
    expect([bad, ticketIdFromUrl(bad), approvalRequestFromUrl(bad)]).toEqual([bad, undefined, undefined]);
  }
  expect(ticketIdFromUrl('?foo=1&ticket=12#top')).toBe(12);
});

describe('the contributors\' page (Articles.aspx) addresses', () => {
  const site = pageLinks('https://contoso.sharepoint.com/sites/helpcenter/');
  it.each([
    [{ kind: 'queue' }, ''],
    [{ kind: 'draft', id: 12 }, '?draft=12'],
    [{ kind: 'article', id: 7 }, '?article=7'],
    [{ kind: 'new', template: 'known_issue', language: 'fr' }, '?new=1&template=known_issue&lang=fr'],
    [{ kind: 'new', template: 'howTo', language: 'en', query: 'wifi ne marche pas & eduroam', ticketId: 41, translationOf: 3, categoryId: 9 },
      '?new=1&template=howTo&lang=en&q=wifi%20ne%20marche%20pas%20%26%20eduroam&ticket=41&translationOf=3&category=9']
  ] as [AuthoringRoute, string][])('%j ↔ %s', (route, query) => {
    expect(site.authoring(route)).toBe(`https://contoso.sharepoint.com/sites/helpcenter/SitePages/Articles.aspx${query}`);
    expect(authoringRouteFromUrl(query)).toEqual(route);
  });

  it('ignores what a link should not carry: bad ids, unknown languages, odd template names, over-long queries', () => {
    expect(authoringRouteFromUrl('?draft=-1')).toEqual({ kind: 'queue' });
    expect(authoringRouteFromUrl('?draft=1e3&article=x')).toEqual({ kind: 'queue' });
    expect(authoringRouteFromUrl('?new=1&lang=de&template=<script>&ticket=0&q=' + 'a'.repeat(400))).toEqual({ kind: 'new', query: 'a'.repeat(255) });
    expect(authoringRouteFromUrl('?new=2&q=x')).toEqual({ kind: 'queue' });
  });
});
