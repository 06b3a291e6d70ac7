/**
 * JSON over fetch to our own server, same origin only. Stands in until the client typed from the server's
 * routes (`hc<AppType>`, DESIGN.md) exists; its answers follow the API's error shape `{error: {code, message}}`.
 */

export type ApiResult<T> =
  | { ok: true; value: T }
  | { ok: false; kind: 'unreachable' }
  | { ok: false; kind: 'refused'; status: number; code: string; message: string };

export async function postJson<T>(path: string, body: unknown): Promise<ApiResult<T>> {
  if (!path.startsWith('/api/')) throw new Error(`only our own API is called, not ${path}`);
  let response: Response;
  try {
    response = await fetch(path, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(body),
    });
  } catch {
    return { ok: false, kind: 'unreachable' };
  }
  const payload: unknown = await response.json().catch(() => null);
  if (response.ok) return { ok: true, value: payload as T };
  const error = (payload as { error?: { code?: unknown; message?: unknown } } | null)?.error;
  return {
    ok: false,
    kind: 'refused',
    status: response.status,
    code: typeof error?.code === 'string' ? error.code : `http_${response.status}`,
    message: typeof error?.message === 'string' ? error.message : response.statusText,
  };
}
