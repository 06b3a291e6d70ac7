/**
 * Signing in and the security pages in a real browser against the real server (docs/security.md): the
 * refusals that never tell whether a name exists and, past the limit, say to wait or use a passkey; an
 * authenticator app set up from a QR code drawn in the page (decoded here from a screenshot) and used to
 * sign in, with a recovery code too; passkeys made and used by Chromium's virtual authenticator (DevTools
 * WebAuthn); an export confirmed again with the password and with a passkey; accounts and grants as an admin
 * and as a lead; retention; the audit log; and the panic button on a throwaway server, after which the app
 * says the data is gone. Axe runs on every new page at 360 and 1280 px.
 *
 * Pages are opened at http://localhost:PORT: WebAuthn refuses an IP address as the relying party.
 */
import fs from 'node:fs';
import { decodeQR } from 'qr/decode.js';
import type { Browser, Download } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { totpCode } from '../../src/server/second-factor.js';
import { describeViolations, runAxe } from './support/axe.js';
import { DESKTOP, launchBrowser, openPage, PASSKEY_DEVICE, PHONE, type PageSession } from './support/browser.js';
import { at } from './support/demo-app.js';
import { decodePng } from './support/png.js';
import { saveScreenshot } from './support/screenshots.js';
import { callApi, startSunspace, type SunspaceServer } from './support/sunspace.js';
import { ensureWebBuild } from './support/web-build.js';

const ADA = { username: 'ada', password: 'a long walk to the picket line' };
const W = 'Works';
const MINUTES = 60_000;

/** A server whose clock can be moved on: five minutes later a session is no longer fresh. */
interface Running {
  server: SunspaceServer;
  origin: string;
  skew: number;
}

let dir = '';
let main: Running;
let browser: Browser;
const sessions: PageSession[] = [];
const axeReport: string[] = [];

async function start(options: { wipe?: boolean } = {}): Promise<Running> {
  const running = { skew: 0 } as Running;
  running.server = await startSunspace({
    staticDir: dir,
    clock: () => new Date(Date.now() + running.skew),
    ...(options.wipe ? { wipe: true } : {}),
  });
  running.origin = running.server.url.replace('127.0.0.1', 'localhost');
  const setup = await call(running, 'POST', '/api/setup', ADA);
  if (setup.status !== 201) throw new Error(`setup failed: ${setup.status} ${JSON.stringify(setup.body)}`);
  return running;
}

const cookies = new Map<Running, string>();

/** Call the API (as the admin unless `cookie` says otherwise); JSON in, JSON out. */
async function call<T = unknown>(
  r: Running,
  method: string,
  path: string,
  body?: unknown,
  cookie: string | null = cookies.get(r) ?? null,
): Promise<{ status: number; body: T }> {
  const res = await callApi<T>(r.server.url, method, path, body, cookie);
  if (path === '/api/setup' && res.setCookie) cookies.set(r, res.setCookie.split(';')[0]!);
  return { status: res.status, body: res.body };
}

async function ok(r: Running, method: string, path: string, body?: unknown): Promise<unknown> {
  const res = await call(r, method, path, body);
  if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

/** A recorded page at `path`, signed in as `as` (nobody with null). */
async function open(
  r: Running,
  path: string,
  options: { as?: { username: string; password: string } | null; viewport?: { width: number; height: number } } = {},
): Promise<PageSession> {
  const s = await openPage(browser, { viewport: options.viewport ?? DESKTOP });
  sessions.push(s);
  const account = options.as === undefined ? ADA : options.as;
  if (account) {
    const res = await s.context.request.post(`${r.origin}/api/auth/login`, {
      data: account,
      headers: { 'sec-fetch-site': 'same-origin' },
    });
    if (res.status() !== 200) throw new Error(`sign-in of ${account.username}: ${res.status()} ${await res.text()}`);
  }
  await s.page.goto(`${r.origin}${path}`);
  return s;
}

/** Nothing left the server, no dialog opened, and the console holds only the refusals the test caused. */
function clean(r: Running, s: PageSession, statuses: readonly number[] = []): void {
  s.requests.expectNoEgress(r.origin);
  expect(s.dialogs).toEqual([]);
  const expected = new RegExp(`status of (${statuses.join('|') || 'none'})\\b`);
  expect(s.errors.filter((e) => !expected.test(e))).toEqual([]);
}

async function axe(s: PageSession, name: string): Promise<void> {
  const report = await runAxe(s.page);
  const width = s.page.viewportSize()?.width ?? 0;
  const other = report.violations.filter((v) => !report.blocking.includes(v));
  axeReport.push(
    `${name}@${width}: serious/critical ${report.blocking.length}, other ${other.length}${other.length ? ` (${describeViolations(other)})` : ''}`,
  );
  expect(report.blocking, `${name} at ${width}px:\n${describeViolations(report.blocking)}`).toEqual([]);
}

/** Chromium's virtual authenticator on this page: a passkey device that answers at once, user verified. */
async function virtualAuthenticator(s: PageSession) {
  const cdp = await s.context.newCDPSession(s.page);
  await cdp.send('WebAuthn.enable', { enableUI: false });
  const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', { options: PASSKEY_DEVICE });
  return {
    credentials: async () => (await cdp.send('WebAuthn.getCredentials', { authenticatorId })).credentials,
  };
}

async function zipOf(download: Download): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function addAccount(username: string, role: 'admin' | 'lead' | 'member', unit?: string | null) {
  const account = { username, password: `${username} walks to the picket line` };
  await ok(main, 'POST', '/api/users', { ...account, role });
  if (unit !== undefined) await ok(main, 'POST', `/api/users/${username}/grants`, { workspace: W, unit });
  return account;
}

beforeAll(async () => {
  dir = await ensureWebBuild();
  main = await start();
  await ok(main, 'POST', '/api/workspaces', { name: W });
  const people: string[] = [];
  for (const [name, unit] of [
    ['Rosa Vega', 'Works/Ward A'],
    ['Tom Lee', 'Works/Ward A/Nights'],
    ['Ines Moro', 'Works/Ward B'],
  ] as const) {
    people.push(((await ok(main, 'POST', `/api/workspaces/${W}/people`, { name, unit })) as { id: string }).id);
  }
  // An old conversation whose notes retention will remove.
  await ok(main, 'POST', `/api/workspaces/${W}/conversations`, {
    occurredOn: '2020-01-15',
    participants: [people[0], people[1]],
    kind: 'chat',
    notes: 'An old note about the night shift',
  });
  browser = await launchBrowser();
}, 180_000);

afterAll(async () => {
  for (const s of sessions) await s.close();
  await browser?.close();
  await main?.server.close();
  if (axeReport.length > 0) console.log(`[axe] security pages:\n  ${axeReport.join('\n  ')}`);
});

describe('signing in', () => {
  it('says the same for an unknown name and a wrong password, and past the limit says to wait or use a passkey', async () => {
    const gus = await addAccount('gus', 'member');
    const s = await open(main, '/sign-in', { as: null, viewport: PHONE });
    await at(s, 'Sign in');
    const refusal = async (username: string, password: string) => {
      await s.page.reload();
      await at(s, 'Sign in');
      await s.page.getByLabel('Username').fill(username);
      await s.page.getByLabel('Password').fill(password);
      await s.page.getByRole('button', { name: 'Sign in', exact: true }).click();
      const status = s.page.locator('.form__outcome--problem');
      await status.waitFor();
      return (await status.textContent())!;
    };
    const unknown = await refusal('nobody-by-that-name', 'not the password at all');
    const wrong = await refusal('ada', 'not the password at all');
    expect(unknown).toBe('That username and password do not match an account. Check both and try again.');
    expect(wrong).toBe(unknown);

    // Ten wrong guesses at gus (from anywhere): the right password is then refused, and the words say why.
    for (let i = 0; i < 10; i++) {
      expect(
        (await call(main, 'POST', '/api/auth/login', { username: 'gus', password: `guess ${i}` }, null)).status,
      ).toBe(401);
    }
    const locked = await refusal(gus.username, gus.password);
    expect(locked).toMatch(/^Too many wrong attempts for now\. Wait an hour .* sign in with a passkey/);
    await saveScreenshot(s.page, 'sign-in-too-many-360');
    await axe(s, 'sign-in (refused)');
    clean(main, s, [401, 429]);
  });

  it('an authenticator app is set up from a QR code drawn in the page, then signs in with its code and with a recovery code', async () => {
    const tess = await addAccount('tess', 'member', 'Works/Ward B');
    const s = await open(main, '/settings/security', { as: tess, viewport: PHONE });
    await at(s, 'Security');
    await s.page.getByRole('button', { name: 'Set up an authenticator app' }).click();
    const secret = (await s.page.locator('code[data-secret]').getAttribute('data-secret'))!;
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    // The key as text, in groups of four, and the QR code: decoded from the screenshot, it is the otpauth URI.
    await s.page.getByText(secret.replace(/(.{4})/g, '$1 ').trim()).waitFor();
    const qr = s.page.getByRole('img', { name: 'QR code for the authenticator app' });
    const { png } = await saveScreenshot(qr, 'totp-qr-code');
    const uri = decodeQR(decodePng(png), { format: 'RGBA' });
    expect(uri).toMatch(/^otpauth:\/\/totp\/Sunspace:tess\?/);
    expect(new URL(uri).searchParams.get('secret')).toBe(secret);
    expect(new URL(uri).searchParams.get('issuer')).toBe('Sunspace');
    await saveScreenshot(s.page, 'security-totp-setup-360');
    await axe(s, 'security (setting up the app)');

    await s.page.getByLabel('The code the app shows now').fill(totpCode(secret, new Date(Date.now() + main.skew)));
    await s.page.getByRole('button', { name: 'Turn it on' }).click();
    const codesBox = s.page.getByRole('region', { name: 'Your recovery codes: store them now' });
    await codesBox.waitFor();
    await codesBox.getByText(/shown this once and never again/).waitFor();
    const codes = (await codesBox.locator('code').allTextContents()).map((c) => c.trim());
    expect(codes).toHaveLength(10);
    for (const c of codes) expect(c).toMatch(/^[a-z2-9]{5}-[a-z2-9]{5}$/);
    await s.page.waitForFunction(() => document.activeElement?.textContent === 'Your recovery codes: store them now');
    await saveScreenshot(s.page, 'security-recovery-codes-360');
    await axe(s, 'security (recovery codes shown)');
    await codesBox.getByRole('button', { name: 'I have stored them' }).click();
    await codesBox.waitFor({ state: 'detached' });
    await s.page.getByText('On. 10 recovery codes left.').waitFor();
    clean(main, s);

    // Signing in now takes two steps; a wrong code is refused in words, the app's next code signs in.
    const signIn = await open(main, '/sign-in', { as: null, viewport: PHONE });
    await at(signIn, 'Sign in');
    await signIn.page.getByLabel('Username').fill(tess.username);
    await signIn.page.getByLabel('Password').fill(tess.password);
    await signIn.page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await signIn.page.getByRole('heading', { level: 2, name: 'The code from your authenticator app' }).waitFor();
    await signIn.page.waitForFunction(() => document.activeElement?.id === 'code-step');
    await axe(signIn, 'sign-in (the code)');
    await saveScreenshot(signIn.page, 'sign-in-code-step-360');
    const code = signIn.page.getByLabel('Code from the app');
    await code.fill('000000');
    await signIn.page.getByRole('button', { name: 'Confirm' }).click();
    await signIn.page
      .getByText(/^That code is not right, or it was used already\./)
      .first()
      .waitFor();
    expect(await code.getAttribute('aria-invalid')).toBe('true');
    // The code that turned the app on was used: the next one (a time step later) signs in.
    main.skew += 30_000;
    await code.fill(totpCode(secret, new Date(Date.now() + main.skew)));
    await signIn.page.getByRole('button', { name: 'Confirm' }).click();
    await at(signIn, 'Today');
    expect(new URL(signIn.page.url()).pathname).toBe(`/w/${W}/today`);
    clean(main, signIn, [401]);

    // A recovery code instead of the app's code; it works once.
    const lost = await open(main, '/sign-in', { as: null, viewport: DESKTOP });
    await lost.page.getByLabel('Username').fill(tess.username);
    await lost.page.getByLabel('Password').fill(tess.password);
    await lost.page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await lost.page.getByRole('button', { name: 'Use a recovery code instead' }).click();
    await lost.page.getByLabel('Recovery code').fill(codes[0]!);
    await saveScreenshot(lost.page, 'sign-in-recovery-code-1280');
    await axe(lost, 'sign-in (recovery code)');
    await lost.page.getByRole('button', { name: 'Confirm' }).click();
    await at(lost, 'Today');

    // Later (the sign-in is no longer fresh): new codes and turning the app off each ask for the password.
    await lost.page.goto(`${main.origin}/settings/security`);
    await at(lost, 'Security');
    await lost.page.getByText('On. 9 recovery codes left.').waitFor();
    main.skew += 6 * MINUTES;
    await lost.page.getByRole('button', { name: 'Make new recovery codes' }).click();
    const dialog = lost.page.getByRole('dialog', { name: 'Confirm it is you' });
    await dialog.waitFor();
    expect(await lost.page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type)).toBe('password');
    await saveScreenshot(lost.page, 'reauth-dialog-1280', { fullPage: false });
    await axe(lost, 'reauth dialog');
    await dialog.getByLabel('Your password').fill('not my password');
    await dialog.getByRole('button', { name: 'Confirm', exact: true }).click();
    await dialog.getByText('That password is not right.').waitFor();
    await dialog.getByLabel('Your password').fill(tess.password);
    await dialog.getByRole('button', { name: 'Confirm', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    const fresh = lost.page.getByRole('region', { name: 'Your recovery codes: store them now' });
    await fresh.waitFor();
    const newCodes = await fresh.locator('code').allTextContents();
    expect(newCodes).toHaveLength(10);
    expect(newCodes).not.toContain(codes[1]);
    await fresh.getByRole('button', { name: 'I have stored them' }).click();

    main.skew += 6 * MINUTES;
    await lost.page.getByRole('button', { name: 'Turn off the authenticator app' }).click();
    await lost.page.getByText(/^Turn it off\?/).waitFor();
    await lost.page.getByRole('button', { name: 'Yes, turn it off' }).click();
    await dialog.waitFor();
    await dialog.getByLabel('Your password').fill(tess.password);
    await dialog.getByRole('button', { name: 'Confirm', exact: true }).click();
    await lost.page.getByText('The authenticator app is off.').waitFor();
    await lost.page
      .locator('.factor-state')
      .getByText(/^Off\.$/)
      .waitFor();
    clean(main, lost, [401, 403]);
  });

  it('a passkey is added through the virtual authenticator, signs in, and confirms an export again', async () => {
    const pat = await addAccount('pat', 'lead', null);
    const s = await open(main, '/settings/security', { as: pat, viewport: DESKTOP });
    const device = await virtualAuthenticator(s);
    await at(s, 'Security');
    await s.page.getByText('You have no passkey yet.').waitFor();
    await s.page.getByLabel('A name for the new passkey').fill('Test phone');
    await s.page.getByRole('button', { name: 'Add a passkey' }).click();
    await s.page.getByText('The passkey “Test phone” was added.').waitFor();
    const list = s.page.getByRole('list', { name: 'Your passkeys' });
    await list.getByText('Test phone', { exact: true }).waitFor();
    await list.getByText('not used yet').waitFor();
    expect(await device.credentials()).toHaveLength(1);
    expect((await device.credentials())[0]!.isResidentCredential).toBe(true);
    await saveScreenshot(s.page, 'security-passkey-added-1280');
    await axe(s, 'security (a passkey)');

    // Signed out, the passkey alone signs in: no username, no password.
    await s.page
      .getByRole('navigation')
      .getByRole('button', { name: /^Sign out/ })
      .click();
    await at(s, 'Sign in');
    await s.page.getByRole('button', { name: 'Use a passkey' }).click();
    await at(s, 'Today');
    expect(
      await s.page
        .getByRole('navigation')
        .getByRole('button', { name: /^Sign out/ })
        .textContent(),
    ).toContain('(pat)');

    // Later, an export asks again; the passkey answers.
    main.skew += 6 * MINUTES;
    await s.page.goto(`${main.origin}/w/${W}/import-export`);
    await at(s, 'Import and export');
    const downloaded = s.page.waitForEvent('download');
    await s.page.getByRole('link', { name: 'Download the bundle (zip)' }).click();
    const dialog = s.page.getByRole('dialog', { name: 'Confirm it is you' });
    await dialog.getByRole('button', { name: 'Use a passkey instead' }).click();
    const zip = await zipOf(await downloaded);
    expect(zip.subarray(0, 2).toString('latin1')).toBe('PK');
    await s.page.getByText(/^Downloaded: Works-\d{4}-\d{2}-\d{2}\.zip\.$/).waitFor();

    const log = (await ok(main, 'GET', '/api/audit?limit=20')) as { action: string; actor: string; details: object }[];
    const pats = log.filter((e) => e.actor === 'pat');
    expect(pats.find((e) => e.action === 'sign_in')?.details).toEqual({ method: 'passkey' });
    expect(pats.find((e) => e.action === 'reauth')?.details).toEqual({ method: 'passkey' });
    expect(pats.some((e) => e.action === 'export')).toBe(true);
    clean(main, s, [401, 403]);
  });
});

describe('an export', () => {
  it('asks for the password again when the sign-in is older than five minutes; cancelling exports nothing', async () => {
    const s = await open(main, `/w/${W}/import-export`, { viewport: PHONE });
    await at(s, 'Import and export');
    main.skew += 6 * MINUTES;
    const link = s.page.getByRole('link', { name: 'Download the bundle (zip)' });
    await link.click();
    const dialog = s.page.getByRole('dialog', { name: 'Confirm it is you' });
    await dialog.waitFor();
    await saveScreenshot(s.page, 'export-reauth-360', { fullPage: false });
    await axe(s, 'import-export (confirming)');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await s.page.getByText('Not done: you did not confirm who you are.').waitFor();
    expect(await s.page.evaluate(() => document.activeElement?.textContent)).toBe('Download the bundle (zip)');

    const downloaded = s.page.waitForEvent('download');
    await link.click();
    await dialog.getByLabel('Your password').fill(ADA.password);
    await dialog.getByRole('button', { name: 'Confirm', exact: true }).click();
    const zip = await zipOf(await downloaded);
    expect(zip.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(zip.includes(Buffer.from('people.csv'))).toBe(true);
    clean(main, s, [401, 403]);
  });
});

describe('administration', () => {
  it('an admin adds a lead and grants a unit; the lead sees members only and grants only inside their own units', async () => {
    const s = await open(main, '/admin/accounts', { viewport: DESKTOP });
    await at(s, 'Accounts and access');
    const create = s.page.getByRole('region', { name: 'Add an account' });
    await create.getByLabel('Username').fill('lou');
    await create.getByLabel('A first password').fill('lou leads the night shift');
    await create.getByLabel('Role').selectOption('lead');
    await create.getByRole('button', { name: 'Add the account' }).click();
    await s.page.getByText('The account lou is ready. Now grant it what it may see.').waitFor();
    const lou = s.page.getByRole('listitem').filter({ has: s.page.getByRole('heading', { name: /^lou/ }) });
    const grant = lou.getByRole('form', { name: 'Grant lou access' });
    await grant.getByLabel('Unit').selectOption({ label: 'Works › Ward A' });
    await grant.getByRole('button', { name: 'Grant' }).click();
    await lou.getByText('Granted to lou.').waitFor();
    await lou.getByText('Works › Ward A in Works').waitFor();
    await saveScreenshot(s.page, 'accounts-admin-1280');
    await axe(s, 'accounts (admin)');
    clean(main, s);

    const l = await open(main, '/admin/accounts', {
      as: { username: 'lou', password: 'lou leads the night shift' },
      viewport: PHONE,
    });
    await at(l, 'Accounts and access');
    await l.page.getByText(/^You can add members/).waitFor();
    const names = await l.page.locator('.account__name').allTextContents();
    expect(names.some((n) => n.startsWith('ada') || n.startsWith('pat'))).toBe(false);
    expect(names.some((n) => n.startsWith('lou'))).toBe(true);
    const add = l.page.getByRole('region', { name: 'Add an account' });
    expect(await add.getByLabel('Role').count()).toBe(0);
    await add.getByLabel('Username').fill('mo');
    await add.getByLabel('A first password').fill('mo is new on nights');
    await add.getByRole('button', { name: 'Add the account' }).click();
    await l.page.getByText('The account mo is ready. Now grant it what it may see.').waitFor();
    const mo = l.page.getByRole('listitem').filter({ has: l.page.getByRole('heading', { name: /^mo/ }) });
    const moGrant = mo.getByRole('form', { name: 'Grant mo access' });
    const offered = await moGrant.getByLabel('Unit').locator('option').allTextContents();
    expect(offered).toEqual(['Works › Ward A', 'Works › Ward A › Nights']);
    await moGrant.getByLabel('Unit').selectOption({ label: 'Works › Ward A › Nights' });
    await moGrant.getByRole('button', { name: 'Grant' }).click();
    await mo.getByText('Works › Ward A › Nights in Works').waitFor();
    await saveScreenshot(l.page, 'accounts-lead-360');
    await axe(l, 'accounts (lead)');
    const seen = (await ok(main, 'GET', '/api/users')) as { username: string; role: string; grants: unknown[] }[];
    expect(seen.find((u) => u.username === 'mo')).toMatchObject({
      role: 'member',
      grants: [{ workspace: W, unit: 'Works/Ward A/Nights' }],
    });
    await mo.getByRole('button', { name: 'Take back Works › Ward A › Nights in Works from mo' }).click();
    await mo.getByText('Taken back from mo.').waitFor();
    await mo.getByText('Nothing yet.').waitFor();
    clean(main, l);
  });

  it('retention removes notes older than the days chosen, at once', async () => {
    const s = await open(main, '/admin', { viewport: PHONE });
    await at(s, 'Administration');
    const days = s.page.getByLabel(`Days to keep notes in ${W}`);
    await s.page.getByText(/Now: kept until removed\./).waitFor();
    await days.fill('0');
    await s.page.getByRole('button', { name: `Save for ${W}` }).click();
    await s.page.getByText('A whole number of days from 1 to 36500, or empty.').waitFor();
    await days.fill('30');
    await s.page.getByRole('button', { name: `Save for ${W}` }).click();
    await s.page.getByText('Saved. Notes removed now: 1.').waitFor();
    await s.page.getByText(/Now: 30 days\./).waitFor();
    const list = (await ok(main, 'GET', `/api/workspaces/${W}/conversations`)) as {
      conversations: { hasNotes: boolean }[];
    };
    expect(list.conversations.filter((c) => c.hasNotes)).toEqual([]);
    await axe(s, 'administration');
    await saveScreenshot(s.page, 'admin-360');
    clean(main, s);
  });

  it('the audit log shows the chain intact and filters by workspace and by what was done', async () => {
    const s = await open(main, '/admin/audit', { viewport: DESKTOP });
    await at(s, 'Audit log');
    await s.page.getByText(/^Intact: \d+ entries checked, none edited or removed\.$/).waitFor();
    await s.page.getByText(/^Last entry: #\d+, [0-9a-f]{64}\./).waitFor();
    await s.page.getByLabel('What was done').selectOption({ label: 'exported' });
    const rows = s.page.locator('.audit-table tbody tr');
    await rows.first().waitFor();
    const actions = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-action')));
    expect(actions.length).toBeGreaterThanOrEqual(2);
    expect(new Set(actions)).toEqual(new Set(['export']));
    await s.page.getByLabel('Workspace').selectOption(W);
    await s.page.getByText(/^\d+ entries shown$/).waitFor();
    await rows.first().waitFor();
    const whereShown = await s.page.locator('.audit-table tbody tr td:nth-child(5)').allTextContents();
    expect(new Set(whereShown)).toEqual(new Set([W]));
    await s.page.getByLabel('What was done').selectOption({ label: 'retention set' });
    await s.page.getByRole('cell', { name: 'notesDays: 30' }).waitFor();
    await saveScreenshot(s.page, 'audit-1280');
    await axe(s, 'audit log');
    clean(main, s);
  });

  it('every new page passes axe at 360 and 1280 px, and the menu leads to them', async () => {
    for (const viewport of [PHONE, DESKTOP]) {
      for (const [path, heading, name] of [
        ['/sign-in', 'Sign in', 'sign-in'],
        ['/settings/security', 'Security', 'security'],
        ['/admin', 'Administration', 'admin'],
        ['/admin/accounts', 'Accounts and access', 'accounts'],
        ['/admin/audit', 'Audit log', 'audit'],
      ] as const) {
        const s = await open(main, path, { viewport, as: path === '/sign-in' ? null : ADA });
        await at(s, heading);
        await s.page.locator('.loading').waitFor({ state: 'detached' });
        const width = await s.page.evaluate(() => document.documentElement.scrollWidth);
        expect(width, `${path} scrolls sideways at ${viewport.width}px`).toBeLessThanOrEqual(viewport.width);
        await axe(s, name);
        await saveScreenshot(s.page, `${name}-${viewport.width}`);
        clean(main, s, path === '/sign-in' ? [401] : []);
        await s.close();
      }
    }
    const s = await open(main, '/settings', { viewport: DESKTOP });
    await s.page.getByRole('link', { name: /^Security: passkeys/ }).click();
    await at(s, 'Security');
    await s.page.getByRole('navigation').getByRole('link', { name: 'Administration' }).click();
    await at(s, 'Administration');
    await s.page.getByRole('link', { name: /^The audit log/ }).click();
    await at(s, 'Audit log');
    clean(main, s);
  }, 90_000);
});

describe('the panic button', () => {
  it('on a throwaway server: explains, asks for the phrase and the password, wipes, and the app says the data is gone', async () => {
    const doomed = await start({ wipe: true });
    try {
      await ok(doomed, 'POST', '/api/workspaces', { name: 'Gone' });
      await ok(doomed, 'POST', '/api/workspaces/Gone/people', { name: 'Someone to protect' });
      const s = await open(doomed, '/admin', { viewport: PHONE });
      await at(s, 'Administration');
      const zone = s.page.getByRole('region', { name: 'Danger zone: wipe everything' });
      await zone.getByText(/destroys the keys first/).waitFor();
      await zone.getByText(/Nothing can be recovered afterwards/).waitFor();
      await zone.scrollIntoViewIfNeeded();
      await saveScreenshot(s.page, 'danger-zone-360');
      await zone.getByLabel('To confirm, type: wipe everything').fill('wipe');
      await zone.getByRole('button', { name: 'Wipe everything now' }).click();
      await zone.getByText('Type exactly: wipe everything').waitFor();
      expect(doomed.server.wiped).toBeNull();

      doomed.skew += 6 * MINUTES;
      await zone.getByLabel('To confirm, type: wipe everything').fill('wipe everything');
      await zone.getByRole('button', { name: 'Wipe everything now' }).click();
      const dialog = s.page.getByRole('dialog', { name: 'Confirm it is you' });
      await dialog.getByLabel('Your password').fill(ADA.password);
      await dialog.getByRole('button', { name: 'Confirm', exact: true }).click();
      await at(s, 'Everything is wiped');
      await s.page.getByText(/^The keys were destroyed first, then the data\./).waitFor();
      expect(new URL(s.page.url()).pathname).toBe('/wiped');
      const report = doomed.server.wiped!;
      expect(report.keyFiles).toEqual([doomed.server.keyFile]);
      const left = [doomed.server.keyFile!, doomed.server.dbFile, `${doomed.server.dbFile}-wal`].filter((f) =>
        fs.existsSync(f),
      );
      expect(left).toEqual([]);
      expect(await s.page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('sunspace.')))).toEqual(
        [],
      );
      // The menu no longer offers anything of the signed-in admin.
      expect(await s.page.getByRole('button', { name: /^Sign out/ }).count()).toBe(0);
      const after = await call(doomed, 'GET', '/api/auth/me');
      expect(after.status).not.toBe(200);
      console.log(
        `[security] panic button in the browser: key file destroyed, database files left: ${left.length}, took ${report.ms} ms`,
      );
      await saveScreenshot(s.page, 'wiped-360');
      await axe(s, 'wiped');
      clean(doomed, s, [403]);
    } finally {
      await doomed.server.close();
    }
  });
});
