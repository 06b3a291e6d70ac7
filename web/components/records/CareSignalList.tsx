/**
 * Care signals (docs/model.md#care-signals): what is wrong in a relationship's care, and the model's plain
 * advice on what to do instead, with people's names where the model speaks of ids. The advice is the
 * model's own words (src/core/model/model-messages.ts) in the reader's language.
 */
import type { CareSignal } from '../../../src/core/model/care-signals.js';
import { MODEL_MESSAGES } from '../../../src/core/model/model-messages.js';
import { formatDate } from '../../app/format.js';
import { useLang, useT } from '../../app/lang.js';
import { PersonLink } from './PersonLink.js';

export type Names = Readonly<Record<string, string>>;

export function CareSignalList({
  signals,
  names,
  headingLevel = 3,
  showKind = true,
}: {
  signals: readonly CareSignal[];
  names: Names;
  headingLevel?: 3 | 4;
  /** False when the list is all of one kind and its heading says so already. */
  showKind?: boolean;
}) {
  const t = useT(MODEL_MESSAGES);
  const { lang } = useLang();
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  const name = (id: string | null) => (id === null ? '' : (names[id] ?? id));
  return (
    <ul className="care-list">
      {signals.map((s) => (
        <li key={`${s.kind}|${s.person}|${s.by ?? ''}`} className={`care care--${s.kind}`}>
          {showKind && <Heading className="care__kind">{t(`kind_${s.kind}`)}</Heading>}
          <p className="care__who">
            <PersonLink id={s.person} name={name(s.person)} />
            {s.by && s.by !== s.person && (
              <>
                {' · '}
                <PersonLink id={s.by} name={name(s.by)} />
              </>
            )}
            {s.since && <span className="muted"> · {formatDate(lang, s.since)}</span>}
          </p>
          <p className="care__advice">
            {t(`care_${s.kind}`, {
              person: name(s.person),
              by: name(s.by),
              since: s.since ? formatDate(lang, s.since) : '',
            })}
          </p>
        </li>
      ))}
    </ul>
  );
}
