/**
 * Downloading a file from our own API through fetch rather than a plain link, so that a refusal reads as
 * words on the page and a 403 `reauth_required` (a plaintext export, docs/security.md) can ask the person to
 * confirm who they are and try once more. The file is handed to the browser from memory (a blob: URL, which
 * never leaves the browser) under the name the server gave it.
 */
import { rawRequest, refusal, type ApiResult } from '../api/client.js';
import { REAUTH_REQUIRED } from './reauth.js';

/** The file name of a Content-Disposition header, the UTF-8 form first; never a path. */
export function attachmentName(header: string | null, fallback: string): string {
  if (!header) return fallback;
  const utf8 = /filename\*=UTF-8''([^;]+)/i.exec(header)?.[1];
  let name: string | undefined;
  if (utf8) {
    try {
      name = decodeURIComponent(utf8.trim());
    } catch {
      name = undefined;
    }
  }
  name ??= /filename="?([^";]+)"?/i.exec(header)?.[1];
  const bare = name?.split(/[\\/]/).pop()?.trim();
  return bare ? bare : fallback;
}

export type DownloadResult = ApiResult<{ name: string; bytes: number }>;

/**
 * Fetch `path` and save what it answers. When the server asks for a fresh confirmation, `confirm` is asked
 * (the re-confirmation dialog); on yes the request is sent once more.
 */
export async function download(
  path: string,
  fallbackName: string,
  confirm: () => Promise<boolean>,
): Promise<DownloadResult | { ok: false; kind: 'cancelled' }> {
  for (let attempt = 0; attempt < 2; attempt++) {
    const response = await rawRequest(path, { headers: { accept: 'application/zip, application/json' } });
    if (!response) return { ok: false, kind: 'unreachable' };
    if (!response.ok) {
      const payload: unknown = await response.json().catch(() => null);
      const refused = refusal(response, payload);
      if (attempt === 0 && refused.status === 403 && refused.code === REAUTH_REQUIRED) {
        if (!(await confirm())) return { ok: false, kind: 'cancelled' };
        continue;
      }
      return refused;
    }
    const blob = await response.blob();
    const name = attachmentName(response.headers.get('content-disposition'), fallbackName);
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = name;
    link.hidden = true;
    document.body.append(link);
    link.click();
    link.remove();
    // Long enough for the browser to have taken the file; then the bytes leave memory.
    window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
    return { ok: true, value: { name, bytes: blob.size } };
  }
  return { ok: false, kind: 'unreachable' };
}
