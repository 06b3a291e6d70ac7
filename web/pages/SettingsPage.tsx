import { useId, useState } from 'react';
import { LANGS, type Lang } from '../../src/core/i18n/i18n.js';
import { pickLang } from '../../src/core/i18n/i18n.js';
import { Page } from '../app/Page.js';
import { useLang, useT } from '../app/lang.js';
import { appMessages } from '../i18n/app-messages.js';

const langKey = { en: 'lang.en', es: 'lang.es' } as const satisfies Record<Lang, string>;

export function SettingsPage() {
  const t = useT(appMessages);
  const { lang, setLang, followsBrowser } = useLang();
  const id = useId();
  const [saved, setSaved] = useState(false);
  const browser = pickLang(navigator.languages);
  const choose = (value: Lang | null) => {
    setLang(value);
    setSaved(true);
  };
  return (
    <Page title={t('page.settings')}>
      <fieldset className="field">
        <legend>{t('settings.language')}</legend>
        <label className="choice">
          <input type="radio" name={`${id}-lang`} checked={followsBrowser} onChange={() => choose(null)} />
          {t('settings.followBrowser', { lang: t(langKey[browser]) })}
        </label>
        {LANGS.map((l) => (
          <label key={l} className="choice" lang={l}>
            <input
              type="radio"
              name={`${id}-lang`}
              checked={!followsBrowser && lang === l}
              onChange={() => choose(l)}
            />
            {t(langKey[l])}
          </label>
        ))}
      </fieldset>
      <p role="status" className="muted">
        {saved ? t('settings.saved') : ''}
      </p>
    </Page>
  );
}
