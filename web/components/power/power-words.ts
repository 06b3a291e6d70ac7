/**
 * The power map's figures in plain words, with the same sentences `sunspace analyze` writes
 * (src/core/model/power-messages.ts, chosen as power-text.ts chooses them): "Ricardo López has not reported
 * back on 10 sessions since July 2026, 9 of them behind closed doors". Names come from the page.
 */
import type { Lang, Params } from '../../../src/core/i18n/i18n.js';
import type { PowerMessageKey } from '../../../src/core/model/power-messages.js';
import type { Accountability, CaptureRisk, SatelliteReport } from '../../../src/core/model/power-report.js';

export type PowerT = (key: PowerMessageKey, params?: Params) => string;

/** "July 2026" / "julio de 2026": the month a date falls in. */
export function monthOf(date: string, lang: Lang): string {
  return new Intl.DateTimeFormat(lang, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${date.slice(0, 10)}T00:00:00Z`),
  );
}

/** What a holder's figures say: the main sentence (overdue, or how they reported), then what else matters. */
export function accountabilityWords(a: Accountability, name: string, t: PowerT, lang: Lang): string[] {
  const since = a.overdueSince === null ? '' : monthOf(a.overdueSince, lang);
  const main =
    a.overdueReportBacks > 0
      ? t(
          a.overdueClosedDoor === 0
            ? 'power_overdue'
            : a.overdueClosedDoor === a.overdueReportBacks
              ? 'power_overdue_all_closed'
              : 'power_overdue_closed',
          { holder: name, closed: a.overdueClosedDoor, count: a.overdueReportBacks, since },
        )
      : a.sessions === 0
        ? t('power_no_sessions', { holder: name })
        : a.reportedBack === 0
          ? t('power_never_reported', { holder: name, sessions: a.sessions })
          : t('power_reported', { holder: name, reported: a.reportedBack, sessions: a.sessions });
  const out = [main];
  if (a.daysSinceReportBack !== null && a.overdueReportBacks > 0) {
    out.push(t('power_last_report', { days: a.daysSinceReportBack }));
  }
  if (a.closedDoorDecisions > 0) out.push(t('power_closed_decisions', { count: a.closedDoorDecisions }));
  if (a.mandatesUnaddressed > 0) out.push(t('power_unaddressed', { count: a.mandatesUnaddressed }));
  return out;
}

export function satelliteWords(s: SatelliteReport, name: string, t: PowerT): string[] {
  const net = s.net > 0 ? `+${s.net}` : s.net < 0 ? `−${-s.net}` : '0';
  const out = [t('power_satellite_line', { ...s, person: name, net })];
  if (s.net < 0) out.push(t('power_satellite_siphons'));
  else if (s.net > 0) out.push(t('power_satellite_nurtures'));
  return out;
}

export function captureWords(
  c: CaptureRisk,
  name: string,
  t: PowerT,
  lang: Lang,
  date: (iso: string) => string,
): string {
  const number = (x: number) => new Intl.NumberFormat(lang, { maximumFractionDigits: 1 }).format(x);
  return t('power_capture_line', {
    person: name,
    since: date(c.since),
    sessions: c.moonSessions,
    before: number(c.workplaceContactBefore),
    after: number(c.workplaceContactAfter),
  });
}
