/**
 * The pages that show a workspace's records (a conversation, a person, the map, the wall chart, units,
 * grievances, import and export) before any workspace is open: their heading, what they will hold, and
 * how to get there. Each becomes its own page file once it reads from the API.
 */
import { Page } from '../app/Page.js';
import { useT } from '../app/lang.js';
import { appMessages } from '../i18n/app-messages.js';

const WORDS = {
  log: { title: 'page.log', intro: 'intro.log' },
  person: { title: 'page.person', intro: 'intro.person' },
  map: { title: 'page.map', intro: 'intro.map' },
  wall: { title: 'page.wall', intro: 'intro.wall' },
  units: { title: 'page.units', intro: 'intro.units' },
  grievances: { title: 'page.grievances', intro: 'intro.grievances' },
  bundle: { title: 'page.bundle', intro: 'intro.bundle' },
} as const;

export type AwaitingPage = keyof typeof WORDS;

export function AwaitingDataPage({ page }: { page: AwaitingPage }) {
  const t = useT(appMessages);
  return (
    <Page title={t(WORDS[page].title)} intro={t(WORDS[page].intro)}>
      <p className="empty">{t('empty.needsWorkspace')}</p>
    </Page>
  );
}
