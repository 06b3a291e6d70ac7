/**
 * XSS (issue 5, item 8; docs/security.md): payloads in every text field a person can type into, written
 * through the API (a passkey's name typed in the security page), through a CSV bundle imported in the browser
 * and as the cells and file names of a bundle it refuses; then every page that shows them opened in Chromium.
 *
 * Each placement of a payload carries a token naming its field and payload (`pn3`: a person's name, payload
 * 3). Had one run, it would have called `__xss(token)` (a function exposed to the page), opened a dialog
 * (`alert(token)`), or loaded `xss-token` (markup and style payloads). The server's CSP is turned into
 * Content-Security-Policy-Report-Only on the way to the page, so that nothing is blocked but every violation is
 * still reported: the test is about the first line of defence (the pages render text as text), and a CSP
 * report would mean markup got in even where the enforced CSP would have refused it. Each page is also read
 * for injected markup (event attributes, javascript: URLs, scripts, frames), and for each payload as text
 * that is shown: rendered, not dropped.
 *
 * Controls first: the hook and the dialog are seen, every payload runs and is caught when armed as it would
 * run had a page let it through, the DOM scan sees injected markup, and with the CSP enforced as sent an
 * inline handler is refused and reported.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idProblem } from '../../src/core/ids.js';
import { unitPathProblem } from '../../src/core/units.js';
import { workspaceNameSchema } from '../../src/core/workspace.js';
import { launchBrowser, openPage, DESKTOP, PASSKEY_DEVICE, type PageSession } from './support/browser.js';
import { at } from './support/demo-app.js';
import { callApi, startSunspace, type SunspaceServer } from './support/sunspace.js';
import { ensureWebBuild } from './support/web-build.js';

const ADA = { username: 'ada', password: 'a long walk to the picket line' };

// ---------------------------------------------------------------------------------------------------------
// Payloads

/** How a payload would run if the app let it: the test's controls arm it that way to prove each one live. */
type Arm =
  | 'html'
  | 'attr"'
  | "attr'"
  | 'img-src"'
  | 'href'
  | 'template'
  | 'js-template'
  | "js-string'"
  | 'nfkc'
  | 'uri'
  | 'entities';

interface Payload {
  name: string;
  /** The text, with `ID` where the placement's token goes. */
  text: string;
  arm: Arm;
}

const PAYLOADS: readonly Payload[] = [
  { name: 'script tag', text: `<script>alert('ID')</script>`, arm: 'html' },
  { name: 'img onerror', text: `<img src=xss-ID onerror=__xss('ID')>`, arm: 'html' },
  { name: 'svg onload', text: `<svg onload=alert('ID')>`, arm: 'html' },
  { name: 'details ontoggle', text: `<details open ontoggle=__xss('ID')>`, arm: 'html' },
  { name: 'iframe javascript: src', text: `<iframe src=javascript:parent.__xss('ID')>`, arm: 'html' },
  { name: 'style element', text: `<style>*{background:url(xss-ID)}</style>`, arm: 'html' },
  { name: 'style attribute', text: `<p style=background:url(xss-ID)>`, arm: 'html' },
  { name: 'double-quote attribute breakout', text: `"><img src=xss-ID onerror=__xss('ID')>`, arm: 'attr"' },
  { name: 'single-quote attribute breakout', text: `'><svg onload=__xss('ID')>`, arm: "attr'" },
  { name: 'attribute injection', text: `x" onerror="__xss('ID')`, arm: 'img-src"' },
  { name: 'javascript: URL', text: `javascript:__xss('ID')`, arm: 'href' },
  { name: 'javascript: URL, mixed case', text: `JaVaScRiPt:__xss('ID')`, arm: 'href' },
  { name: 'template expression', text: `{{constructor.constructor('__xss("ID")')()}}`, arm: 'template' },
  { name: 'template literal', text: '${__xss(`ID`)}', arm: 'js-template' },
  { name: 'string breakout', text: `';__xss('ID');'`, arm: "js-string'" },
  { name: 'fullwidth brackets (NFKC)', text: `＜img src=xss-ID onerror=__xss('ID')＞`, arm: 'nfkc' },
  { name: 'bidi override and zero-width', text: `\u202e\u200b<svg onload=__xss('ID')>\u200d`, arm: 'html' },
  { name: 'percent-encoded', text: `%3Csvg%20onload%3D__xss('ID')%3E`, arm: 'uri' },
  { name: 'entity-encoded', text: `&lt;svg onload=__xss('ID')&gt;`, arm: 'entities' },
];

// ---------------------------------------------------------------------------------------------------------
// Fields: every text a person can type into, and what each accepts

interface Field {
  code: string;
  label: string;
  via: 'API' | 'bundle' | 'refused bundle';
  accepts: (text: string) => boolean;
}

const text = (max: number) => (t: string) => t.trim() === t && t.length > 0 && t.length <= max;
const unitSegment = (t: string) => !t.includes('/') && unitPathProblem(`XSS/${t}`) === null;
const anId = (t: string) => idProblem(t) === null;
const workspaceName = (t: string) => workspaceNameSchema.safeParse(t).success && t.trim() === t;
const fileName = (t: string) => !t.includes('/') && !t.includes('\\') && t.length < 200;

const FIELDS = [
  { code: 'pn', label: 'person: name', via: 'API', accepts: text(200) },
  { code: 'pr', label: 'person: role', via: 'API', accepts: text(200) },
  { code: 'pl', label: 'person: language', via: 'API', accepts: text(50) },
  { code: 'pc', label: 'person: contact', via: 'API', accepts: text(500) },
  { code: 'pu', label: 'person: unit', via: 'API', accepts: unitSegment },
  { code: 'sn', label: 'space: name', via: 'API', accepts: text(200) },
  { code: 'su', label: 'space: unit', via: 'API', accepts: unitSegment },
  { code: 'gt', label: 'grievance: title', via: 'API', accepts: text(500) },
  { code: 'gu', label: 'grievance: unit', via: 'API', accepts: unitSegment },
  { code: 'cn', label: 'conversation: notes', via: 'API', accepts: text(20_000) },
  { code: 'cg', label: 'conversation: new grievance title', via: 'API', accepts: text(500) },
  { code: 'aw', label: 'ask: what', via: 'API', accepts: text(1000) },
  { code: 'mt', label: 'mandate: text', via: 'API', accepts: text(2000) },
  { code: 'mo', label: 'moon session: outcome', via: 'API', accepts: text(2000) },
  { code: 'vq', label: 'vote: question', via: 'API', accepts: text(1000) },
  { code: 'se', label: 'satellite effect: what', via: 'API', accepts: text(2000) },
  { code: 'lt', label: 'plan: title', via: 'API', accepts: text(500) },
  { code: 'lm', label: 'plan: message', via: 'API', accepts: text(5000) },
  { code: 'wn', label: 'workspace: name', via: 'API', accepts: workspaceName },
  { code: 'kn', label: 'passkey: name (typed in the security page)', via: 'API', accepts: text(100) },
  { code: 'bi', label: 'people.csv: id', via: 'bundle', accepts: anId },
  { code: 'bn', label: 'people.csv: name', via: 'bundle', accepts: text(200) },
  { code: 'br', label: 'people.csv: role', via: 'bundle', accepts: text(200) },
  { code: 'bl', label: 'people.csv: language', via: 'bundle', accepts: text(50) },
  { code: 'bc', label: 'people.csv: contact', via: 'bundle', accepts: text(500) },
  { code: 'bu', label: 'people.csv: unit', via: 'bundle', accepts: unitSegment },
  { code: 'bs', label: 'spaces.csv: name', via: 'bundle', accepts: text(200) },
  { code: 'bg', label: 'grievances.csv: title', via: 'bundle', accepts: text(500) },
  { code: 'bv', label: 'interactions.csv: notes', via: 'bundle', accepts: text(20_000) },
  { code: 'ba', label: 'asks.csv: what', via: 'bundle', accepts: text(1000) },
  { code: 'bt', label: 'actions.csv: title', via: 'bundle', accepts: text(500) },
  { code: 'bm', label: 'committees.csv: name', via: 'bundle', accepts: text(200) },
  { code: 'bx', label: 'mandates.csv: text', via: 'bundle', accepts: text(2000) },
  { code: 'bo', label: 'moon_sessions.csv: outcome', via: 'bundle', accepts: text(2000) },
  { code: 'bq', label: 'votes.csv: question', via: 'bundle', accepts: text(1000) },
  { code: 'be', label: 'satellite_effects.csv: what', via: 'bundle', accepts: text(2000) },
  { code: 'rc', label: 'a refused bundle: people.csv circle', via: 'refused bundle', accepts: text(200) },
  { code: 'rf', label: 'a refused bundle: file name', via: 'refused bundle', accepts: fileName },
] as const satisfies readonly Field[];

type FieldCode = (typeof FIELDS)[number]['code'];

interface Placement {
  field: FieldCode;
  payload: number;
  /** What a payload that ran would report: field code and payload number, `pn3`. */
  token: string;
  text: string;
}

const N = PAYLOADS.length;
const placed = new Map<string, Placement>();

/** Payload `i` for `field`, or null when the field cannot hold it (an id cannot hold ":", a unit "/"). */
function payload(field: FieldCode, i: number): string | null {
  const token = `${field}${i}`;
  const text = PAYLOADS[i]!.text.replaceAll('ID', token);
  const spec = FIELDS.find((f) => f.code === field)!;
  const probe = field === 'rf' ? `${text}.csv` : text;
  if (!spec.accepts(probe)) return null;
  placed.set(token, { field, payload: i, token, text: probe });
  return probe;
}

const placementsOf = (field: FieldCode) => [...placed.values()].filter((p) => p.field === field);
const range = (n: number) => Array.from({ length: n }, (_, i) => i);
const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);

// ---------------------------------------------------------------------------------------------------------
// The server, the data and the browser

let server: SunspaceServer;
let browser: Browser;
let cookie = '';
/** The workspace everything goes into: its name is a payload too. */
let WS = '';
const sessions: PageSession[] = [];

async function call<T = unknown>(method: string, path: string, body?: unknown): Promise<T> {
  const res = await callApi<T>(server.url, method, path, body, cookie);
  if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(res.body)}`);
  if (path === '/api/setup') cookie = res.setCookie!.split(';')[0]!;
  return res.body;
}

const wsPath = (...segments: string[]) =>
  ['/api/workspaces', WS, ...segments].map((s, i) => (i === 0 ? s : encodeURIComponent(s))).join('/');
const page = (...segments: string[]) =>
  ['/w', WS, ...segments].map((s, i) => (i === 0 ? s : encodeURIComponent(s))).join('/');

interface Made {
  people: { id: string; name: string; circle: string }[];
  plans: { id: string; title: string }[];
}
const made: Made = { people: [], plans: [] };

/** `make(i)` for every payload number, the requests at once, the answers in order. */
const each = <T>(n: number, make: (i: number) => Promise<T>) => Promise.all(range(n).map(make));

async function seedThroughTheApi(): Promise<void> {
  // Workspaces named with every payload a workspace name can hold; the second is where everything goes.
  const names = range(N)
    .map((i) => payload('wn', i))
    .filter((n): n is string => n !== null);
  await Promise.all(names.map((name) => call('POST', '/api/workspaces', { name })));
  WS = names[1]!;

  const circles = ['sun', 'moon', 'satellite', 'sun'] as const;
  made.people = await each(N, (i) =>
    call<Made['people'][number]>('POST', wsPath('people'), {
      name: payload('pn', i) ?? `Person ${i}`,
      circle: circles[i % 4],
      unit: `XSS/${payload('pu', i) ?? `Ward ${i}`}`,
      role: payload('pr', i),
      language: payload('pl', i),
      contact: payload('pc', i),
      stance: 'leaning',
      startedOn: daysAgo(400 + i),
    }),
  );
  const suns = made.people.filter((p) => p.circle === 'sun');
  const moons = made.people.filter((p) => p.circle === 'moon');
  const satellites = made.people.filter((p) => p.circle === 'satellite');
  const spaceKinds = ['sun', 'moon', 'other'] as const;
  const spaces = await each(N, (i) => {
    const unit = payload('su', i);
    return call<{ id: string; kind: string }>('POST', wsPath('spaces'), {
      name: payload('sn', i) ?? `Space ${i}`,
      kind: spaceKinds[i % 3],
      unit: unit ? `XSS/${unit}` : null,
    });
  });
  const moonSpaces = spaces.filter((x) => x.kind === 'moon');
  const sunSpaces = spaces.filter((x) => x.kind === 'sun');
  const grievances = await each(N, (i) => {
    const unit = payload('gu', i);
    return call<{ id: string }>('POST', wsPath('grievances'), {
      title: payload('gt', i) ?? `Grievance ${i}`,
      unit: unit ? `XSS/${unit}` : null,
      winnable: 'yes',
    });
  });
  const mandates = await each(N, (i) =>
    call<{ id: string }>('POST', wsPath('mandates'), {
      decidedOn: daysAgo(60 + i),
      text: payload('mt', i) ?? `Mandate ${i}`,
      holders: [moons[i % moons.length]!.id],
    }),
  );
  const effects = ['nurturing', 'siphoning', 'mixed'] as const;
  await Promise.all([
    each(N, (i) => {
      const a = made.people[i]!;
      const b = made.people[(i + 1) % N]!;
      return call('POST', wsPath('conversations'), {
        occurredOn: daysAgo(i % 20),
        participants: [a.id, b.id],
        kind: 'one_on_one',
        sides: ['social', 'political'],
        initiatedBy: a.id,
        space: spaces[i]!.id,
        notes: payload('cn', i),
        raised: [{ grievance: grievances[i]!.id, by: a.id }],
        newGrievances: [{ title: payload('cg', i) ?? `Grievance named ${i}`, raisedBy: [b.id] }],
        asks: [{ by: a.id, to: b.id, what: payload('aw', i) ?? `Ask ${i}`, response: 'yes' }],
      });
    }),
    each(N, (i) => {
      const reported = i % 2 === 0;
      return call('POST', wsPath('moon-sessions'), {
        space: moonSpaces[i % moonSpaces.length]!.id,
        occurredOn: daysAgo(50 - i),
        attendees: [moons[i % moons.length]!.id],
        closedDoor: i % 3 === 0,
        outcome: payload('mo', i),
        mandates: [mandates[i]!.id],
        reportedBackOn: reported ? daysAgo(40 - i) : null,
        reportedTo: reported ? [`XSS/${payload('pu', i) ?? `Ward ${i}`}`] : [],
      });
    }),
    each(N, (i) =>
      call('POST', wsPath('votes'), {
        mandate: mandates[i]!.id,
        heldOn: daysAgo(55 - i),
        question: payload('vq', i) ?? `Vote ${i}`,
        yes: 10 + i,
        no: 2,
        abstain: 1,
      }),
    ),
    each(N, (i) =>
      call('POST', wsPath('satellite-effects'), {
        satellite: satellites[i % satellites.length]!.id,
        occurredOn: daysAgo(30 + i),
        effect: effects[i % 3],
        on: [suns[i % suns.length]!.id],
        what: payload('se', i),
      }),
    ),
    each(4, (i) =>
      call('POST', wsPath('picket-shifts'), {
        space: sunSpaces[i % sunSpaces.length]!.id,
        startsAt: `${daysAgo(1)}T0${6 + i}:00`,
        endsAt: `${daysAgo(1)}T${10 + i}:00`,
        people: suns.slice(i, i + 3).map((p) => p.id),
      }),
    ),
    each(4, (i) =>
      call('POST', wsPath('mutual-aid'), {
        occurredOn: daysAgo(i),
        givenBy: i % 2 === 0 ? suns[i % suns.length]!.id : null,
        givenTo: suns[(i + 1) % suns.length]!.id,
        kind: i % 2 === 0 ? 'money' : 'food',
        amount: 20 + i,
      }),
    ),
    each(N, (i) =>
      call<Made['plans'][number]>('POST', wsPath('plans'), {
        title: payload('lt', i) ?? `Plan ${i}`,
        message: payload('lm', i),
        expected: [],
      }),
    ).then((plans) => (made.plans = plans)),
  ]);
  // A member with grants in the payload-named workspaces and units: the accounts page and the audit list them.
  await call('POST', '/api/users', { username: 'mira', password: 'mira walks to the picket line', role: 'member' });
  await Promise.all([
    ...names.slice(2).map((name) => call('POST', '/api/users/mira/grants', { workspace: name, unit: null })),
    ...range(6).map((i) =>
      call('POST', '/api/users/mira/grants', { workspace: WS, unit: `XSS/${payload('pu', i) ?? `Ward ${i}`}` }),
    ),
  ]);
}

// ---------------------------------------------------------------------------------------------------------
// The bundle (docs/bundle.md), written as a spreadsheet would: every cell quoted

const csvCell = (v: string | number | null) => `"${String(v ?? '').replaceAll('"', '""')}"`;
const csv = (header: string[], rows: (string | number | null)[][]) =>
  [header.join(','), ...rows.map((r) => r.map(csvCell).join(','))].join('\r\n') + '\r\n';

function bundleFiles(): { name: string; mimeType: string; buffer: Buffer }[] {
  const circles = ['sun', 'moon', 'satellite', 'sun'];
  const pid = (i: number) => payload('bi', i) ?? `b-person-${i}`;
  const ids = range(N).map(pid);
  const byCircle = (c: string) => range(N).filter((i) => circles[i % 4] === c);
  const suns = byCircle('sun');
  const moons = byCircle('moon');
  const satellites = byCircle('satellite');
  const people = range(N).map((i) => [
    ids[i]!,
    payload('bn', i) ?? `Bundle person ${i}`,
    circles[i % 4]!,
    `XSS bundle/${payload('bu', i) ?? `Ward ${i}`}`,
    payload('br', i),
    payload('bl', i),
    payload('bc', i),
    'supporter',
    daysAgo(300),
  ]);
  // Likely duplicates of people written through the API: the same names, so the duplicates page lists them.
  for (const i of [0, 1, 2]) {
    people.push([`dup-${i}`, made.people[i]!.name, 'sun', 'XSS bundle/Copies', null, null, null, 'unknown', null]);
  }
  const kinds = ['sun', 'moon', 'other'];
  const actionKinds = ['petition', 'march', 'rally', 'strike', 'meeting'];
  const files: Record<string, string> = {
    'people.csv': csv(['id', 'name', 'circle', 'unit', 'role', 'language', 'contact', 'stance', 'started_on'], people),
    'spaces.csv': csv(
      ['id', 'name', 'kind', 'unit'],
      range(N).map((i) => [`b-space-${i}`, payload('bs', i) ?? `Bundle space ${i}`, kinds[i % 3]!, 'XSS bundle']),
    ),
    'grievances.csv': csv(
      ['id', 'title', 'unit', 'winnable'],
      range(N).map((i) => [`b-g-${i}`, payload('bg', i) ?? `Bundle grievance ${i}`, 'XSS bundle', 'yes']),
    ),
    'interactions.csv': csv(
      [
        'id',
        'occurred_on',
        'participants',
        'kind',
        'sides',
        'initiated_by',
        'space',
        'grievances',
        'raised_by',
        'notes',
      ],
      range(N).map((i) => [
        `b-i-${i}`,
        daysAgo(i % 20),
        `${ids[i]};${ids[(i + 1) % N]}`,
        'chat',
        'social;emotional',
        ids[i]!,
        `b-space-${i}`,
        `b-g-${i}`,
        ids[i]!,
        payload('bv', i),
      ]),
    ),
    'ties.csv': csv(
      ['a', 'b', 'sides', 'closeness', 'observed_on'],
      range(N).map((i) => [ids[i]!, ids[(i + 2) % N]!, 'social', 2, daysAgo(10)]),
    ),
    'asks.csv': csv(
      ['id', 'interaction', 'by', 'to', 'what', 'response', 'followed_through'],
      range(N).map((i) => [
        `b-a-${i}`,
        `b-i-${i}`,
        ids[i]!,
        ids[(i + 1) % N]!,
        payload('ba', i) ?? `Bundle ask ${i}`,
        'yes',
        'pending',
      ]),
    ),
    'actions.csv': csv(
      ['id', 'title', 'kind', 'occurred_on', 'space', 'grievances', 'participants', 'outcome'],
      range(N).map((i) => [
        `b-act-${i}`,
        payload('bt', i) ?? `Bundle action ${i}`,
        actionKinds[i % actionKinds.length]!,
        daysAgo(5 + i),
        `b-space-${i}`,
        `b-g-${i}`,
        suns.map((s) => ids[s]).join(';'),
        'pending',
      ]),
    ),
    'committees.csv': csv(
      ['id', 'name', 'members'],
      range(N).map((i) => [`b-c-${i}`, payload('bm', i) ?? `Bundle committee ${i}`, ids[suns[i % suns.length]!]!]),
    ),
    'mandates.csv': csv(
      ['id', 'decided_on', 'decided_in', 'text', 'holders'],
      range(N).map((i) => [
        `b-m-${i}`,
        daysAgo(70 + i),
        `b-act-${i}`,
        payload('bx', i) ?? `Bundle mandate ${i}`,
        ids[moons[i % moons.length]!]!,
      ]),
    ),
    'moon_sessions.csv': csv(
      ['id', 'space', 'occurred_on', 'attendees', 'closed_door', 'outcome', 'mandates', 'reported_back_on'],
      range(N).map((i) => [
        `b-s-${i}`,
        `b-space-${1 + 3 * (i % Math.floor(N / 3))}`,
        daysAgo(45 - i),
        ids[moons[i % moons.length]!]!,
        i % 2 === 0 ? 'true' : 'false',
        payload('bo', i),
        `b-m-${i}`,
        i % 3 === 0 ? daysAgo(44 - i) : null,
      ]),
    ),
    'votes.csv': csv(
      ['id', 'mandate', 'session', 'held_on', 'question', 'yes', 'no'],
      range(N).map((i) => [
        `b-v-${i}`,
        `b-m-${i}`,
        `b-s-${i}`,
        daysAgo(45 - i),
        payload('bq', i) ?? `Bundle vote ${i}`,
        30,
        4,
      ]),
    ),
    'satellite_effects.csv': csv(
      ['id', 'satellite', 'occurred_on', 'effect', 'on', 'what'],
      range(N).map((i) => [
        `b-e-${i}`,
        ids[satellites[i % satellites.length]!]!,
        daysAgo(20 + i),
        ['nurturing', 'siphoning', 'mixed'][i % 3]!,
        ids[suns[i % suns.length]!]!,
        payload('be', i),
      ]),
    ),
  };
  return Object.entries(files).map(([name, content]) => ({ name, mimeType: 'text/csv', buffer: Buffer.from(content) }));
}

/** A bundle refused row by row: its problems quote the cells and name the files, payloads all. */
function refusedBundleFiles(): { name: string; mimeType: string; buffer: Buffer }[] {
  const people = csv(
    ['id', 'name', 'circle'],
    range(N).map((i) => [`r-${i}`, `Refused ${i}`, payload('rc', i) ?? 'blue']),
  );
  const strays = range(N)
    .map((i) => payload('rf', i))
    .filter((n): n is string => n !== null)
    .map((name) => ({ name, mimeType: 'text/csv', buffer: Buffer.from('id\n1\n') }));
  return [{ name: 'people.csv', mimeType: 'text/csv', buffer: Buffer.from(people) }, ...strays];
}

// ---------------------------------------------------------------------------------------------------------
// Watching: hooks a payload would call, dialogs, loads of its markers, CSP reports, and the DOM itself

interface Finding {
  page: string;
  what: string;
}

interface Watched extends PageSession {
  /** Where the pages are opened: the server's address, or localhost for passkeys. */
  origin: string;
  /** The page being looked at, for the findings. */
  where: string;
  hooks: Finding[];
  dialogsSeen: Finding[];
  loads: Finding[];
  csp: Finding[];
  reset(): void;
}

/** Listens for CSP reports in every document, before any of the page's own script. */
const CSP_LISTENER = `document.addEventListener('securitypolicyviolation', (e) => {
  window.__xssCsp(JSON.stringify({ directive: e.effectiveDirective, blocked: e.blockedURI, sample: e.sample,
    source: e.sourceFile, line: e.lineNumber, disposition: e.disposition }));
}, true);`;

/**
 * A signed-in page whose payloads would be caught running. With `reportOnly` the server's CSP is sent as
 * Content-Security-Policy-Report-Only: the same policy, its violations reported, but nothing blocked, so a
 * payload the page let through really runs and calls the hook (the CSP is the second line of defence; this
 * test is about the first). Without it, the CSP is enforced as the server sends it.
 */
async function watchedPage(options: { reportOnly: boolean; origin?: string }): Promise<Watched> {
  const s = (await openPage(browser, { viewport: DESKTOP })) as Watched;
  sessions.push(s);
  s.origin = options.origin ?? server.url;
  s.where = 'setup';
  s.hooks = [];
  s.dialogsSeen = [];
  s.loads = [];
  s.csp = [];
  s.reset = () => {
    s.hooks.length = 0;
    s.dialogsSeen.length = 0;
    s.loads.length = 0;
    s.csp.length = 0;
    s.dialogs.length = 0;
  };
  if (options.reportOnly) {
    await s.context.route(
      (url) => url.origin === s.origin && !url.pathname.startsWith('/api/') && !url.pathname.startsWith('/assets/'),
      async (route) => {
        if (route.request().resourceType() !== 'document') return route.continue();
        const response = await route.fetch();
        const headers = { ...response.headers() };
        const policy = headers['content-security-policy'];
        if (!policy) {
          s.errors.push(`no CSP on ${route.request().url()}`);
          return route.fulfill({ response });
        }
        delete headers['content-security-policy'];
        headers['content-security-policy-report-only'] = policy;
        return route.fulfill({ response, headers });
      },
    );
  }
  await s.context.exposeFunction('__xss', (token: unknown) => {
    s.hooks.push({ page: s.where, what: String(token) });
  });
  await s.context.exposeFunction('__xssCsp', (report: string) => {
    s.csp.push({ page: s.where, what: report });
  });
  await s.context.addInitScript({ content: CSP_LISTENER });
  s.page.on('dialog', (dialog) => s.dialogsSeen.push({ page: s.where, what: dialog.message() }));
  s.page.on('request', (request) => {
    const last = new URL(request.url()).pathname.split('/').pop() ?? '';
    if (last.startsWith('xss-')) s.loads.push({ page: s.where, what: last.slice(4) });
  });
  const res = await s.context.request.post(`${s.origin}/api/auth/login`, {
    data: ADA,
    headers: { 'sec-fetch-site': 'same-origin' },
  });
  if (!res.ok()) throw new Error(`sign-in failed: ${res.status()} ${await res.text()}`);
  return s;
}

/** Every token the page reported running, by any of the ways it could. */
const ran = (s: Watched) => [...s.hooks, ...s.dialogsSeen, ...s.loads];

interface Scan {
  /** Tokens whose payload text is on the page as text that is shown. */
  seen: string[];
  /** Markup that only an injection would put there: event attributes, javascript: URLs, script, frames. */
  injected: string[];
}

/** Read the page: which payloads are shown as text, and whether any markup was injected. Runs in the page. */
const scanPage = (texts: readonly { token: string; text: string }[]): Scan => {
  const shown: string[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node.parentElement;
    if (!el || el.closest('script, style, template, noscript, title')) continue;
    const holder = el.closest('select') ?? el;
    if (holder.checkVisibility({ visibilityProperty: true })) shown.push((node as Text).data);
  }
  const all = shown.join('\u0000');
  const injected: string[] = [];
  const flag = (el: Element, why: string) =>
    injected.push(`${why}: <${el.localName}${[...el.attributes].map((a) => ` ${a.name}="${a.value}"`).join('')}>`);
  const URL_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster', 'background'];
  for (const el of document.querySelectorAll('*')) {
    const tag = el.localName;
    if (['iframe', 'frame', 'frameset', 'object', 'embed', 'base'].includes(tag)) flag(el, 'frame or object');
    if (tag === 'script' && !(el as HTMLScriptElement).src) flag(el, 'inline script');
    if (
      tag === 'script' &&
      (el as HTMLScriptElement).src &&
      !(el as HTMLScriptElement).src.startsWith(location.origin)
    ) {
      flag(el, 'script from elsewhere');
    }
    if (['style', 'link', 'meta'].includes(tag) && (document.body.contains(el) || /xss/i.test(el.outerHTML))) {
      flag(el, 'style or link outside the head');
    }
    for (const a of el.attributes) {
      const name = a.name.toLowerCase();
      if (name.startsWith('on')) flag(el, 'event attribute');
      if (name === 'srcdoc') flag(el, 'srcdoc');
      if (URL_ATTRIBUTES.includes(name) && /^javascript:/i.test(a.value.replace(/[\s\p{Cc}]/gu, ''))) {
        flag(el, 'javascript: URL');
      }
      if (name === 'style' && /url\(|xss/i.test(a.value)) flag(el, 'style attribute with a URL');
    }
  }
  return { seen: texts.filter((t) => all.includes(t.text)).map((t) => t.token), injected };
};

/**
 * Arm one payload as it would run if the app let it through (the control). Markup goes through the HTML
 * parser (document.write into a frame of its own: `<svg onload>` runs only when parsed), URLs are followed,
 * and the rest is evaluated as the template or string it would break out of. Runs in the page.
 */
const armPayload = ({ arm, text }: { arm: Arm; text: string }): void => {
  const parse = (markup: string) => {
    const frame = document.createElement('iframe');
    frame.className = 'xss-control';
    document.body.append(frame);
    const inner = frame.contentWindow as unknown as { __xss: unknown };
    inner.__xss = (window as unknown as { __xss: unknown }).__xss;
    frame.contentDocument!.open();
    frame.contentDocument!.write(markup);
    frame.contentDocument!.close();
  };
  if (arm === 'html') parse(text);
  else if (arm === 'attr"') parse(`<div title="${text}"></div>`);
  else if (arm === "attr'") parse(`<div title='${text}'></div>`);
  else if (arm === 'img-src"') parse(`<img src="${text}">`);
  else if (arm === 'nfkc') parse(text.normalize('NFKC'));
  else if (arm === 'uri') parse(decodeURIComponent(text));
  else if (arm === 'entities') {
    const decoder = document.createElement('textarea');
    decoder.innerHTML = text;
    parse(decoder.value);
  } else if (arm === 'href') {
    const link = document.createElement('a');
    link.href = text;
    link.textContent = 'a link';
    document.body.append(link);
    link.click();
  } else {
    // The rest would run where the text is evaluated as a template or a string literal: evaluated so here, on purpose.
    // eslint-disable-next-line @typescript-eslint/no-implied-eval
    const run = (code: string) => (new Function(code) as (this: object) => unknown).call({});
    if (arm === 'template') run(`with (this) { return ${text.slice(2, -2)}; }`);
    else if (arm === 'js-template') run(`return \`${text}\`;`);
    else run(`const s = '${text}'; return s;`);
  }
};

/** Wait for a condition on what the hooks saw; throws with `what` after `ms`. */
async function until(condition: () => boolean, what: string, ms = 10_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`waited ${ms} ms for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

// ---------------------------------------------------------------------------------------------------------
// The tour

/**
 * Fields no page of the web app shows as text (yet), so their payloads cannot be seen rendered; they are
 * written all the same, and any page that started showing them would be caught by the hooks like the rest.
 */
const NOT_SHOWN: Partial<Record<FieldCode, string>> = {
  pl: 'a person’s language is kept but not shown',
  bl: 'a person’s language is kept but not shown',
  bm: 'committees are kept but not shown',
  bi: 'ids are not shown: they travel in the person pages’ URLs, which opened',
};

interface Stop {
  name: string;
  heading: string | RegExp;
  /** Fields whose every placement the page must show (waited for). */
  shows?: readonly FieldCode[];
  /** Fields of which the page must show at least one placement (lists that show some records). */
  some?: readonly FieldCode[];
  /** Placements the page must show. */
  tokens?: readonly (string | null)[];
  /** What a person does on the page to see it all (read the notes, search the map). */
  act?: (s: Watched) => Promise<void>;
}

const tok = (field: FieldCode, i: number) => (placed.has(`${field}${i}`) ? `${field}${i}` : null);
const allTexts = () => [...placed.values()].map(({ token, text }) => ({ token, text }));
/** Every page looked at: what it showed, and any markup injected into it. */
const rendered: { page: string; seen: Set<string>; injected: string[] }[] = [];

async function look(s: Watched, stop: Stop): Promise<void> {
  s.where = stop.name;
  await at(s, stop.heading);
  const record = { page: stop.name, seen: new Set<string>(), injected: [] as string[] };
  rendered.push(record);
  const collect = async () => {
    const scan = await s.page.evaluate(scanPage, allTexts());
    for (const t of scan.seen) record.seen.add(t);
    record.injected.push(...scan.injected);
  };
  await s.page.evaluate(`window.__xssScan = ${scanPage.toString()}`);
  if (stop.act) {
    await stop.act(s);
    await collect();
  }
  // Closed disclosures hold tables and forms: open them all, so that what they show is read too.
  await s.page.evaluate(() =>
    document.querySelectorAll('details:not([open])').forEach((d) => d.setAttribute('open', '')),
  );
  const texts = allTexts();
  const of = (fields: readonly FieldCode[] = []) => texts.filter((t) => fields.includes(placed.get(t.token)!.field));
  const every = [...of(stop.shows), ...texts.filter((t) => stop.tokens?.includes(t.token))];
  const some = of(stop.some);
  const ready = ({ every, some }: { every: typeof texts; some: typeof texts }) => {
    // Sections drawn after the data arrives bring closed disclosures of their own: open those too.
    document.querySelectorAll('details:not([open])').forEach((d) => d.setAttribute('open', ''));
    const scan = (window as unknown as { __xssScan: typeof scanPage }).__xssScan;
    const seen = new Set(scan([...every, ...some]).seen);
    return every.every((t) => seen.has(t.token)) && (some.length === 0 || some.some((t) => seen.has(t.token)));
  };
  await s.page.waitForFunction(ready, { every, some }, { timeout: 30_000, polling: 100 }).catch(async () => {
    const seen = new Set((await s.page.evaluate(scanPage, [...every, ...some])).seen);
    const missing = every.filter((t) => !seen.has(t.token)).map((t) => `${t.token} ${JSON.stringify(t.text)}`);
    throw new Error(
      `${stop.name} (${s.page.url()}) did not show:\n  ${missing.join('\n  ') || `any of ${stop.some?.join(', ')}`}`,
    );
  });
  await collect();
}

/** Open a page by its address. */
async function visit(s: Watched, path: string, stop: Stop): Promise<void> {
  s.where = stop.name;
  await s.page.goto(`${s.origin}${path}`);
  await look(s, stop);
}

/**
 * The pages a list page links to, each opened as the app's links open them (the History API, no reload), after
 * checking that the list really links there.
 */
async function follow(s: Watched, targets: readonly { path: string; stop: Stop }[]): Promise<void> {
  const links = new Set(await s.page.locator('a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href'))));
  for (const { path, stop } of targets) {
    expect(links.has(path), `${s.where} links to ${path}`).toBe(true);
    s.where = stop.name;
    await s.page.evaluate((to) => {
      window.history.pushState(null, '', to);
      window.dispatchEvent(new PopStateEvent('popstate'));
    }, path);
    await look(s, stop);
  }
}

/** Click every "Read the private notes" on the page (each read is audited), and wait for the notes. */
async function readNotes(s: Watched): Promise<void> {
  await s.page.locator('.conversation-list, .conversation-list + .empty, p.empty').first().waitFor();
  const buttons = s.page.getByRole('button', { name: 'Read the private notes' });
  for (const button of await buttons.elementHandles()) await button.click();
  await buttons.first().waitFor({ state: 'detached' });
}

beforeAll(async () => {
  const dir = await ensureWebBuild();
  server = await startSunspace({ staticDir: dir });
  await call('POST', '/api/setup', ADA);
  await seedThroughTheApi();
  browser = await launchBrowser();
}, 180_000);

afterAll(async () => {
  for (const s of sessions) await s.close();
  await browser?.close();
  await server?.close();
});

describe('XSS', () => {
  let controls = 'controls: not run';
  /** One page for the controls and the tour, with the CSP reporting only. */
  let main: Promise<Watched> | null = null;
  const watched = () => (main ??= watchedPage({ reportOnly: true }));

  it('the hooks catch every payload when it is made to run, and the enforced CSP reports and blocks', async () => {
    const s = await watched();
    await visit(s, '/workspaces', { name: 'controls', heading: 'Workspaces', shows: ['wn'] });
    // The hook and the dialog themselves.
    await s.page.evaluate(() => (window as unknown as { __xss: (t: string) => void }).__xss('control-hook'));
    await s.page.evaluate(() => alert('control-dialog'));
    await until(() => s.hooks.length === 1 && s.dialogsSeen.length === 1, 'the hook and the dialog');
    // Each payload armed as it would run if a page let it through: it must be caught by one of the ways.
    const missed: string[] = [];
    for (const [i, p] of PAYLOADS.entries()) {
      const token = `ctl${i}`;
      await s.page.evaluate(armPayload, { arm: p.arm, text: p.text.replaceAll('ID', token) });
      await until(() => ran(s).some((f) => f.what === token), `${p.name} to run`).catch(() => missed.push(p.name));
    }
    expect(missed, 'payloads that did not run when armed').toEqual([]);
    // Inline handlers and scripts break the page's own CSP: reported (not blocked: report-only here).
    expect(s.csp.length).toBeGreaterThan(0);
    // The DOM scan sees injected markup.
    await s.page.evaluate(() => {
      document.querySelectorAll('.xss-control').forEach((frame) => frame.remove());
      const host = document.createElement('div');
      host.append(document.createRange().createContextualFragment(`<img src=xss-scan onerror=__xss('scan')>`));
      document.body.append(host);
    });
    const scan = await s.page.evaluate(scanPage, []);
    expect(scan.injected.length).toBeGreaterThan(0);
    await until(
      () => s.hooks.some((f) => f.what === 'scan') && s.loads.some((f) => f.what === 'scan'),
      'the last control',
    );
    const caught = `${PAYLOADS.length - missed.length} of ${PAYLOADS.length} armed payloads caught, ${s.csp.length} CSP reports, ${scan.injected.length} injected elements seen`;
    // The old document goes before the counts start again, so that nothing of the controls arrives late.
    await s.page.goto('about:blank');
    s.reset();

    // With the CSP enforced, as the server sends it, an inline handler is refused and reported.
    const enforced = await watchedPage({ reportOnly: false });
    await visit(enforced, '/workspaces', { name: 'enforced CSP', heading: 'Workspaces', shows: ['wn'] });
    await enforced.page.evaluate(() => {
      const host = document.createElement('div');
      host.append(document.createRange().createContextualFragment(`<img src=xss-enforced onerror=__xss('enforced')>`));
      document.body.append(host);
    });
    await until(() => enforced.csp.length > 0, 'a CSP report');
    expect(enforced.csp.map((c) => JSON.parse(c.what) as { disposition: string })[0]!.disposition).toBe('enforce');
    expect(enforced.hooks).toEqual([]);
    controls = `controls: ${caught}; enforced CSP blocked the handler and reported it`;
    rendered.length = 0;
  }, 60_000);

  it('payloads in every field and an imported bundle run nowhere, and show as text', async () => {
    const s = await watched();
    const bundlePeople = [
      ...range(N).map((i) => ({ id: payload('bi', i) ?? `b-person-${i}`, i })),
      ...[0, 1, 2].map((i) => ({ id: `dup-${i}`, i: -i - 1 })),
    ];

    await visit(s, page('import-export'), {
      name: 'Import and export',
      heading: 'Import and export',
      shows: ['rc', 'rf'],
      act: async (w) => {
        await w.page.getByLabel('The bundle’s files').setInputFiles(bundleFiles());
        await w.page.getByRole('button', { name: 'Import the bundle' }).click();
        await w.page.getByText(/^Imported: /).waitFor();
        await w.page.getByLabel('The bundle’s files').setInputFiles(refusedBundleFiles());
        await w.page.getByRole('button', { name: 'Import the bundle' }).click();
        await w.page.locator('.bundle-errors li').first().waitFor();
      },
    });
    await visit(s, '/workspaces', { name: 'Workspaces', heading: 'Workspaces', shows: ['wn'] });
    await visit(s, page('today'), { name: 'Today', heading: 'Today', some: ['pn', 'bn', 'cn', 'bv'], act: readNotes });
    await visit(s, page('log'), { name: 'Log', heading: 'Log a conversation', shows: ['sn', 'bs'] });
    const people: Stop = { name: 'People', heading: 'People', shows: ['pn', 'bn', 'pu', 'bu'] };
    await visit(s, page('people'), people);
    await follow(s, [
      ...made.people.map((p, i) => ({
        path: page('people', p.id),
        stop: {
          name: `Person ${i}`,
          heading: p.name,
          tokens: [tok('pn', i), tok('pr', i), tok('pc', i), tok('pu', i), tok('cn', i)],
          act: readNotes,
        },
      })),
      ...bundlePeople.map(({ id, i }) => ({
        path: page('people', id),
        stop: {
          name: `Bundle person ${id}`,
          heading: i < 0 ? made.people[-i - 1]!.name : (placed.get(`bn${i}`)?.text ?? `Bundle person ${i}`),
          tokens: i < 0 ? [] : [tok('bn', i), tok('br', i), tok('bc', i), tok('bu', i), tok('bv', i)],
          act: readNotes,
        },
      })),
    ]);
    await visit(s, page('map'), {
      name: 'Map',
      heading: 'The relationship map',
      some: ['pn', 'bn'],
      act: async (w) => {
        await w.page.getByText('Arranging the map…').waitFor({ state: 'detached', timeout: 60_000 });
        // The names are drawn on a canvas; the finder lists them as text (at most eight at a time).
        const finder = w.page.getByLabel('Find a person');
        for (const query of ['pn', 'bn']) {
          await finder.fill(query);
          await w.page.locator('.person-finder__list button').first().waitFor();
          const scan = await w.page.evaluate(scanPage, allTexts());
          for (const t of scan.seen) rendered.at(-1)!.seen.add(t);
        }
      },
    });
    await visit(s, page('wall'), { name: 'Wall chart', heading: 'The wall chart', some: ['pn', 'bn', 'pu', 'bu'] });
    await visit(s, page('units'), { name: 'Units', heading: 'Units', some: ['pu', 'bu'] });
    await visit(s, page('grievances'), { name: 'Grievances', heading: 'Grievances', shows: ['gt', 'cg', 'bg', 'gu'] });
    await visit(s, page('duplicates'), {
      name: 'Duplicates',
      heading: 'Likely duplicates',
      tokens: [tok('pn', 0), tok('pn', 1), tok('pn', 2)],
    });
    await visit(s, page('power'), {
      name: 'Power map',
      heading: 'The power map',
      some: ['pn', 'pr', 'sn', 'bs'],
      shows: ['se', 'be'],
      // the newest satellite effects are shown first; a person asks for the rest
      act: async (w) => {
        const all = w.page.getByRole('button', { name: /^Show all \d+$/ });
        await all.first().waitFor();
        for (const button of await all.elementHandles()) await button.click();
      },
    });
    await visit(s, page('accountability'), {
      name: 'Accountability',
      heading: 'Accountability',
      shows: ['mt', 'mo', 'vq', 'bx', 'bo', 'bq', 'bt'],
    });
    await visit(s, page('strike'), { name: 'Strike', heading: 'Strike mode', some: ['pn', 'sn'] });
    const plans: Stop = { name: 'Plans', heading: 'Plans, relationship first', shows: ['lt', 'bt'] };
    await visit(s, page('plans'), plans);
    await follow(
      s,
      made.plans.map((p, i) => ({
        path: page('plans', p.id),
        stop: { name: `Plan ${i}`, heading: p.title, tokens: [tok('lt', i), tok('lm', i)] },
      })),
    );
    await visit(s, '/admin', { name: 'Administration', heading: 'Administration', shows: ['wn'] });
    await visit(s, '/admin/accounts', { name: 'Accounts', heading: 'Accounts and access', some: ['wn', 'pu'] });
    await visit(s, '/admin/audit', { name: 'Audit', heading: 'Audit log', shows: ['wn'] });

    // Passkeys are named in the security page and made by Chromium's virtual authenticator, at localhost:
    // WebAuthn refuses an IP address as the relying party. One authenticator per passkey, as the server rightly
    // asks an authenticator that holds one of the account's passkeys not to make another.
    const keys = await watchedPage({ reportOnly: true, origin: server.url.replace('127.0.0.1', 'localhost') });
    const cdp = await keys.context.newCDPSession(keys.page);
    await cdp.send('WebAuthn.enable', { enableUI: false });
    await visit(keys, '/settings/security', {
      name: 'Security',
      heading: 'Security',
      shows: ['kn'],
      act: async (w) => {
        for (const name of range(N).map((i) => payload('kn', i))) {
          if (name === null) continue;
          const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', { options: PASSKEY_DEVICE });
          await w.page.getByLabel('A name for the new passkey').fill(name);
          await w.page.getByRole('button', { name: 'Add a passkey' }).click();
          await w.page.getByText(`The passkey “${name}” was added.`).waitFor();
          await cdp.send('WebAuthn.removeVirtualAuthenticator', { authenticatorId });
        }
      },
    });

    // What ran, what was reported, what was injected.
    const ranAll = [...ran(s), ...ran(keys)];
    const csp = [...s.csp, ...keys.csp];
    const executed = new Set(ranAll.map((f) => f.what));
    const injected = rendered.flatMap((r) => r.injected.map((i) => `${r.page}: ${i}`));
    const seen = new Set(rendered.flatMap((r) => [...r.seen]));
    const notSeen = [...placed.values()].filter((p) => !seen.has(p.token) && !(p.field in NOT_SHOWN));
    const fields = FIELDS.filter((f) => placementsOf(f.code).length > 0);
    const notShown = Object.keys(NOT_SHOWN) as FieldCode[];
    const nowShown = notShown
      .filter((f) => placementsOf(f).some((p) => seen.has(p.token)))
      .map((f) => {
        const on = rendered.filter((r) => placementsOf(f).some((p) => r.seen.has(p.token))).map((r) => r.page);
        return `${f} (${placementsOf(f).filter((p) => seen.has(p.token)).length} of ${placementsOf(f).length}, on ${[...new Set(on)].join(', ')})`;
      });
    const hidden = notShown.filter((f) => !nowShown.some((x) => x.startsWith(`${f} `)));
    const via = (v: Field['via']) => fields.filter((f) => f.via === v).length;
    console.log(
      `[security] XSS payloads executed: ${executed.size} (${N} payloads in ${fields.length} fields and an imported bundle, ${rendered.length} pages rendered; CSP violations: ${csp.length})`,
    );
    console.log(
      `[xss] ${placed.size} placements (fields: ${via('API')} through the API, ${via('bundle')} in the bundle, ${via('refused bundle')} in a refused bundle), ${seen.size} seen as text; ` +
        `hook calls ${s.hooks.length + keys.hooks.length}, dialogs ${s.dialogsSeen.length + keys.dialogsSeen.length}, marker loads ${s.loads.length + keys.loads.length}, injected elements ${injected.length}; ${controls}; ` +
        `shown by no page (as expected): ${[...new Set(hidden.map((f) => NOT_SHOWN[f]))].join('; ')}` +
        (nowShown.length > 0 ? `; now shown, take them off NOT_SHOWN: ${nowShown.join(', ')}` : ''),
    );
    const label = (token: string) => FIELDS.find((f) => f.code === placed.get(token)?.field)?.label ?? 'a control';
    const show = (fs: Finding[]) => fs.map((f) => `${f.page}: ${f.what} (${label(f.what)})`);
    expect(show(ranAll), 'payloads that ran').toEqual([]);
    expect(show([...s.dialogsSeen, ...keys.dialogsSeen]), 'dialogs').toEqual([]);
    expect(show(csp), 'CSP violations').toEqual([]);
    expect(injected, 'injected markup').toEqual([]);
    expect(
      notSeen.map((p) => `${p.token} (${label(p.token)}) ${JSON.stringify(p.text)}`),
      'payloads written but shown by no page',
    ).toEqual([]);
    s.requests.expectNoEgress(s.origin);
    keys.requests.expectNoEgress(keys.origin);
    expect([...s.errors, ...keys.errors].filter((e) => !/status of 422\b/.test(e))).toEqual([]);
  }, 240_000);
});
