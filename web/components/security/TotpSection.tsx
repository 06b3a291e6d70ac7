/**
 * The authenticator app: setting it up (the secret as a QR code drawn here and as text, then one code to
 * confirm), the recovery codes shown once with a plain "store these now", new recovery codes, and turning
 * it off. Each change but the confirming code needs a fresh confirmation of who I am.
 */
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { confirmTotp, newRecoveryCodes, removeTotp, startTotp, type Factors } from '../../api/security.api.js';
import { Field } from '../../app/Field.js';
import { useT } from '../../app/lang.js';
import { useReauth } from '../../app/reauth.js';
import { signInProblem } from '../../app/sign-in-words.js';
import { useProblemFocus } from '../../app/submission.js';
import { appMessages } from '../../i18n/app-messages.js';
import { securityMessages } from '../../i18n/security-messages.js';
import { QrCode } from './QrCode.js';

type Outcome = { text: string; ok: boolean } | null;

/** The base32 secret in groups of four, easier to type and to check. */
export function groupedSecret(secret: string): string {
  return secret.replace(/(.{4})/g, '$1 ').trim();
}

export function TotpSection({ factors, onChanged }: { factors: Factors; onChanged: () => void }) {
  const focusFirstProblem = useProblemFocus();
  const s = useT(securityMessages);
  const a = useT(appMessages);
  const { confirmed } = useReauth();
  const id = useId();
  const [enrolment, setEnrolment] = useState<{ secret: string; uri: string } | null>(null);
  const [codes, setCodes] = useState<string[] | null>(null);
  const [code, setCode] = useState('');
  const [codeProblem, setCodeProblem] = useState<string | null>(null);
  const [turningOff, setTurningOff] = useState(false);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const codesHeading = useRef<HTMLHeadingElement>(null);
  const enrolHeading = useRef<HTMLHeadingElement>(null);

  const refused = (result: Parameters<typeof signInProblem>[0]) =>
    setOutcome({ text: signInProblem(result, 'code', s, a), ok: false });

  const showCodes = (list: string[]) => setCodes(list);
  // Focus moves to the codes once they are on the page (after React has drawn them, not before).
  useEffect(() => {
    if (codes) codesHeading.current?.focus();
  }, [codes]);
  useEffect(() => {
    if (enrolment) enrolHeading.current?.focus();
  }, [enrolment]);

  const begin = async () => {
    setBusy(true);
    setOutcome(null);
    const result = await confirmed(() => startTotp());
    setBusy(false);
    if (!result.ok) return refused(result);
    setEnrolment(result.value);
    setCode('');
    onChanged();
  };

  const confirm = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    if (code.trim() === '') {
      setCodeProblem(a('form.required'));
      focusFirstProblem(form);
      return;
    }
    setBusy(true);
    setCodeProblem(null);
    const result = await confirmTotp(code.trim());
    setBusy(false);
    if (!result.ok) {
      setCodeProblem(signInProblem(result, 'code', s, a));
      focusFirstProblem(form);
      return;
    }
    setEnrolment(null);
    setOutcome({ text: s('totp.enabled'), ok: true });
    showCodes(result.value.recoveryCodes);
    onChanged();
  };

  const regenerate = async () => {
    setBusy(true);
    setOutcome(null);
    const result = await confirmed(() => newRecoveryCodes());
    setBusy(false);
    if (!result.ok) return refused(result);
    showCodes(result.value.recoveryCodes);
    onChanged();
  };

  const turnOff = async () => {
    setBusy(true);
    setOutcome(null);
    const result = await confirmed(() => removeTotp());
    setBusy(false);
    setTurningOff(false);
    if (!result.ok) return refused(result);
    setCodes(null);
    setOutcome({ text: s('totp.turnedOff'), ok: true });
    onChanged();
  };

  const on = factors.totp === 'on';

  return (
    <section className="security-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{s('totp.title')}</h2>
      <p className="page-intro">{s('totp.text')}</p>
      <p className="factor-state">
        <span className={`factor-state__mark factor-state__mark--${on ? 'on' : 'off'}`} aria-hidden="true">
          {on ? '✓' : '–'}
        </span>{' '}
        <span>{on ? s('totp.on', { n: factors.recoveryCodesLeft }) : s('totp.off')}</span>
      </p>

      {codes && (
        <div className="recovery-codes" role="region" aria-labelledby={`${id}-codes`}>
          <h3 id={`${id}-codes`} ref={codesHeading} tabIndex={-1}>
            {s('totp.codesTitle')}
          </h3>
          <p>{s('totp.codesText')}</p>
          <ol className="recovery-codes__list">
            {codes.map((c) => (
              <li key={c}>
                <code>{c}</code>
              </li>
            ))}
          </ol>
          <button type="button" className="button button--primary" onClick={() => setCodes(null)}>
            {s('totp.codesDone')}
          </button>
        </div>
      )}

      {enrolment ? (
        <div className="totp-enrol">
          <h3 ref={enrolHeading} tabIndex={-1}>
            {s('totp.setUp')}
          </h3>
          <p>{s('totp.scan')}</p>
          <div className="totp-enrol__qr">
            <QrCode text={enrolment.uri} label={s('totp.qr')} />
          </div>
          <p className="totp-enrol__secret">
            <span className="totp-enrol__label">{s('totp.secret')}</span>{' '}
            <code data-secret={enrolment.secret}>{groupedSecret(enrolment.secret)}</code>
          </p>
          <form className="form" onSubmit={(e) => void confirm(e)} noValidate>
            <Field
              label={s('totp.code')}
              help={s('totp.codeHelp')}
              name="totp-code"
              inputMode="numeric"
              autoComplete="one-time-code"
              maxLength={8}
              value={code}
              onChange={(e) => setCode(e.target.value)}
              problem={codeProblem}
            />
            <div className="button-row">
              <button type="submit" className="button button--primary" disabled={busy}>
                {busy ? a('form.working') : s('totp.confirm')}
              </button>
              <button type="button" className="button" onClick={() => setEnrolment(null)}>
                {s('totp.cancelSetUp')}
              </button>
            </div>
          </form>
        </div>
      ) : on ? (
        <div className="button-stack">
          <div>
            <button type="button" className="button" disabled={busy} onClick={() => void regenerate()}>
              {s('totp.newCodes')}
            </button>
            <p className="field__help">{s('totp.newCodesHelp')}</p>
          </div>
          {turningOff ? (
            <div className="confirm-box" role="group" aria-labelledby={`${id}-off`}>
              <p id={`${id}-off`}>{s('totp.turnOffSure')}</p>
              <div className="button-row">
                <button type="button" className="button button--danger" disabled={busy} onClick={() => void turnOff()}>
                  {s('totp.turnOffYes')}
                </button>
                <button type="button" className="button" onClick={() => setTurningOff(false)}>
                  {a('action.cancel')}
                </button>
              </div>
            </div>
          ) : (
            <div>
              <button type="button" className="button" onClick={() => setTurningOff(true)}>
                {s('totp.turnOff')}
              </button>
            </div>
          )}
        </div>
      ) : (
        <button type="button" className="button button--primary" disabled={busy} onClick={() => void begin()}>
          {busy ? a('form.working') : s('totp.setUp')}
        </button>
      )}
      <p role="status" className={`form__outcome ${outcome && !outcome.ok ? 'form__outcome--problem' : ''}`}>
        {outcome?.text}
      </p>
    </section>
  );
}
