/**
 * Find a person by name and open them: the keyboard's way into the map, whose dots a pointer clicks.
 */
import { useId, useMemo, useState } from 'react';
import { useT } from '../../app/lang.js';
import { chartsMessages } from '../../i18n/charts-messages.js';

export interface PersonFinderProps {
  people: readonly { id: string; label: string; unit: string | null }[];
  onOpenPerson: (id: string) => void;
  /** At most this many matches are listed. */
  limit?: number;
}

export function PersonFinder({ people, onOpenPerson, limit = 8 }: PersonFinderProps) {
  const t = useT(chartsMessages);
  const id = useId();
  const [query, setQuery] = useState('');
  const matches = useMemo(() => {
    const q = query.trim().toLocaleLowerCase();
    if (q.length === 0) return [];
    const out: PersonFinderProps['people'][number][] = [];
    for (const p of people) {
      if (p.label.toLocaleLowerCase().includes(q)) out.push(p);
      if (out.length >= limit) break;
    }
    return out;
  }, [people, query, limit]);

  return (
    <div className="person-finder">
      <label htmlFor={`${id}-q`}>{t('finder.label')}</label>
      <input
        id={`${id}-q`}
        type="search"
        autoComplete="off"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        aria-describedby={`${id}-n`}
      />
      <p id={`${id}-n`} className="visually-hidden" aria-live="polite">
        {query.trim() === '' ? '' : t('finder.matches', { n: matches.length })}
      </p>
      {matches.length > 0 && (
        <ul className="person-finder__list">
          {matches.map((p) => (
            <li key={p.id}>
              <button type="button" className="link-button" onClick={() => onOpenPerson(p.id)}>
                {p.label}
                {p.unit && <span className="muted"> · {p.unit.replaceAll('/', ' › ')}</span>}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
