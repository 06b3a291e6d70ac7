import { Link, pathFor } from '../app/router.js';
import { Page } from '../app/Page.js';
import { useT } from '../app/lang.js';
import { appMessages } from '../i18n/app-messages.js';

export function TodayPage() {
  const t = useT(appMessages);
  return (
    <Page title={t('page.today')} intro={t('intro.today')}>
      <p>
        <Link to={pathFor('log')} className="button button--primary">
          {t('action.logConversation')}
        </Link>
      </p>
      <section aria-labelledby="today-care">
        <h2 id="today-care">{t('today.care')}</h2>
        <p className="empty">{t('empty.needsWorkspace')}</p>
      </section>
      <section aria-labelledby="today-recent">
        <h2 id="today-recent">{t('today.recent')}</h2>
        <p className="empty">{t('empty.needsWorkspace')}</p>
      </section>
    </Page>
  );
}
