/**
 * The person's language: chosen by them in Settings (remembered in this browser), else the best match of
 * the browser's languages. Components read it through `useT(catalog)`.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { isLang, pickLang, translator, type Catalog, type Lang, type Params } from '../../src/core/i18n/i18n.js';

const STORAGE_KEY = 'sunspace.lang';

interface LangState {
  lang: Lang;
  /** Choose a language and remember it; null forgets the choice and follows the browser again. */
  setLang: (lang: Lang | null) => void;
  /** True when the language follows the browser rather than a remembered choice. */
  followsBrowser: boolean;
}

const LangContext = createContext<LangState>({ lang: 'en', setLang: () => {}, followsBrowser: true });

function storedLang(): Lang | null {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY);
    return isLang(value) ? value : null;
  } catch {
    return null;
  }
}

function browserLang(): Lang {
  return pickLang(typeof navigator === 'undefined' ? [] : navigator.languages);
}

export function LangProvider({ children, initial }: { children: ReactNode; initial?: Lang }) {
  const [chosen, setChosen] = useState<Lang | null>(() => initial ?? storedLang());
  const lang = chosen ?? browserLang();

  const setLang = useCallback((next: Lang | null) => {
    try {
      if (next === null) window.localStorage.removeItem(STORAGE_KEY);
      else window.localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Storage can be off (private windows); the choice then lasts for this visit only.
    }
    setChosen(next);
  }, []);

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  const value = useMemo(() => ({ lang, setLang, followsBrowser: chosen === null }), [lang, setLang, chosen]);
  return <LangContext.Provider value={value}>{children}</LangContext.Provider>;
}

export function useLang(): LangState {
  return useContext(LangContext);
}

/** A translator for one catalog in the current language. */
export function useT<K extends string>(catalog: Catalog<K>): (key: K, params?: Params) => string {
  const { lang } = useLang();
  return useMemo(() => translator(catalog, lang), [catalog, lang]);
}
