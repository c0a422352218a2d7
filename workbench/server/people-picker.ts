/**
 * `POST _api/SP.UI.ApplicationPages.ClientPeoplePickerWebServiceInterface.ClientPeoplePickerSearchUser`:
 * the people search behind SharePoint's people pickers (PnPjs `sp.profiles.clientPeoplePickerSearchUser`).
 * It searches the tenant directory (not only site users), by the start of any word of the name or of the
 * e-mail, accent-insensitively, and answers a JSON string of PickerEntity objects, as SharePoint does.
 */
import type { Ctx, SpResponse } from './context';
import { jsonBody, primitive } from './context';
import { errors } from './errors';
import { DEMO_PEOPLE, loginNameOf } from './directory';

const fold = (s: string): string => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

export function clientPeoplePickerSearchUser(ctx: Ctx): SpResponse {
  if (ctx.req.method !== 'POST') throw errors.methodNotAllowed();
  const params = (jsonBody(ctx).queryParams ?? {}) as { QueryString?: unknown; MaximumEntitySuggestions?: unknown };
  if (typeof params.QueryString !== 'string') throw errors.badRequest("The parameter 'queryParams' is missing its 'QueryString'.");
  const query = fold(params.QueryString.trim());
  const max = typeof params.MaximumEntitySuggestions === 'number' && params.MaximumEntitySuggestions > 0 ? params.MaximumEntitySuggestions : 30;
  const matches = query.length === 0 ? [] : DEMO_PEOPLE.filter((p) => {
    const words = fold(`${p.displayName} ${p.email}`).split(/[^a-z0-9]+/).filter(Boolean);
    return fold(p.email).startsWith(query) || query.split(/\s+/).every((q) => words.some((w) => w.startsWith(q)));
  }).slice(0, max);
  const entities = matches.map((p) => ({
    Key: loginNameOf(p.email),
    Description: p.email,
    DisplayText: p.displayName,
    EntityType: 'User',
    ProviderDisplayName: 'Tenant',
    ProviderName: 'Tenant',
    IsResolved: true,
    EntityData: { Title: '', Email: p.email, MobilePhone: '', ObjectId: '', Department: '', PrincipalType: 'User' },
    MultipleMatches: [],
  }));
  return primitive(ctx, 'Edm.String', JSON.stringify(entities));
}
