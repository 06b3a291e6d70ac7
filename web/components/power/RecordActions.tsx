/**
 * Putting a record of the power map right: "Edit" opens the record's own form filled in (only what changed is
 * sent), "Remove" asks first, in words that name the record, and says so when the server refuses (a space or a
 * mandate that other records still name). Both buttons name the record for screen readers; focus moves to the
 * question when it opens, and back to "Remove" when it is cancelled. What happened is said in the section's
 * notice (useNotice), which takes the focus, since the record and its buttons may be gone.
 */
import { useCallback, useEffect, useId, useRef, useState, type ReactNode } from 'react';
import type { ApiResult } from '../../api/client.js';
import { useT } from '../../app/lang.js';
import { SubmitRow } from '../../app/submission.js';
import { appMessages } from '../../i18n/app-messages.js';
import { powerEditMessages } from '../../i18n/power-messages.js';

export function RecordActions({
  what,
  thing,
  remove,
  onRemoved,
  edit,
}: {
  /** The record in a few words, for the buttons and the question: "what Sam Staffer did on Mar 1, 2026". */
  what: string;
  /** What the buttons say they act on, where a card holds two records ("the vote"): "Edit the vote". */
  thing?: string;
  remove: () => Promise<ApiResult<unknown>>;
  onRemoved: () => void;
  /** The record's form, filled in; `done(true)` after a save, `done(false)` to close it unchanged. */
  edit?: (done: (saved: boolean) => void) => ReactNode;
}) {
  const t = useT(powerEditMessages);
  const a = useT(appMessages);
  const id = useId();
  const [mode, setMode] = useState<'idle' | 'editing' | 'confirming'>('idle');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const question = useRef<HTMLParagraphElement>(null);
  const editButton = useRef<HTMLButtonElement>(null);
  const removeButton = useRef<HTMLButtonElement>(null);
  /** Where the focus goes back to when the form or the question closes without a change. */
  const returnTo = useRef<HTMLButtonElement | null>(null);
  useEffect(() => {
    if (mode === 'confirming') question.current?.focus();
    else if (mode === 'idle' && returnTo.current) {
      returnTo.current.focus();
      returnTo.current = null;
    }
  }, [mode]);

  const confirm = async () => {
    setBusy(true);
    setProblem(null);
    const result = await remove();
    setBusy(false);
    if (result.ok) {
      setMode('idle');
      onRemoved();
    } else setProblem(result.kind === 'unreachable' ? a('form.unreachable') : result.message);
  };

  return (
    <div className="record-actions">
      <div className="button-row">
        {edit && (
          <button
            type="button"
            ref={editButton}
            aria-expanded={mode === 'editing'}
            onClick={() => setMode((m) => (m === 'editing' ? 'idle' : 'editing'))}
          >
            <span aria-hidden="true">{thing ? t('edit.editThing', { thing }) : a('action.edit')}</span>
            <span className="visually-hidden">{t('edit.editWhat', { what })}</span>
          </button>
        )}
        <button
          type="button"
          ref={removeButton}
          aria-expanded={mode === 'confirming'}
          onClick={() => {
            setProblem(null);
            setMode('confirming');
          }}
        >
          <span aria-hidden="true">{thing ? t('edit.removeThing', { thing }) : a('action.remove')}</span>
          <span className="visually-hidden">{t('edit.removeWhat', { what })}</span>
        </button>
      </div>
      {mode === 'editing' &&
        edit?.((saved) => {
          returnTo.current = saved ? null : editButton.current;
          setMode('idle');
        })}
      {mode === 'confirming' && (
        <div className="confirm-box record-actions__confirm" role="group" aria-labelledby={`${id}-sure`}>
          <p id={`${id}-sure`} ref={question} tabIndex={-1}>
            {t('edit.sure', { what })}
          </p>
          <div className="button-row">
            <button type="button" className="button button--danger" disabled={busy} onClick={() => void confirm()}>
              {busy ? a('form.working') : t('edit.yesRemove')}
            </button>
            <button
              type="button"
              onClick={() => {
                returnTo.current = removeButton.current;
                setMode('idle');
              }}
            >
              {a('action.cancel')}
            </button>
          </div>
          <p role="status" className={problem ? 'form__outcome form__outcome--problem' : 'form__outcome'}>
            {problem}
          </p>
        </div>
      )}
    </div>
  );
}

/**
 * A section's notice of what was just changed or removed: a status the screen reader says, which takes the focus
 * (the record's own buttons may be gone, or its form closed).
 */
export function useNotice(): { notice: ReactNode; say: (text: string) => void } {
  const [said, setSaid] = useState<{ text: string; round: number } | null>(null);
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (said) ref.current?.focus();
  }, [said]);
  const say = useCallback((text: string) => setSaid((s) => ({ text, round: (s?.round ?? 0) + 1 })), []);
  const notice = (
    <p role="status" className={said ? 'record-notice success' : 'record-notice'} tabIndex={-1} ref={ref}>
      {said?.text}
    </p>
  );
  return { notice, say };
}

/** What the forms share when they correct a record: its people's names, and closing without a change. */
export interface Editing<R> {
  record?: R;
  name?: (id: string) => string;
  onCancel?: () => void;
}

/** The submit row: "Add…" for a new record; "Save the changes" and "Cancel" for a correction. */
export function FormEnd({
  editing,
  busy,
  label,
  outcome,
  onCancel,
}: {
  editing: boolean;
  busy: boolean;
  label: string;
  outcome: { text: string; ok: boolean } | null;
  onCancel?: (() => void) | undefined;
}) {
  const e = useT(powerEditMessages);
  const a = useT(appMessages);
  if (!editing) return <SubmitRow busy={busy} label={label} outcome={outcome} />;
  return (
    <div className="button-row">
      <SubmitRow busy={busy} label={e('edit.save')} outcome={outcome} />
      <button type="button" onClick={onCancel}>
        {a('action.cancel')}
      </button>
    </div>
  );
}
