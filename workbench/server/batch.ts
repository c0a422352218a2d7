/**
 * OData `$batch` as SharePoint Online serves it to PnPjs (research F2): multipart/mixed request with
 * top-level GET parts and changesets (LF or CRLF, case-insensitive part headers, absolute URLs, any verb
 * in the request line); parts run in order with no rollback; the answer is flat, one part per request,
 * closed by `--batchresponse_X--` and exactly one newline.
 */
import { randomUUID } from 'node:crypto';
import type { SpResponse } from './context';
import { errors } from './errors';

export interface BatchPart {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: string;
}

const STATUS_TEXT: Record<number, string> = {
  200: 'OK', 201: 'Created', 202: 'Accepted', 204: 'No Content', 400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden',
  404: 'Not Found', 405: 'Method Not Allowed', 409: 'Conflict', 412: 'Precondition Failed', 429: 'Too Many Requests',
  500: 'Internal Server Error', 503: 'Service Unavailable',
};

export function statusText(status: number): string {
  return STATUS_TEXT[status] ?? 'Unknown';
}

function boundaryOf(contentType: string | undefined): string | null {
  const m = /boundary="?([^";]+)"?/i.exec(contentType ?? '');
  return m ? m[1] : null;
}

function splitHeaders(block: string): { headers: Record<string, string>; rest: string } {
  const lines = block.split('\n');
  const headers: Record<string, string> = {};
  let i = 0;
  while (i < lines.length && lines[i].trim() === '') i++;
  for (; i < lines.length; i++) {
    const line = lines[i];
    if (line.trim() === '') {
      i++;
      break;
    }
    const colon = line.indexOf(':');
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return { headers, rest: lines.slice(i).join('\n') };
}

function splitMultipart(body: string, boundary: string): string[] {
  const parts: string[] = [];
  const delimiter = `--${boundary}`;
  for (const chunk of body.split(delimiter).slice(1)) {
    if (chunk.startsWith('--')) break;
    parts.push(chunk.replace(/^\n/, ''));
  }
  return parts;
}

export function parseBatch(body: string, contentType: string | undefined): BatchPart[] {
  const boundary = boundaryOf(contentType);
  if (!boundary) throw errors.badRequest('The batch request must have a "Content-Type" header with a boundary.');
  const out: BatchPart[] = [];
  const visit = (text: string, b: string) => {
    for (const raw of splitMultipart(text, b)) {
      const { headers, rest } = splitHeaders(raw);
      const inner = boundaryOf(headers['content-type']);
      if (/^multipart\/mixed/i.test(headers['content-type'] ?? '') && inner) {
        visit(rest, inner);
        continue;
      }
      const lines = rest.split('\n');
      let i = 0;
      while (i < lines.length && lines[i].trim() === '') i++;
      const requestLine = /^(\w+)\s+(\S+)(?:\s+HTTP\/[\d.]+)?\s*$/.exec(lines[i] ?? '');
      if (!requestLine) throw errors.badRequest('The batch part does not start with a request line.');
      const { headers: partHeaders, rest: partBody } = splitHeaders(lines.slice(i + 1).join('\n'));
      out.push({ method: requestLine[1].toUpperCase(), url: requestLine[2], headers: partHeaders, body: partBody.replace(/\n+$/, '') });
    }
  };
  visit(body.replace(/\r\n/g, '\n'), boundary);
  return out;
}

export function formatBatchResponse(responses: SpResponse[]): { contentType: string; body: string } {
  const boundary = `batchresponse_${randomUUID()}`;
  let body = '';
  for (const r of responses) {
    body += `--${boundary}\nContent-Type: application/http\nContent-Transfer-Encoding: binary\n\n`;
    body += `HTTP/1.1 ${r.status} ${statusText(r.status)}\n`;
    for (const [k, v] of Object.entries(r.headers)) {
      if (k.toLowerCase() === 'content-length') continue;
      body += `${k.toLowerCase() === 'content-type' ? 'CONTENT-TYPE' : k}: ${v}\n`;
    }
    body += '\n';
    if (r.body !== undefined && r.body.length > 0) body += `${r.body.toString()}\n`;
  }
  body += `--${boundary}--\n`;
  return { contentType: `multipart/mixed; boundary=${boundary}`, body };
}
