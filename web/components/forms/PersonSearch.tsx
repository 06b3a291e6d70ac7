/**
 * Search as you type over the people of a workspace, and pick one: a combobox (ARIA 1.2) with its list of
 * matches, arrows to move, Enter to pick, Escape to close. Optionally, the last option adds the name typed as
 * a new person. Matches come from the server (GET /people?q=), which ignores accents and case.
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { findPeople, type PersonRecord } from '../../api/people.api.js';
import { useT } from '../../app/lang.js';
import { formsMessages } from '../../i18n/forms-messages.js';
import { unitText } from '../../app/format.js';

export interface PersonSearchProps {
  workspace: string;
  label: string;
  help?: string;
  problem?: string | null | undefined;
  /** People not to offer (already chosen). */
  exclude?: readonly string[];
  onPick: (person: PersonRecord) => void;
  /** When given, offers to add the typed name as a new person; answers the person, or a problem in words. */
  onCreate?: (name: string) => Promise<PersonRecord | string>;
  includeLeft?: boolean;
  limit?: number;
}

const WAIT_MS = 120;

export function PersonSearch(props: PersonSearchProps) {
  const { workspace, label, help, problem, exclude = [], onPick, onCreate, includeLeft = false, limit = 8 } = props;
  const t = useT(formsMessages);
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState('');
  const [matches, setMatches] = useState<PersonRecord[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [searching, setSearching] = useState(false);
  const [createProblem, setCreateProblem] = useState<string | null>(null);
  const ticket = useRef(0);

  useEffect(() => {
    const q = query.trim();
    if (q === '') {
      setMatches([]);
      setSearching(false);
      return;
    }
    const mine = ++ticket.current;
    setSearching(true);
    const timer = window.setTimeout(() => {
      void findPeople(workspace, { q, includeLeft, limit: limit + exclude.length }).then((result) => {
        if (mine !== ticket.current) return;
        setSearching(false);
        setMatches(result.ok ? result.value.people : []);
        setActive(0);
      });
    }, WAIT_MS);
    return () => window.clearTimeout(timer);
  }, [query, workspace, includeLeft, limit, exclude.length]);

  const shown = matches.filter((p) => !exclude.includes(p.id)).slice(0, limit);
  const canCreate = onCreate !== undefined && query.trim() !== '' && !searching;
  const options = shown.length + (canCreate ? 1 : 0);
  const expanded = open && query.trim() !== '' && (options > 0 || !searching);

  const pick = (person: PersonRecord) => {
    onPick(person);
    setQuery('');
    setMatches([]);
    setOpen(false);
    setCreateProblem(null);
    input.current?.focus();
  };

  const create = async () => {
    if (!onCreate) return;
    const made = await onCreate(query.trim());
    if (typeof made === 'string') setCreateProblem(made);
    else pick(made);
  };

  const choose = (index: number) => {
    const person = shown[index];
    if (person) pick(person);
    else if (canCreate && index === shown.length) void create();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
      setActive((a) => (options === 0 ? 0 : (a + 1) % options));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((a) => (options === 0 ? 0 : (a - 1 + options) % options));
    } else if (event.key === 'Enter') {
      if (expanded && options > 0) {
        event.preventDefault();
        choose(active);
      }
    } else if (event.key === 'Escape') {
      if (expanded) {
        event.preventDefault();
        setOpen(false);
      }
    }
  };

  const optionId = (i: number) => `${id}-option-${i}`;
  const described = [help ? `${id}-help` : null, problem || createProblem ? `${id}-problem` : null, `${id}-count`]
    .filter(Boolean)
    .join(' ');

  return (
    <div className="field person-search">
      <label htmlFor={id}>{label}</label>
      <input
        ref={input}
        id={id}
        type="text"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={`${id}-list`}
        aria-activedescendant={expanded && options > 0 ? optionId(active) : undefined}
        aria-invalid={problem ? true : undefined}
        aria-describedby={described}
        placeholder={t('search.placeholder')}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setOpen(true);
          setCreateProblem(null);
        }}
        onKeyDown={onKeyDown}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
      />
      <ul id={`${id}-list`} role="listbox" aria-label={label} className="person-search__list" hidden={!expanded}>
        {shown.map((p, i) => (
          <li
            key={p.id}
            id={optionId(i)}
            role="option"
            aria-selected={i === active}
            className="person-search__option"
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => choose(i)}
          >
            <span className="person-search__name">{p.name}</span>
            <span className="muted">
              {p.unit ? unitText(p.unit) : (p.role ?? '')}
              {p.leftOn ? ` · ${t('search.left')}` : ''}
            </span>
          </li>
        ))}
        {canCreate && (
          <li
            id={optionId(shown.length)}
            role="option"
            aria-selected={active === shown.length}
            className="person-search__option person-search__option--new"
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => choose(shown.length)}
          >
            {t('search.addNew', { name: query.trim() })}
          </li>
        )}
        {!canCreate && shown.length === 0 && !searching && (
          <li className="person-search__none" role="option" aria-selected={false} aria-disabled="true">
            {t('search.none')}
          </li>
        )}
      </ul>
      <p id={`${id}-count`} className="visually-hidden" aria-live="polite">
        {query.trim() === '' || searching ? '' : t('search.matches', { n: shown.length })}
      </p>
      {help && (
        <p id={`${id}-help`} className="field__help">
          {help}
        </p>
      )}
      {(problem || createProblem) && (
        <p id={`${id}-problem`} className="field__problem">
          {problem ?? createProblem}
        </p>
      )}
    </div>
  );
}
