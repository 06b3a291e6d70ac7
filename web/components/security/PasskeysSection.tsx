/**
 * My passkeys: each named, when it was added and last used, removable; and adding one, which asks the
 * device to make a key (after confirming who I am, when the session is not fresh).
 */
import { useId, useState, type FormEvent } from 'react';
import { addPasskey, passkeysSupported, removePasskey, type PasskeyInfo } from '../../api/security.api.js';
import { Field } from '../../app/Field.js';
import { formatDate } from '../../app/format.js';
import { useLang, useT } from '../../app/lang.js';
import { useReauth } from '../../app/reauth.js';
import { signInProblem } from '../../app/sign-in-words.js';
import { useProblemFocus } from '../../app/submission.js';
import { appMessages } from '../../i18n/app-messages.js';
import { securityMessages } from '../../i18n/security-messages.js';

export function PasskeysSection({ passkeys, onChanged }: { passkeys: readonly PasskeyInfo[]; onChanged: () => void }) {
  const focusFirstProblem = useProblemFocus();
  const s = useT(securityMessages);
  const a = useT(appMessages);
  const { lang } = useLang();
  const { confirmed } = useReauth();
  const id = useId();
  const [name, setName] = useState('');
  const [nameProblem, setNameProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<{ text: string; ok: boolean } | null>(null);
  const supported = passkeysSupported();

  const add = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const chosen = name.trim();
    if (chosen === '') {
      setNameProblem(a('form.required'));
      focusFirstProblem(form);
      return;
    }
    setNameProblem(null);
    setBusy(true);
    setOutcome(null);
    const result = await confirmed(() => addPasskey(chosen));
    setBusy(false);
    if (result.ok) {
      setName('');
      setOutcome({ text: s('passkeys.addedOk', { name: result.value.name }), ok: true });
      onChanged();
      return;
    }
    const text =
      result.kind === 'cancelled'
        ? s('passkeys.cancelled')
        : result.kind === 'unsupported'
          ? s('passkeys.unsupported')
          : signInProblem(result, 'passkey', s, a);
    setOutcome({ text, ok: false });
  };

  const remove = async (passkey: PasskeyInfo) => {
    setOutcome(null);
    const result = await confirmed(() => removePasskey(passkey.id));
    if (result.ok) {
      setOutcome({ text: s('passkeys.removed', { name: passkey.name }), ok: true });
      onChanged();
    } else setOutcome({ text: signInProblem(result, 'passkey', s, a), ok: false });
  };

  return (
    <section className="security-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{s('passkeys.title')}</h2>
      <p className="page-intro">{s('passkeys.text')}</p>
      {passkeys.length === 0 ? (
        <p className="empty">{s('passkeys.none')}</p>
      ) : (
        <ul className="factor-list" aria-label={s('passkeys.list')}>
          {passkeys.map((p) => (
            <li key={p.id} className="factor-list__item">
              <div>
                <strong className="factor-list__name">{p.name}</strong>
                <span className="muted">
                  {' '}
                  · {s('passkeys.added', { date: formatDate(lang, p.createdAt) })} ·{' '}
                  {p.lastUsedAt
                    ? s('passkeys.lastUsed', { date: formatDate(lang, p.lastUsedAt) })
                    : s('passkeys.neverUsed')}
                </span>
              </div>
              <button type="button" className="button" onClick={() => void remove(p)}>
                <span aria-hidden="true">{a('action.remove')}</span>
                <span className="visually-hidden">{s('passkeys.remove', { name: p.name })}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {supported ? (
        <form className="form" onSubmit={(e) => void add(e)} noValidate>
          <Field
            label={s('passkeys.name')}
            help={s('passkeys.nameHelp')}
            name="passkey-name"
            maxLength={100}
            autoComplete="off"
            value={name}
            onChange={(e) => setName(e.target.value)}
            problem={nameProblem}
          />
          <div className="submit-row">
            <button type="submit" className="button button--primary" disabled={busy}>
              {busy ? a('form.working') : s('passkeys.add')}
            </button>
          </div>
        </form>
      ) : (
        <p className="notice">{s('passkeys.unsupported')}</p>
      )}
      <p role="status" className={`form__outcome ${outcome && !outcome.ok ? 'form__outcome--problem' : ''}`}>
        {outcome?.text}
      </p>
    </section>
  );
}
