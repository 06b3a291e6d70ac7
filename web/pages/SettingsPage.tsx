/**
 * The person's settings: the language (remembered in this browser and, when signed in, on the account, so
 * the server's own messages follow it), and who is signed in.
 */
import { useId, useState } from 'react';
import { LANGS, pickLang, type Lang } from '../../src/core/i18n/i18n.js';
import { Page } from '../app/Page.js';
import { useLang, useT } from '../app/lang.js';
import { useMe, useSession } from '../app/session.js';
import { appMessages } from '../i18n/app-messages.js';
import { securityMessages } from '../i18n/security-messages.js';
import { Link, pathFor } from '../app/router.js';

const langKey = { en: 'lang.en', es: 'lang.es' } as const satisfies Record<Lang, string>;

export function SettingsPage() {
  const t = useT(appMessages);
  const s = useT(securityMessages);
  const { lang, followsBrowser } = useLang();
  const { chooseLang } = useSession();
  const me = useMe();
  const id = useId();
  const [saved, setSaved] = useState<'browser' | 'account' | 'failed' | null>(null);
  const browser = pickLang(navigator.languages);
  const choose = async (value: Lang | null) => {
    setSaved(null);
    const ok = await chooseLang(value);
    setSaved(!me ? 'browser' : ok ? 'account' : 'failed');
  };
  return (
    <Page title={t('page.settings')}>
      <fieldset className="field">
        <legend>{t('settings.language')}</legend>
        <label className="choice">
          <input type="radio" name={`${id}-lang`} checked={followsBrowser} onChange={() => void choose(null)} />
          {t('settings.followBrowser', { lang: t(langKey[browser]) })}
        </label>
        {LANGS.map((l) => (
          <label key={l} className="choice" lang={l}>
            <input
              type="radio"
              name={`${id}-lang`}
              checked={!followsBrowser && lang === l}
              onChange={() => void choose(l)}
            />
            {t(langKey[l])}
          </label>
        ))}
      </fieldset>
      <p role="status" className="muted">
        {saved === 'browser'
          ? t('settings.saved')
          : saved === 'account'
            ? t('settings.savedAccount')
            : saved === 'failed'
              ? t('settings.notSaved')
              : ''}
      </p>
      {me && (
        <section aria-labelledby={`${id}-account`}>
          <h2 id={`${id}-account`}>{t('settings.account')}</h2>
          <p>{t('app.signedInAs', { name: me.user.username })}</p>
          <p>
            <Link to={pathFor('security')}>{s('security.link')}</Link>
          </p>
        </section>
      )}
    </Page>
  );
}
