/**
 * The power map in plain words (the power section of `sunspace analyze`; report-text.ts calls it): what each
 * figure means for the committee, for example "Nadia has not reported back on 3 closed-door sessions since
 * April 2025". The report carries ids; a name lookup, when given, puts names in the words.
 */
import type { Lang } from '../i18n/i18n.js';
import { translator } from '../i18n/i18n.js';
import { POWER_MESSAGES } from './power-messages.js';
import type { PowerReport, StrikeReport } from './power-report.js';

export interface PowerTextOptions {
  lang: Lang;
  /** At most this many entries in a list. */
  limit: number;
  /** A person's or a space's name, by id; the id when it has none. */
  names?: (id: string) => string | undefined;
  /** Write a paragraph, wrapped, with its indent and the indent of its following lines. */
  say: (text: string, indent?: string, hanging?: string) => void;
  blank: () => void;
}

const pct = (x: number) => `${Math.round(x * 100)}%`;

/** "April 2025" / "abril de 2025": the month a date falls in. */
function monthOf(date: string, lang: Lang): string {
  return new Intl.DateTimeFormat(lang, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${date.slice(0, 10)}T00:00:00Z`),
  );
}

export function formatPower(report: { power?: PowerReport; strike?: StrikeReport }, o: PowerTextOptions): void {
  const t = translator(POWER_MESSAGES, o.lang);
  const name = (id: string) => o.names?.(id) ?? id;
  const { say, blank, limit } = o;
  const number = (x: number) => new Intl.NumberFormat(o.lang, { maximumFractionDigits: 1 }).format(x);
  const power = report.power;
  if (power) {
    say(t('power_title'));
    say(power.sunSpaces.length > 0 ? t('power_sun') : t('power_no_sun'), '  ');
    for (const x of power.sunSpaces.slice(0, limit)) {
      say(
        t('power_sun_line', {
          space: name(x.space),
          power: number(x.power),
          people: x.people,
          bound: x.bound,
          acted: x.acted,
        }),
        '    - ',
        '      ',
      );
    }
    say(power.moonSpaces.length > 0 ? t('power_moon') : t('power_no_moon'), '  ');
    for (const x of power.moonSpaces.slice(0, limit)) {
      say(
        x.sessions === 0
          ? t('power_moon_none', { space: name(x.space) })
          : t('power_moon_line', {
              space: name(x.space),
              sessions: x.sessions,
              closed: x.closedDoor,
              last: x.lastSession ?? '',
            }),
        '    - ',
        '      ',
      );
    }
    if (power.accountability.length > 0) say(t('power_accountability'), '  ');
    for (const a of power.accountability.slice(0, limit)) {
      const holder = name(a.holder);
      const since = a.overdueSince === null ? '' : monthOf(a.overdueSince, o.lang);
      const parts = [
        a.overdueReportBacks > 0
          ? t(
              a.overdueClosedDoor === 0
                ? 'power_overdue'
                : a.overdueClosedDoor === a.overdueReportBacks
                  ? 'power_overdue_all_closed'
                  : 'power_overdue_closed',
              { holder, closed: a.overdueClosedDoor, count: a.overdueReportBacks, since },
            )
          : a.sessions === 0
            ? t('power_no_sessions', { holder })
            : a.reportedBack === 0
              ? t('power_never_reported', { holder, sessions: a.sessions })
              : t('power_reported', { holder, reported: a.reportedBack, sessions: a.sessions }),
      ];
      if (a.daysSinceReportBack !== null && a.overdueReportBacks > 0) {
        parts.push(t('power_last_report', { days: a.daysSinceReportBack }));
      }
      if (a.closedDoorDecisions > 0) parts.push(t('power_closed_decisions', { count: a.closedDoorDecisions }));
      if (a.mandatesUnaddressed > 0) parts.push(t('power_unaddressed', { count: a.mandatesUnaddressed }));
      say(parts.join(' '), '    - ', '      ');
    }
    if (power.mandates.length > 0) say(t('power_mandates'), '  ');
    for (const m of power.mandates.slice(0, limit)) {
      const parts = [
        t(m.sessions === 0 ? 'power_mandate_line_none' : 'power_mandate_line', {
          mandate: name(m.mandate),
          decided: m.decidedOn,
          holders: m.holders.map(name).join(', '),
          sessions: m.sessions,
        }),
      ];
      if (m.vote) parts.push(t('power_mandate_vote', { yes: m.vote.yes, no: m.vote.no, heldOn: m.vote.heldOn }));
      say(parts.join(' '), '    - ', '      ');
    }
    say(power.satellites.length > 0 ? t('power_satellites') : t('power_no_satellites'), '  ');
    for (const x of power.satellites.slice(0, limit)) {
      const net = x.net > 0 ? `+${x.net}` : String(x.net);
      const line = [t('power_satellite_line', { ...x, person: name(x.person), net })];
      if (x.net < 0) line.push(t('power_satellite_siphons'));
      else if (x.net > 0) line.push(t('power_satellite_nurtures'));
      say(line.join(' '), '    - ', '      ');
    }
    if (power.captureRisk.length > 0) {
      say(t('power_capture'), '  ');
      for (const c of power.captureRisk.slice(0, limit)) {
        say(
          t('power_capture_line', {
            person: name(c.person),
            since: c.since,
            sessions: c.moonSessions,
            before: number(c.workplaceContactBefore),
            after: number(c.workplaceContactAfter),
          }),
          '    - ',
          '      ',
        );
      }
      say(t('power_capture_advice'), '    ');
    }
  }
  const strike = report.strike;
  if (strike && (strike.sites.length > 0 || strike.mutualAid.given > 0)) {
    blank();
    say(t('strike_title'));
    for (const x of strike.sites.slice(0, limit)) {
      const gap = x.gaps[0];
      say(
        t('strike_site_line', {
          space: name(x.space),
          shifts: x.shifts,
          people: x.people,
          coverage: pct(x.coverage),
          gaps: x.gapCount,
        }) +
          (gap
            ? `; ${t('strike_gaps', { gaps: x.gapCount })} (${t('strike_gap', {
                from: gap.from.replace('T', ' '),
                to: gap.to.slice(0, 10) === gap.from.slice(0, 10) ? gap.to.slice(11) : gap.to.replace('T', ' '),
              })})`
            : ''),
        '  - ',
        '    ',
      );
    }
    const aid = strike.mutualAid;
    if (aid.given === 0) say(t('strike_no_aid'), '  ');
    else {
      const kinds = aid.byKind.map((k) =>
        t(k.amount > 0 ? 'strike_aid_amount' : 'strike_aid_kind', {
          kind: t(`aid_${k.kind}`),
          given: k.given,
          amount: number(k.amount),
        }),
      );
      say(`${t('strike_aid', { given: aid.given, people: aid.people, givers: aid.givers })} ${kinds.join(', ')}`, '  ');
    }
    if (strike.unchecked.length > 0) {
      say(t('strike_unchecked', { days: power?.lines.checkInDays ?? '' }), '  ');
      const names = strike.unchecked.map((u) => name(u.person));
      say(names.slice(0, limit).join(', ') + (names.length > limit ? ` (+${names.length - limit})` : ''), '    ');
    }
  }
}
