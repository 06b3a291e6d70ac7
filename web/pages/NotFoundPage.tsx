import { Link, pathFor } from '../app/router.js';
import { Page } from '../app/Page.js';
import { useT } from '../app/lang.js';
import { appMessages } from '../i18n/app-messages.js';

export function NotFoundPage() {
  const t = useT(appMessages);
  return (
    <Page title={t('page.notFound')} intro={t('intro.notFound')}>
      <p>
        <Link to={pathFor('home')}>{t('action.chooseWorkspace')}</Link>
      </p>
    </Page>
  );
}
