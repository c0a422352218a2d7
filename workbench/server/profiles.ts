/**
 * `GET _api/SP.UserProfiles.PeopleManager/GetPropertiesFor(@v)?@v='<login>'`: a person's user profile, as
 * PnPjs `sp.profiles.getPropertiesFor` reads it. The workbench answers from the tenant directory, with the
 * language preference SharePoint keeps in `SPS-MUILanguages` (the help center writes mails in it).
 * Profiles are keyed by account name, the person's claims login `i:0#.f|membership|<UPN>`: an e-mail-shaped
 * claim of someone whose e-mail address differs from their UPN, or a bare address, finds no profile.
 * Job title and department as SharePoint Online returns them: `PersonProperties.Title` ("the user's title",
 * https://learn.microsoft.com/en-us/previous-versions/office/sharepoint-csom/jj164728(v=office.15)), and in
 * `UserProfileProperties` the keys `Title`, `SPS-JobTitle` (synchronised from Entra ID's jobTitle) and `Department`
 * (the property keys of https://learn.microsoft.com/en-us/previous-versions/office/sharepoint-visio/jj679700(v=office.15));
 * an empty string when the directory has none, as SharePoint answers.
 */
import type { Ctx, SpResponse } from './context';
import { entity } from './context';
import { errors } from './errors';
import type { Segment } from './segments';
import { singleArg } from './segments';
import { CLAIMS_PREFIX, findPerson, loginNameOf, upnOf } from './directory';

export function handlePeopleManager(ctx: Ctx, rest: Segment[]): SpResponse {
  const [first] = rest;
  if (!first || first.key !== 'getpropertiesfor') throw errors.segmentNotFound(first ? first.name : 'PeopleManager');
  if (ctx.req.method !== 'GET') throw errors.methodNotAllowed();
  const account = singleArg(first, ctx.req.url.searchParams);
  const person = account.trim().toLowerCase().startsWith(CLAIMS_PREFIX) ? findPerson(account) : undefined;
  // SharePoint answers an unknown account with an empty PersonProperties (no error).
  if (!person) return entity(ctx, 'SP.UserProfiles.PersonProperties', { AccountName: null, DisplayName: null, Email: null, Title: null, UserProfileProperties: [] });
  return entity(ctx, 'SP.UserProfiles.PersonProperties', {
    AccountName: loginNameOf(person.email),
    DisplayName: person.displayName,
    Email: person.email,
    Title: person.jobTitle ?? '',
    UserProfileProperties: [
      { Key: 'AccountName', Value: loginNameOf(person.email), ValueType: 'Edm.String' },
      { Key: 'PreferredName', Value: person.displayName, ValueType: 'Edm.String' },
      { Key: 'WorkEmail', Value: person.email, ValueType: 'Edm.String' },
      { Key: 'UserName', Value: upnOf(person), ValueType: 'Edm.String' },
      { Key: 'SPS-MUILanguages', Value: person.language, ValueType: 'Edm.String' },
      { Key: 'Title', Value: person.jobTitle ?? '', ValueType: 'Edm.String' },
      { Key: 'SPS-JobTitle', Value: person.jobTitle ?? '', ValueType: 'Edm.String' },
      { Key: 'Department', Value: person.department ?? '', ValueType: 'Edm.String' },
    ],
  });
}
