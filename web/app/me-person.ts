/**
 * Which person in a workspace the signed-in organizer is: accounts and people are kept apart (a person's
 * record is about them, an account is a way in), so each organizer says it once, and this browser remembers
 * it. The log form then adds them to each conversation and to each ask they make, and Today puts the care
 * signals about their own asks first.
 */
import { useCallback, useState } from 'react';

export interface MePerson {
  id: string;
  name: string;
}

const keyOf = (username: string, workspace: string) => `sunspace.me.${username}.${workspace}`;

function stored(key: string): MePerson | null {
  try {
    const raw = window.localStorage.getItem(key);
    if (!raw) return null;
    const value = JSON.parse(raw) as Partial<MePerson>;
    return typeof value.id === 'string' && typeof value.name === 'string' ? { id: value.id, name: value.name } : null;
  } catch {
    return null;
  }
}

export function useMePerson(
  username: string | null,
  workspace: string,
): [MePerson | null, (me: MePerson | null) => void] {
  const key = username ? keyOf(username, workspace) : null;
  const [me, setMe] = useState<MePerson | null>(() => (key ? stored(key) : null));
  const choose = useCallback(
    (next: MePerson | null) => {
      setMe(next);
      if (!key) return;
      try {
        if (next) window.localStorage.setItem(key, JSON.stringify(next));
        else window.localStorage.removeItem(key);
      } catch {
        // Storage can be off; the choice then lasts for this visit.
      }
    },
    [key],
  );
  return [me, choose];
}
