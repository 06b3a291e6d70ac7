/**
 * Working in a workspace, in a real browser against the real server on the demo hospital: signing in,
 * logging a conversation with a grievance and an ask and finding it on the person's page and in Today,
 * problems shown beside their fields, editing a person and marking them as left, importing a broken bundle
 * and reading its errors row by row, exporting, merging duplicates, judging a grievance winnable, what a
 * member may not do, and Spanish kept on the account.
 */
import { describe, expect, it } from 'vitest';
import { DESKTOP, PHONE } from './support/browser.js';
import { at, DEMO, escapeRegExp as escape, pick, useDemoApp, W, type Person } from './support/demo-app.js';
import { saveScreenshot } from './support/screenshots.js';

const app = useDemoApp();
const worker = (i: number) => app.workers[i]!;
const noProblems = app.noProblems;

describe('signing in', () => {
  it('takes the organizer from the sign-in form to the workspace’s Today', async () => {
    const s = await app.open('/sign-in', { viewport: DESKTOP, as: null });
    await s.page.getByLabel('Username').fill('ada');
    await s.page.getByLabel('Password').fill('a long walk to the picket line');
    await s.page.getByRole('button', { name: 'Sign in' }).click();
    await at(s, 'Today');
    expect(new URL(s.page.url()).pathname).toBe(`${W}/today`);
    await s.page.getByRole('link', { name: 'Log a conversation' }).first().waitFor();
    // Asking who is signed in, before signing in, answers 401.
    noProblems(s, [401]);
  });
});

describe('logging a conversation', () => {
  it('with a grievance and an ask, it shows on the person’s page and in Today', async () => {
    const me = worker(0);
    // Someone the organizer has no tie with yet: an ask of them is an ask on a weak tie.
    const figures = await app.api<{ ties: { other: string }[] }>(
      'GET',
      `/api/workspaces/${DEMO}/people/${encodeURIComponent(me.id)}/figures`,
    );
    const tied = new Set(figures.body.ties.map((t) => t.other));
    const other = app.workers.find((p) => p.id !== me.id && !tied.has(p.id) && p.unit !== me.unit)!;
    const s = await app.open(`${W}/log`, { viewport: PHONE });
    await at(s, 'Log a conversation');

    await pick(s, 'Who are you in this workspace?', me);
    await s.page.getByText(`You: ${me.name}`).waitFor();
    await pick(s, 'Who did you talk with?', other);
    await s.page.getByRole('list', { name: 'Taking part' }).getByText(other.name).waitFor();

    await s.page.getByLabel('What kind of conversation').selectOption('meal');
    const social = s.page.getByRole('button', { name: 'social' });
    await social.click();
    expect(await social.getAttribute('aria-pressed')).toBe('true');
    await s.page.getByRole('button', { name: 'emotional' }).click();

    await s.page.getByRole('button', { name: 'Add a grievance raised' }).click();
    // Focus moves into the new row.
    expect(await s.page.evaluate(() => document.activeElement?.tagName)).toBe('SELECT');
    await s.page.getByLabel('Grievance', { exact: true }).selectOption({ label: 'A new grievance…' });
    const title = 'The night-shift lockers were taken away';
    await s.page.getByLabel('The new grievance, in their words').fill(title);
    await s.page.getByLabel('Raised by').selectOption({ label: other.name });

    await s.page.getByRole('button', { name: 'Add an ask' }).click();
    await s.page.getByLabel('What was asked').fill('Come to the lunch meeting on Thursday');
    await s.page.getByLabel('Their answer').selectOption('maybe');
    await s.page.getByLabel('How comfortable they were').selectOption('hesitant');
    await s.page.getByLabel('Did they want this step themselves?').selectOption('no');

    const note = 'Talked about her kids. <img src=x onerror=alert(1)> <b>not bold</b>';
    await s.page.getByLabel('Private notes').fill(note);
    await saveScreenshot(s.page, 'log-filled-360');
    await s.page.getByRole('button', { name: 'Save the conversation' }).click();
    await s.page
      .getByRole('status')
      .getByText(/^Saved: meal with/)
      .waitFor();
    await saveScreenshot(s.page, 'log-saved-360');

    // Their page: the conversation in their history, the grievance they raised, the ask and how they felt.
    await s.page.locator('.log-form__saved').getByRole('link', { name: other.name }).click();
    await at(s, other.name);
    const history = s.page.getByRole('region', { name: 'Their history' });
    await history.getByText('meal').first().waitFor();
    await s.page.getByRole('region', { name: 'Grievances they raised' }).getByRole('link', { name: title }).waitFor();
    const asks = s.page.getByRole('region', { name: 'Asks made of them, and how they felt' });
    await asks.getByText('Come to the lunch meeting on Thursday').waitFor();
    await asks.getByText('How they felt: hesitant').waitFor();
    await asks.getByText('Wanted it themselves: no').waitFor();
    // Later, what became of it is written down on their page.
    await asks.getByRole('button', { name: 'Write down how it went since' }).click();
    await asks.getByLabel('Follow-through').selectOption('yes');
    await asks.getByRole('button', { name: 'Save' }).click();
    await asks.getByText('Follow-through: followed through').waitFor();
    // The notes are read on request, as text: the markup shows as typed and nothing runs.
    await history.getByRole('button', { name: 'Read the private notes' }).first().click();
    await history.getByText(note).waitFor();
    expect(await s.page.locator('.notes__text img, .notes__text b').count()).toBe(0);
    await saveScreenshot(s.page, 'person-after-log-360');

    // Today: the conversation is the first of the recent ones, and the ask made on a weak tie comes first
    // among the relationships that need care, as the organizer's own.
    await s.page.goto(`${app.server.url}${W}/today`);
    await at(s, 'Today');
    const recent = s.page.getByRole('region', { name: 'Recent conversations' });
    await recent.getByRole('listitem').first().getByRole('link', { name: other.name }).waitFor();
    const mine = s.page.getByRole('region', { name: /^About your own asks/ });
    await mine.getByRole('heading', { name: 'An ask on a weak tie' }).waitFor();
    await mine.getByRole('link', { name: other.name }).first().waitFor();
    await saveScreenshot(s.page, 'today-after-log-360');
    noProblems(s);
  });

  it('shows problems next to their fields, the form’s own and the server’s', async () => {
    const s = await app.open(`${W}/log`, { viewport: DESKTOP });
    await at(s, 'Log a conversation');
    await s.page.getByRole('button', { name: 'Save the conversation' }).click();
    const who = s.page.getByRole('combobox', { name: 'Who did you talk with?' });
    expect(await who.getAttribute('aria-invalid')).toBe('true');
    await s.page.getByText('Add at least two people: a conversation has two or more.').waitFor();
    // Focus goes to what needs fixing.
    await s.page.waitForFunction(() => document.activeElement?.getAttribute('role') === 'combobox');

    await pick(s, 'Who did you talk with?', worker(2));
    // By keyboard alone: type the name, the first match is highlighted, Enter picks it.
    const box = s.page.getByRole('combobox', { name: 'Who did you talk with?' });
    await box.fill(worker(3).name);
    await s.page
      .getByRole('option', { name: new RegExp(`^${escape(worker(3).name)}`) })
      .first()
      .waitFor();
    expect(await box.getAttribute('aria-activedescendant')).toBeTruthy();
    await box.press('Enter');
    await s.page.getByRole('list', { name: 'Taking part' }).getByText(worker(3).name).waitFor();
    await s.page.getByRole('button', { name: 'Add a grievance raised' }).click();
    await s.page.getByLabel('Grievance', { exact: true }).selectOption({ label: 'A new grievance…' });
    // Longer than the server takes: its refusal lands beside the title.
    const titleField = s.page.getByLabel('The new grievance, in their words');
    await titleField.fill('x'.repeat(501));
    await s.page.getByRole('button', { name: 'Save the conversation' }).click();
    await s.page.getByText('at most 500 characters').waitFor();
    expect(await titleField.getAttribute('aria-invalid')).toBe('true');
    await s.page.waitForFunction(() => (document.activeElement as HTMLInputElement | null)?.value?.startsWith('xxx'));
    await saveScreenshot(s.page, 'log-server-problem-1280');
    noProblems(s, [400]);
  });
});

describe('a person', () => {
  it('can be edited (their stance, in their own words), and a conversation with them started from their page', async () => {
    const person = worker(4);
    const s = await app.open(`${W}/people/${encodeURIComponent(person.id)}`, { viewport: DESKTOP });
    await at(s, person.name);
    await s.page.getByRole('button', { name: 'Edit their details' }).click();
    await s.page.getByLabel('Stance, in their own words').selectOption('supporter');
    await s.page.getByRole('button', { name: 'Save' }).click();
    await s.page.locator('.facts').getByText('supports').waitFor();
    const after = await app.api<{ person: Person & { stance: string } }>(
      'GET',
      `/api/workspaces/${DEMO}/people/${encodeURIComponent(person.id)}`,
    );
    expect(after.body.person.stance).toBe('supporter');
    // From their page, a conversation with them starts with them already chosen.
    await s.page.getByRole('link', { name: 'Log a conversation with them' }).click();
    await at(s, 'Log a conversation');
    await s.page.getByRole('list', { name: 'Taking part' }).getByText(person.name).waitFor();
    noProblems(s);
  });

  it('can be marked as left, keeping their history, and the people list shows them only when asked', async () => {
    const person = worker(5);
    const s = await app.open(`${W}/people/${encodeURIComponent(person.id)}`, { viewport: PHONE });
    await at(s, person.name);
    await s.page.getByRole('button', { name: 'Mark as left' }).click();
    await s.page.getByLabel('The day they left').fill('2025-01-31');
    await s.page.getByRole('button', { name: 'Mark as left' }).click();
    await s.page.getByText(/Left the workplace on Jan 31, 2025\. Their history stays\./).waitFor();
    await s.page.getByRole('region', { name: 'Their history' }).waitFor();

    await s.page.goto(`${app.server.url}${W}/people`);
    await at(s, 'People');
    await s.page.getByLabel('Find someone by name').fill(person.name);
    await s.page.getByText('0 people shown').waitFor();
    await s.page.getByLabel('Show people who left').check();
    await s.page.getByRole('link', { name: person.name }).waitFor();
    await s.page.getByText(/left Jan 31, 2025/).waitFor();
    noProblems(s);
  });
});

describe('import and export', () => {
  it('a broken bundle is refused with its problems row by row, and nothing is written', async () => {
    const s = await app.open(`${W}/import-export`, { viewport: PHONE });
    await at(s, 'Import and export');
    const people = 'id,name,circle,phone\nx-1,Rosa Díaz,sun,555\nx-2,Tom Lee,blue,556\nx-1,Again,sun,557\n';
    const ties = 'a,b,sides,observed_on\nx-1,nobody,social,2025-13-01\n';
    await s.page.getByLabel('The bundle’s files').setInputFiles([
      { name: 'people.csv', mimeType: 'text/csv', buffer: Buffer.from(people) },
      { name: 'ties.csv', mimeType: 'text/csv', buffer: Buffer.from(ties) },
    ]);
    await s.page.getByText('2 files chosen: people.csv, ties.csv').waitFor();
    await s.page.getByRole('button', { name: 'Import the bundle' }).click();
    await s.page.getByText(/^The bundle was refused and nothing was written\./).waitFor();
    await s.page.getByText(/^\d+ problems found; nothing was imported$/).waitFor();
    const lines = await s.page.locator('.bundle-errors li').allTextContents();
    expect(lines.length).toBeGreaterThanOrEqual(3);
    for (const line of lines) expect(line).toMatch(/^(people|ties)\.csv:\d+:\d+: \S/);
    expect(lines.some((l) => l.startsWith('people.csv:1:'))).toBe(true);
    await saveScreenshot(s.page, 'import-errors-360');
    const after = await app.api<{ people: unknown[] }>('GET', `/api/workspaces/${DEMO}/people?q=Rosa%20D%C3%ADaz`);
    expect(after.body.people).toEqual([]);
    noProblems(s, [422]);
  });

  it('export downloads the bundle as a zip', async () => {
    const s = await app.open(`${W}/import-export`, { viewport: DESKTOP });
    await at(s, 'Import and export');
    const [download] = await Promise.all([
      s.page.waitForEvent('download'),
      s.page.getByRole('link', { name: 'Download the bundle (zip)' }).click(),
    ]);
    const stream = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    const zip = Buffer.concat(chunks);
    expect(zip.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(zip.includes(Buffer.from('people.csv'))).toBe(true);
    noProblems(s);
  });
});

describe('duplicates', () => {
  it('a likely duplicate is listed and merged after a confirmation that says nothing is lost', async () => {
    const original = worker(8);
    const made = await app.api<Person>('POST', `/api/workspaces/${DEMO}/people`, {
      name: original.name.toUpperCase(),
      unit: original.unit,
    });
    expect(made.status).toBe(201);
    const s = await app.open(`${W}/duplicates`, { viewport: PHONE });
    await at(s, 'Likely duplicates');
    const card = s.page.locator('.duplicate').filter({ hasText: made.body.id });
    await card
      .getByRole('radio', { name: new RegExp(`${escape(original.name)} \\(${escape(original.id)}\\)`) })
      .check();
    await card.getByRole('button', { name: 'Merge…' }).click();
    await card.getByText(/Nothing is lost/).waitFor();
    expect(await s.page.evaluate(() => document.activeElement?.tagName)).toBe('H3');
    await saveScreenshot(s.page, 'duplicates-confirm-360');
    await card.getByRole('button', { name: 'Yes, merge them' }).click();
    await s.page.getByText(`Merged. Everything is now with ${original.name}.`).waitFor();
    const gone = await app.api('GET', `/api/workspaces/${DEMO}/people/${encodeURIComponent(made.body.id)}`);
    expect(gone.status).toBe(404);
    noProblems(s);
  });
});

describe('grievances', () => {
  it('a lead changes whether a grievance is winnable, and the page shows readiness against the line', async () => {
    const s = await app.open(`${W}/grievances`, { viewport: PHONE });
    await at(s, 'Grievances');
    const first = s.page.locator('.grievance').first();
    await first.getByText(/Below the 65% line|At or above the 65% line/).waitFor();
    const select = first.getByRole('combobox', { name: 'Winnable, in the committee’s judgment' });
    await select.selectOption('no');
    await first.getByRole('status').getByText('Saved.').waitFor();
    const title = (await first.getByRole('heading', { level: 2 }).textContent())!;
    const list = await app.api<{ title: string; winnable: string }[]>('GET', `/api/workspaces/${DEMO}/grievances`);
    expect(list.body.find((g) => g.title === title)?.winnable).toBe('no');
    noProblems(s);
  });
});

describe('what a member sees', () => {
  it('no import, export or merging: not in the menu, and the pages say who may', async () => {
    const mia = { username: 'mia', password: 'a member of the committee' };
    expect((await app.api('POST', '/api/users', { ...mia, role: 'member' })).status).toBe(201);
    const unit = worker(0).unit!;
    expect((await app.api('POST', '/api/users/mia/grants', { workspace: DEMO, unit })).status).toBe(200);
    const s = await app.open(`${W}/today`, { viewport: DESKTOP, as: mia });
    await at(s, 'Today');
    const nav = s.page.getByRole('navigation');
    await nav.getByRole('link', { name: 'Grievances' }).waitFor();
    expect(await nav.getByRole('link', { name: 'Import and export' }).count()).toBe(0);
    expect(await nav.getByRole('link', { name: 'Duplicates' }).count()).toBe(0);
    await s.page.goto(`${app.server.url}${W}/import-export`);
    await s.page.getByText('Only leads and admins of this workspace can use this page.').waitFor();
    noProblems(s);
  });
});

describe('language', () => {
  it('switching to Spanish changes the words and is kept on the account', async () => {
    const leo = { username: 'leo', password: 'a lead of the committee' };
    expect((await app.api('POST', '/api/users', { ...leo, role: 'lead' })).status).toBe(201);
    expect((await app.api('POST', '/api/users/leo/grants', { workspace: DEMO, unit: null })).status).toBe(200);
    const s = await app.open('/settings', { viewport: PHONE, as: leo });
    await at(s, 'Settings');
    await s.page.getByLabel('Español').check();
    await at(s, 'Ajustes');
    await s.page.getByText('Guardado en tu cuenta.').waitFor();

    // Another browser, signed in as the same person, opens in Spanish.
    const other = await app.open(`${W}/today`, { viewport: PHONE, as: leo });
    await at(other, 'Hoy');
    await other.page.getByRole('link', { name: 'Anotar una conversación' }).first().waitFor();
    await other.page.getByRole('heading', { level: 2, name: 'Conversaciones recientes' }).waitFor();
    expect(await other.page.evaluate(() => document.documentElement.lang)).toBe('es');
    await other.page.getByRole('button', { name: 'Menú' }).click();
    await other.page.getByRole('navigation').getByRole('link', { name: 'Importar y exportar' }).waitFor();
    await saveScreenshot(other.page, 'menu-open-workspace-spanish-360', { fullPage: false });
    await other.page.getByRole('button', { name: 'Menú' }).click();
    await other.page.goto(`${app.server.url}${W}/units`);
    await at(other, 'Unidades');
    await other.page.getByRole('columnheader', { name: 'Cohesión' }).waitFor();
    await saveScreenshot(other.page, 'units-spanish-360');
    noProblems(s);
    noProblems(other);
  });
});
