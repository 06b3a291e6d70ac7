/**
 * Zero egress (issue 5): every request a page makes is recorded, and any to a host other than the server's
 * own fails the test, naming the requests.
 */
import type { Request } from 'playwright-core';

export interface RecordedRequest {
  url: string;
  method: string;
  resourceType: string;
  /** The page or worker's frame URL, when known. */
  from: string | null;
}

/** Schemes that never leave the browser. */
const LOCAL_SCHEMES = new Set(['data:', 'blob:', 'about:']);

export class RequestRecorder {
  readonly all: RecordedRequest[] = [];

  record(request: Request): void {
    let from: string | null = null;
    try {
      from = request.frame().url();
    } catch {
      // Requests from workers have no frame.
    }
    this.all.push({ url: request.url(), method: request.method(), resourceType: request.resourceType(), from });
  }

  /** Requests to anywhere but `origin` (for example `http://127.0.0.1:4173`). */
  offHost(origin: string): RecordedRequest[] {
    const allowed = new URL(origin).origin;
    return this.all.filter((r) => {
      const url = new URL(r.url);
      return !LOCAL_SCHEMES.has(url.protocol) && url.origin !== allowed;
    });
  }

  /** Throw, naming every request that went to another host. */
  expectNoEgress(origin: string): void {
    const off = this.offHost(origin);
    if (off.length > 0) {
      throw new Error(
        `${off.length} request(s) left ${origin}:\n${off.map((r) => `  ${r.method} ${r.url} (${r.resourceType})`).join('\n')}`,
      );
    }
  }
}
