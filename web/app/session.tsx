/**
 * Who is signed in, asked of the server once per visit and again after signing in or out. While someone is
 * signed in, their account's language is the app's language, and a change in Settings is saved to the
 * account (PATCH /api/auth/me) so the server's own messages follow it.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { Lang } from '../../src/core/i18n/i18n.js';
import { fetchMe, fetchSetupNeeded, saveLanguage, signOut as endSession, type Me } from '../api/auth.api.js';
import { useLang } from './lang.js';

export type SessionState =
  | { status: 'loading' }
  | { status: 'unreachable' }
  | { status: 'anonymous'; setupNeeded: boolean }
  | { status: 'signedIn'; me: Me };

interface SessionApi {
  state: SessionState;
  /** Ask the server again who is signed in. */
  refresh: () => Promise<void>;
  /** The server signed someone in (sign-in, first run): take its answer as it is. */
  signedIn: (me: Me) => void;
  signOut: () => Promise<void>;
  /** The server already ended the session (signed out everywhere, wiped): forget it here without asking. */
  forget: () => void;
  /** Choose the language here and, when signed in, for the account. */
  chooseLang: (lang: Lang | null) => Promise<boolean>;
}

const SessionContext = createContext<SessionApi | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: 'loading' });
  const { setLang } = useLang();
  const setLangRef = useRef(setLang);
  setLangRef.current = setLang;

  const adopt = useCallback((me: Me) => {
    // The account's choice wins over this browser's; an account that follows the browser leaves it be.
    if (me.user.language) setLangRef.current(me.user.language);
    setState({ status: 'signedIn', me });
  }, []);

  const refresh = useCallback(async () => {
    const me = await fetchMe();
    if (me.ok) return adopt(me.value);
    if (me.kind === 'unreachable') return setState({ status: 'unreachable' });
    const setup = await fetchSetupNeeded();
    setState({ status: 'anonymous', setupNeeded: setup.ok && setup.value.needed });
  }, [adopt]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const signOut = useCallback(async () => {
    await endSession();
    setState({ status: 'anonymous', setupNeeded: false });
  }, []);

  const forget = useCallback(() => setState({ status: 'anonymous', setupNeeded: false }), []);

  const chooseLang = useCallback(
    async (lang: Lang | null) => {
      setLangRef.current(lang);
      if (state.status !== 'signedIn') return true;
      const saved = await saveLanguage(lang);
      if (saved.ok) setState({ status: 'signedIn', me: saved.value });
      return saved.ok;
    },
    [state.status],
  );

  const value = useMemo(
    () => ({ state, refresh, signedIn: adopt, signOut, forget, chooseLang }),
    [state, refresh, adopt, signOut, forget, chooseLang],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionApi {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}

/** The signed-in account, or null. */
export function useMe(): Me | null {
  const { state } = useSession();
  return state.status === 'signedIn' ? state.me : null;
}
