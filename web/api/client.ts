/**
 * The server's API, called through a client typed from its own routes (`hc<AppType>`, DESIGN.md): a route's
 * path, input and answer are checked against src/server/routes/*.routes.ts at compile time, and a name can
 * be followed from a button to its handler. Only types come from src/server; the client itself is a few
 * hundred bytes of hono/client. Same origin only, with the session cookie.
 *
 * Every call answers an `ApiResult`: the value, or why not in words the server wrote for the person
 * (`{error: {code, message, fields}}`), or "unreachable" when the request never got an answer.
 */
import { hc, type ClientResponse } from 'hono/client';
import type { AppType } from '../../src/server/app.js';

export const api = hc<AppType>('/', {
  init: { credentials: 'same-origin' },
  headers: { accept: 'application/json' },
}).api;

/** One refused input field: its path (`participants.1`, `asks.0.to`) and the reason. */
export interface FieldProblem {
  field: string;
  message: string;
}

export type ApiRefusal = {
  ok: false;
  kind: 'refused';
  status: number;
  code: string;
  message: string;
  fields: FieldProblem[];
};

export type ApiResult<T> = { ok: true; value: T } | { ok: false; kind: 'unreachable' } | ApiRefusal;

type SuccessStatus = 200 | 201;

/** The JSON body of a route's success answers. */
export type OkBody<R> =
  R extends ClientResponse<infer T, infer S, infer _F> ? (S extends SuccessStatus ? T : never) : never;

/** Path parameters as they go into the URL: hono/client puts them in as they are, so they are encoded here. */
export function encoded<P extends Record<string, string>>(params: P): P {
  return Object.fromEntries(Object.entries(params).map(([k, v]) => [k, encodeURIComponent(v)])) as P;
}

/** Send a typed request and read its answer. */
export async function call<R extends ClientResponse<unknown, number, string>>(
  request: () => Promise<R>,
): Promise<ApiResult<OkBody<R>>> {
  let response: R;
  try {
    response = await request();
  } catch {
    return { ok: false, kind: 'unreachable' };
  }
  return read<OkBody<R>>(response);
}

/** Read an answer: its JSON when it succeeded, the API's error otherwise. */
export async function read<T>(response: Response): Promise<ApiResult<T>> {
  const payload: unknown = await response.json().catch(() => null);
  if (response.ok) return { ok: true, value: payload as T };
  return refusal(response, payload);
}

export function refusal(response: Response, payload: unknown): ApiRefusal {
  const error = (payload as { error?: { code?: unknown; message?: unknown; fields?: unknown } } | null)?.error;
  const fields = Array.isArray(error?.fields)
    ? error.fields.filter(
        (f): f is FieldProblem =>
          typeof (f as FieldProblem | null)?.field === 'string' && typeof (f as FieldProblem).message === 'string',
      )
    : [];
  return {
    ok: false,
    kind: 'refused',
    status: response.status,
    code: typeof error?.code === 'string' ? error.code : `http_${response.status}`,
    message: typeof error?.message === 'string' ? error.message : response.statusText,
    fields,
  };
}

/**
 * A request the typed client cannot describe (a multipart upload read back as a file), to our own API only.
 */
export async function rawRequest(path: string, init: RequestInit = {}): Promise<Response | null> {
  if (!path.startsWith('/api/')) throw new Error(`only our own API is called, not ${path}`);
  try {
    return await fetch(path, { credentials: 'same-origin', ...init });
  } catch {
    return null;
  }
}

/** The path of a workspace's resource, every segment encoded: `/api/workspaces/Demo/people/p-1`. */
export function workspacePath(workspace: string, ...segments: string[]): string {
  return ['/api/workspaces', workspace, ...segments].map((s, i) => (i === 0 ? s : encodeURIComponent(s))).join('/');
}
