/**
 * Readiness for one grievance: the largest group bound by strong ties among the people who share it, as a
 * share of the people it affects, against the supermajority line (65% by default). The words say what the
 * bar shows; the bar is a picture of them.
 */
import { useLang, useT } from '../../app/lang.js';
import { formatNumber, formatShare } from '../../app/format.js';
import { chartsMessages } from '../../i18n/charts-messages.js';
import { clamp01 } from './scale.js';

export interface ReadinessBarProps {
  /** People in the largest group bound by strong ties among those who share the grievance. */
  bound: number;
  /** People the grievance affects. */
  affected: number;
  /** The supermajority line, as a share. */
  line?: number;
  label?: string;
}

export function ReadinessBar({ bound, affected, line = 0.65, label }: ReadinessBarProps) {
  const t = useT(chartsMessages);
  const { lang } = useLang();
  const share = affected > 0 ? clamp01(bound / affected) : 0;
  const above = affected > 0 && share >= line;
  return (
    <div className={`readiness ${above ? 'readiness--above' : 'readiness--below'}`}>
      {label && <p className="readiness__label">{label}</p>}
      <div className="readiness__track" aria-hidden="true">
        <div className="readiness__fill" style={{ width: `${share * 100}%` }} />
        <div className="readiness__line" style={{ left: `${line * 100}%` }} />
      </div>
      <p className="readiness__text">
        {t('readiness.text', {
          n: bound,
          bound: formatNumber(lang, bound),
          affected: formatNumber(lang, affected),
          share: formatShare(lang, share),
        })}
      </p>
      <p className="readiness__status">
        <span aria-hidden="true">{above ? '▲ ' : '△ '}</span>
        {t(above ? 'readiness.above' : 'readiness.below', { line: formatShare(lang, line) })}
      </p>
    </div>
  );
}
