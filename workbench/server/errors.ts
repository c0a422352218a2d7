/**
 * SharePoint's error vocabulary: every rule the emulator enforces answers with the status, HRESULT
 * code, exception type and message that SharePoint Online sends, so client code can be written
 * against real behaviour (research notes F3, F5, F8-F10).
 */
export class SpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

const ARG = '-2147024809, System.ArgumentException';
const ACCESS_DENIED = '-2147024891, System.UnauthorizedAccessException';
const INVALID_QUERY = '-1, Microsoft.SharePoint.Client.InvalidClientQueryException';

export const errors = {
  listNotFound: (title: string, webUrl: string) =>
    new SpError(404, '-1, System.ArgumentException', `List '${title}' does not exist at site with URL '${webUrl}'.`),
  listUrlNotFound: () =>
    new SpError(404, '-2147024894, System.IO.FileNotFoundException', 'File Not Found.'),
  itemNotFound: () => new SpError(404, ARG, 'Item does not exist. It may have been deleted by another user.'),
  fieldNotFound: (name: string) =>
    new SpError(400, '-1, Microsoft.SharePoint.SPException', `The field or property '${name}' does not exist.`),
  fieldByNameNotFound: (name: string) =>
    new SpError(404, ARG, `Column '${name}' does not exist. It may have been deleted by another user.`),
  propertyNotOnType: (name: string, type: string) =>
    new SpError(400, INVALID_QUERY,
      `The property '${name}' does not exist on type '${type}'. Make sure to only use property names that are defined by the type.`),
  startArray: () =>
    new SpError(400, INVALID_QUERY, "An unexpected 'StartObject' node was found when reading from the JSON reader. A 'StartArray' node was expected."),
  badValue: (edmType: string) =>
    new SpError(400, INVALID_QUERY, `Cannot convert a primitive value to the expected type '${edmType}'. See the inner exception for more details.`),
  projectionNeedsExpand: (path: string, root: string) =>
    new SpError(400, '-1, Microsoft.SharePoint.SPException',
      `The query to field '${path}' is not valid. The $select query string must specify the target fields and the $expand query string must contains ${root}.`),
  etagMismatch: (sent: string, actual: string) =>
    new SpError(412, '-2130575305, Microsoft.SharePoint.SPException',
      `The request ETag value '${sent}' does not match the object's ETag value '${actual}'.`),
  accessDenied: () =>
    new SpError(403, ACCESS_DENIED, 'Access denied. You do not have permission to perform this action or access this resource.'),
  throttled: () =>
    new SpError(500, '-2147024860, Microsoft.SharePoint.SPQueryThrottledException',
      'The attempted operation is prohibited because it exceeds the list view threshold.'),
  lookupThreshold: () =>
    new SpError(500, '-2147024749, Microsoft.SharePoint.SPQueryThrottledException',
      'The query cannot be completed because the number of lookup columns it contains exceeds the lookup column threshold enforced by the administrator.'),
  duplicateValue: (fields: string[]) =>
    new SpError(400, '-2130575169, Microsoft.SharePoint.SPDuplicateValuesFoundException',
      `The list item could not be added or updated because duplicate values were found in the following field(s) in the list: [${fields.join(', ')}].`),
  listExists: (title: string) =>
    new SpError(500, '-2130575342, Microsoft.SharePoint.SPException',
      `A list, survey, discussion board, or document library with the specified title already exists in this Web site.  Please choose another title.`),
  fieldExists: (name: string) =>
    new SpError(500, '-2130575342, Microsoft.SharePoint.SPException',
      `A duplicate field name "${name}" was found.`),
  userNotFound: () => new SpError(404, '-2146232832, Microsoft.SharePoint.SPException', 'User cannot be found.'),
  groupNotFound: () => new SpError(404, '-2146232832, Microsoft.SharePoint.SPException', 'Group cannot be found.'),
  ensureUserFailed: (login: string) =>
    new SpError(500, '-2146232832, Microsoft.SharePoint.SPException', `The specified user ${login} could not be found.`),
  groupExists: (name: string) =>
    new SpError(500, '-2130575293, Microsoft.SharePoint.SPException',
      `The specified name is already in use.\n\nPlease try again with a new name.`),
  roleDefNotFound: () =>
    new SpError(404, ARG, 'Value does not fall within the expected range.'),
  attachmentExists: (name: string) =>
    new SpError(500, '-2130575257, Microsoft.SharePoint.SPException', `A file with the name ${name} already exists.`),
  fileNotFound: () => new SpError(404, '-2147024894, System.IO.FileNotFoundException', 'File Not Found.'),
  badRequest: (msg: string) => new SpError(400, INVALID_QUERY, msg),
  segmentNotFound: (segment: string) =>
    new SpError(404, INVALID_QUERY, `Cannot find resource for the request ${segment}.`),
  methodNotAllowed: () =>
    new SpError(405, '-1, Microsoft.SharePoint.Client.InvalidClientQueryException', 'The HTTP method is not allowed for this resource.'),
  topTooLarge: () =>
    new SpError(500, '-2147024860, Microsoft.SharePoint.SPQueryThrottledException',
      'The attempted operation is prohibited because it exceeds the list view threshold.'),
};

/** JSON light error body, the shape PnPjs callers read with `await e.response.json()`. */
export function errorBody(err: SpError, verbose: boolean): string {
  const inner = { code: err.code, message: { lang: 'en-US', value: err.message } };
  return JSON.stringify(verbose ? { error: inner } : { 'odata.error': inner });
}
