/**
 * Likely duplicate people (GET /people/duplicates), for leads and admins, and merging a pair (POST
 * /people/{id}/merge) after a confirmation that says what happens: nothing is lost, everything moves to the
 * person kept, and the other record is removed.
 */
import { useEffect, useId, useRef, useState } from 'react';
import {
  fetchDuplicates,
  fetchWallChart,
  mergePeople,
  type DuplicatePair,
  type DuplicatesView,
} from '../api/views.api.js';
import { unitText } from '../app/format.js';
import { useT } from '../app/lang.js';
import { Loaded } from '../app/Loaded.js';
import { Page } from '../app/Page.js';
import { useResource } from '../app/resource.js';
import { useSubmission } from '../app/submission.js';
import { useWorkspace } from '../app/workspace.js';
import { PersonLink } from '../components/records/PersonLink.js';
import { appMessages } from '../i18n/app-messages.js';
import { personMessages, type PersonMessageKey } from '../i18n/person-messages.js';

interface Known {
  name: string;
  unit: string | null;
}

export function DuplicatesPage() {
  const a = useT(appMessages);
  const t = useT(personMessages);
  const { name: workspace, canManage } = useWorkspace();
  // Members may not merge: nothing is asked of the server for them.
  const pairs = useResource(
    () =>
      canManage
        ? fetchDuplicates(workspace)
        : Promise.resolve({ ok: true as const, value: { pairs: [], names: {} } satisfies DuplicatesView }),
    [workspace, canManage],
  );
  // The units of the workers the viewer may see, to tell the two apart.
  const directory = useResource(
    () =>
      canManage ? fetchWallChart(workspace) : Promise.resolve({ ok: false as const, kind: 'unreachable' as const }),
    [workspace, canManage],
  );
  const units = new Map((directory.value?.people ?? []).map((p) => [p.id, p.unit]));
  const [merged, setMerged] = useState<{ id: string; name: string } | null>(null);
  const status = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    if (merged) status.current?.focus();
  }, [merged]);

  if (!canManage) {
    return (
      <Page title={a('page.duplicates')} intro={a('intro.duplicates')}>
        <p className="empty">{a('state.leadsOnly')}</p>
      </Page>
    );
  }

  return (
    <Page title={a('page.duplicates')} intro={a('intro.duplicates')}>
      <p ref={status} tabIndex={-1} role="status" className={merged ? 'success' : 'visually-hidden'}>
        {merged && (
          <>
            {t('dup.merged', { name: merged.name })}{' '}
            <PersonLink id={merged.id} name={t('dup.open', { name: merged.name })} />
          </>
        )}
      </p>
      <Loaded resource={pairs}>
        {(view) =>
          view.pairs.length === 0 ? (
            <p className="empty">{t('dup.none')}</p>
          ) : (
            <ul className="duplicate-list">
              {view.pairs.map((pair) => (
                <PairItem
                  key={`${pair.a}|${pair.b}`}
                  pair={pair}
                  known={(p) => ({ name: view.names[p] ?? p, unit: units.get(p) ?? null })}
                  onMerged={(id, name) => {
                    setMerged({ id, name });
                    pairs.reload();
                    directory.reload();
                  }}
                />
              ))}
            </ul>
          )
        }
      </Loaded>
    </Page>
  );
}

function PairItem({
  pair,
  known,
  onMerged,
}: {
  pair: DuplicatePair;
  known: (id: string) => Known;
  onMerged: (id: string, name: string) => void;
}) {
  const t = useT(personMessages);
  const a = useT(appMessages);
  const { name: workspace } = useWorkspace();
  const id = useId();
  const [keep, setKeep] = useState(pair.a);
  const [confirming, setConfirming] = useState(false);
  const submission = useSubmission();
  const opener = useRef<HTMLButtonElement>(null);
  const confirmHeading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (confirming) confirmHeading.current?.focus();
  }, [confirming]);

  const from = keep === pair.a ? pair.b : pair.a;
  const nameOf = (p: string) => known(p).name;
  const reasonKey = `dup.reason.${pair.reason}`;
  const reason = reasonKey in personMessages.en ? t(reasonKey as PersonMessageKey) : pair.reason;

  const merge = async () => {
    const done = await submission.send(
      () => mergePeople(workspace, from, keep),
      t('dup.merged', { name: nameOf(keep) }),
    );
    if (done) onMerged(keep, done.name);
  };

  const cancel = () => {
    setConfirming(false);
    window.setTimeout(() => opener.current?.focus(), 0);
  };

  return (
    <li className="card duplicate">
      <h2 className="duplicate__title">{nameOf(pair.a)}</h2>
      <p className="muted">{t('dup.pair', { reason })}</p>
      <fieldset className="field">
        <legend>{t('dup.keep')}</legend>
        {[pair.a, pair.b].map((p) => (
          <label key={p} className="choice duplicate__choice">
            <input type="radio" name={`${id}-keep`} checked={keep === p} onChange={() => setKeep(p)} />
            <span>
              <strong>{nameOf(p)}</strong> <span className="muted">({p})</span>
              {known(p).unit && <span className="muted"> · {unitText(known(p).unit!)}</span>}
            </span>
          </label>
        ))}
      </fieldset>
      <p className="duplicate__links">
        <PersonLink id={pair.a} name={t('dup.open', { name: `${nameOf(pair.a)} (${pair.a})` })} />
        {' · '}
        <PersonLink id={pair.b} name={t('dup.open', { name: `${nameOf(pair.b)} (${pair.b})` })} />
      </p>
      {!confirming ? (
        <button type="button" ref={opener} onClick={() => setConfirming(true)}>
          {t('dup.merge')}
        </button>
      ) : (
        <div className="confirm" role="group" aria-labelledby={`${id}-confirm`}>
          <h3 id={`${id}-confirm`} ref={confirmHeading} tabIndex={-1}>
            {t('dup.confirmTitle', { from: nameOf(from), into: nameOf(keep) })}
          </h3>
          <p>{t('dup.confirmText', { from: nameOf(from), fromId: from, into: nameOf(keep), intoId: keep })}</p>
          <div className="button-row">
            <button
              type="button"
              className="button button--primary"
              disabled={submission.busy}
              onClick={() => void merge()}
            >
              {submission.busy ? a('form.working') : t('dup.confirm')}
            </button>
            <button type="button" onClick={cancel}>
              {a('action.cancel')}
            </button>
          </div>
          <p role="status" className="form__outcome">
            {submission.outcome && !submission.outcome.ok ? submission.outcome.text : ''}
          </p>
        </div>
      )}
    </li>
  );
}
