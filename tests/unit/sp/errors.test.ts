// What a failed SharePoint request means (src/data/sp/errors.ts), on errors shaped as PnPjs v4 rejects with them.
import {
  describeError, exceedsListViewThreshold, httpStatus, isDuplicateValueError, isNotFound, isPreconditionFailed
} from '../../../src/data/sp/errors';

/** An error as PnPjs's HttpRequestError.init builds it: status, and the body after "::>". */
function spError(status: number, code: string, message: string): Error & { status: number } {
  const body = JSON.stringify({ 'odata.error': { code, message: { lang: 'en-US', value: message } } });
  return Object.assign(new Error(`Error making HttpClient request in queryable [${status}] Status ::> ${body}`), { status });
}

const notFound = spError(404, '-2130575338, Microsoft.SharePoint.SPException', 'The item does not exist.');
const stale = spError(412, '-1, Microsoft.SharePoint.Client.ClientServiceException', 'The request ETag value does not match the object\'s ETag value.');
const duplicate = spError(500, '-2130575169, Microsoft.SharePoint.SPDuplicateValuesFoundException', 'The list item could not be added or updated because duplicate values were found in one or more fields in the list.');
// SharePoint Online's answer to a query over the list view threshold (SharePoint/sp-dev-docs#6826).
const threshold = spError(500, '-2147024860, Microsoft.SharePoint.SPQueryThrottledException', 'The attempted operation is prohibited because it exceeds the list view threshold.');
// The same on a Spanish site: the message is translated, the code is not (vgrem/office365-rest-python-client#462).
const thresholdEs = spError(500, '-2147024860, Microsoft.SharePoint.SPQueryThrottledException', 'La operación que se intentó realizar está prohibida porque supera el umbral de vista de lista.');
// The lookup column threshold: same exception, another code (vgrem/office365-rest-python-client#758).
const lookups = spError(500, '-2147024749, Microsoft.SharePoint.SPQueryThrottledException', 'The query cannot be completed because the number of lookup columns it contains exceeds the lookup column threshold.');
// A throttled request, as the workbench's fault injection answers it: the same number, another exception.
const throttled = spError(429, '-2147024860, Microsoft.SharePoint.SPRequestThrottledException', 'The request has been throttled. Please retry after the number of seconds in the Retry-After header.');
const denied = spError(403, '-2147024891, System.UnauthorizedAccessException', 'Access denied.');
const offline = new TypeError('Failed to fetch');

describe('error predicates', () => {
  const cases: [string, unknown, { status?: number; notFound?: boolean; stale?: boolean; duplicate?: boolean; threshold?: boolean }][] = [
    ['404 item does not exist', notFound, { status: 404, notFound: true }],
    ['412 stale ETag', stale, { status: 412, stale: true }],
    ['duplicate value (unique column)', duplicate, { status: 500, duplicate: true }],
    ['list view threshold', threshold, { status: 500, threshold: true }],
    ['list view threshold, translated message', thresholdEs, { status: 500, threshold: true }],
    ['lookup column threshold', lookups, { status: 500 }],
    ['429 throttled request', throttled, { status: 429 }],
    ['403 access denied', denied, { status: 403 }],
    ['no answer (offline)', offline, {}],
    ['a status that is not a number', { status: '404' }, {}],
    ['a plain object with status 412', { status: 412 }, { status: 412, stale: true }],
    ['undefined', undefined, {}],
    ['null', null, {}],
    ['a string', 'exceeds the list view threshold', { threshold: true }]
  ];

  it.each(cases)('%s', (_, error, expected) => {
    expect({
      status: httpStatus(error),
      notFound: isNotFound(error),
      stale: isPreconditionFailed(error),
      duplicate: isDuplicateValueError(error),
      threshold: exceedsListViewThreshold(error)
    }).toEqual({ status: undefined, notFound: false, stale: false, duplicate: false, threshold: false, ...expected });
  });
});

describe('describeError', () => {
  const empty = Object.assign(new Error('Error making HttpClient request in queryable [401] Unauthorized ::> '), { status: 401 });
  it.each([
    ['SharePoint\'s message and the status', notFound, 'The item does not exist. (HTTP 404)'],
    ['access denied first', denied, 'Access denied (403): Access denied.'],
    ['the whole error when the body is empty', empty, `Access denied (401): ${empty.message}`],
    ['a body that is not JSON', Object.assign(new Error('Error making HttpClient request in queryable [500] Error ::> <html>oops</html>'), { status: 500 }), '<html>oops</html> (HTTP 500)'],
    ['a Graph-style body', Object.assign(new Error(`x ::> ${JSON.stringify({ error: { code: 'generalException', message: { value: 'Graph style' } } })}`), { status: 400 }), 'Graph style (HTTP 400)'],
    ['no answer', offline, 'Failed to fetch'],
    ['a string', 'plain text', 'plain text']
  ] as [string, unknown, string][])('%s', (_, error, expected) => expect(describeError(error)).toBe(expected));
});
