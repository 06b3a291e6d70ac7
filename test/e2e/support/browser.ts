/**
 * Debian's Chromium, driven by playwright-core (never a browser downloaded by a test tool), and pages that
 * record what they do: every request (for the zero-egress check), console errors and uncaught exceptions
 * (CSP refusals land here too), and every dialog (for the XSS checks: a payload that runs `alert` shows up).
 */
import fs from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { RequestRecorder } from './egress.js';

export const CHROMIUM = '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export const PHONE = { width: 360, height: 740 } as const;
export const DESKTOP = { width: 1280, height: 860 } as const;

/**
 * Launch Chromium. Playwright gives every launch a fresh, temporary user-data-dir of its own (it refuses a
 * `--user-data-dir` argument and removes the folder on close), so nothing carries over between runs.
 */
export async function launchBrowser(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} is missing: install Debian's chromium (apt-get install -y chromium), as .ci/run does`);
  }
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
}

export interface PageSession {
  context: BrowserContext;
  page: Page;
  requests: RequestRecorder;
  /** Console errors and uncaught exceptions, in order. */
  errors: string[];
  /** Messages of dialogs (alert, confirm, prompt) the page tried to open; each is dismissed. */
  dialogs: string[];
  close(): Promise<void>;
}

export interface PageOptions {
  viewport?: { width: number; height: number };
  /** The browser's language list starts with this (navigator.languages); default en-US. */
  locale?: string;
  /**
   * Ignore the page's CSP: the XSS test takes the second line of defence away, so that markup the page let
   * through would really run (and open its dialog) instead of being refused by the CSP.
   */
  bypassCSP?: boolean;
}

/** A new context (no cookies or storage shared with other sessions) and one page in it, recorded. */
export async function openPage(browser: Browser, options: PageOptions = {}): Promise<PageSession> {
  const context = await browser.newContext({
    viewport: options.viewport ?? DESKTOP,
    locale: options.locale ?? 'en-US',
    serviceWorkers: 'block',
    ...(options.bypassCSP ? { bypassCSP: true } : {}),
  });
  const requests = new RequestRecorder();
  context.on('request', (request) => requests.record(request));
  const page = await context.newPage();
  const errors: string[] = [];
  const dialogs: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()} (${message.location().url || 'page'})`);
  });
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return { context, page, requests, errors, dialogs, close: () => context.close() };
}

/** Chromium's virtual authenticator (WebAuthn over CDP): a passkey device that answers at once, user verified. */
export const PASSKEY_DEVICE = {
  protocol: 'ctap2',
  transport: 'internal',
  hasResidentKey: true,
  hasUserVerification: true,
  isUserVerified: true,
  automaticPresenceSimulation: true,
} as const;
