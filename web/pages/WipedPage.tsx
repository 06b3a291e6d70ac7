/**
 * After the panic wipe: the data is gone and the server has stopped. The page asks nothing of the server
 * (there is none any more) and leaves nothing of Sunspace in the browser's storage.
 */
import { useEffect } from 'react';
import { useT } from '../app/lang.js';
import { Page } from '../app/Page.js';
import { adminMessages } from '../i18n/admin-messages.js';

/** Forget what this browser remembers of Sunspace: the last workspace and the language chosen. */
export function forgetThisBrowser(): void {
  for (const storage of [window.localStorage, window.sessionStorage]) {
    try {
      for (const key of Object.keys(storage)) if (key.startsWith('sunspace.')) storage.removeItem(key);
    } catch {
      // Storage can be off; then there is nothing to forget.
    }
  }
}

export function WipedPage() {
  const t = useT(adminMessages);
  useEffect(() => forgetThisBrowser(), []);
  return (
    <Page title={t('wiped.title')}>
      <div className="wiped" role="status">
        <p>
          <strong>{t('wiped.text1')}</strong>
        </p>
        <p>{t('wiped.text2')}</p>
      </div>
    </Page>
  );
}
