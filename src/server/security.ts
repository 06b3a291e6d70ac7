/**
 * What every answer carries for the browser's sake, and the cross-site check on every change
 * (docs/security.md; issue 5, item 3).
 */
import type { MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import { ApiError } from './api-error.js';
import type { AppEnv } from './app-env.js';

/** The Content-Security-Policy: only this server's own scripts, styles, images and connections; no framing. */
export const CSP_DIRECTIVES = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:'],
  fontSrc: ["'self'"],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'none'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

export function securityHeaders(options: { https: boolean }): MiddlewareHandler<AppEnv> {
  return secureHeaders({
    contentSecurityPolicy: CSP_DIRECTIVES,
    referrerPolicy: 'no-referrer',
    xFrameOptions: 'DENY',
    xContentTypeOptions: 'nosniff',
    crossOriginOpenerPolicy: 'same-origin',
    crossOriginResourcePolicy: 'same-origin',
    // Only meaningful over HTTPS; on plain HTTP a browser ignores it.
    strictTransportSecurity: options.https ? 'max-age=31536000' : false,
    permissionsPolicy: { camera: [], microphone: [], geolocation: [], payment: [], usb: [] },
  });
}

/** Answers from the API hold personal data: no browser or proxy may keep a copy. */
export const noStore: MiddlewareHandler<AppEnv> = async (c, next) => {
  await next();
  c.header('Cache-Control', 'no-store');
};

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Refuse a change (any method but GET, HEAD, OPTIONS) that a browser says came from another site. The
 * browser's Sec-Fetch-Site decides where it is sent (a page script cannot forge it): `same-origin`, or
 * `none` for something the person did themselves. Older browsers send only Origin, which must then be this
 * server's own (or one of `allowedOrigins`, for a proxy that ends TLS). A request with neither header does
 * not come from a browser page, so it cannot be carrying a victim's cookie on another site's behalf.
 *
 * Hono's own csrf middleware checks only form-like content types and trusts CORS preflights for JSON; this
 * checks every change, whatever its content type, so the rule does not depend on how a request is encoded.
 */
export function rejectCrossSite(allowedOrigins: readonly string[]): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (!SAFE_METHODS.has(c.req.method)) {
      const site = c.req.header('sec-fetch-site');
      const origin = c.req.header('origin');
      if (site !== undefined) {
        if (site !== 'same-origin' && site !== 'none') throw new ApiError('cross_site_request');
      } else if (origin !== undefined && origin !== new URL(c.req.url).origin && !allowedOrigins.includes(origin)) {
        throw new ApiError('cross_site_request');
      }
    }
    await next();
  };
}
