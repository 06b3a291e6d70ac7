/**
 * The analysis in plain words for a terminal (`sunspace analyze` without --json): each unit's phase and what
 * would move it forward, stone and sand, readiness against the supermajority line, care signals with their
 * advice. No colours; no line longer than `width` (96 by default, under 100).
 */
import type { Lang } from '../i18n/i18n.js';
import { translator } from '../i18n/i18n.js';
import type { Phase } from '../vocabulary.js';
import { MODEL_MESSAGES } from './model-messages.js';
import { formatPower } from './power-text.js';
import type { AnalysisReport } from './report.js';
import type { SeriesPoint } from './series.js';
import { FORWARD_STEPS, type ForwardStep } from './unit-figures.js';

export interface TextOptions {
  width?: number;
  /** At most this many ids in any one list before "(and N more)". Default 12. */
  listLimit?: number;
  /** Names to use instead of ids, throughout (the report itself, and its JSON, carry ids). */
  names?: (id: string) => string | undefined;
}

const pct = (x: number) => `${Math.round(x * 100)}%`;

/** Break `text` into lines of at most `width` characters, every line starting with `indent`. */
export function wrap(text: string, width: number, indent = '', hanging = indent): string[] {
  const lines: string[] = [];
  let line = indent;
  let empty = true;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (!empty && line.length + 1 + word.length > width) {
      lines.push(line);
      line = hanging;
      empty = true;
    }
    if (empty && word.length > width - line.length) {
      // a word longer than the line (a very long id): cut it
      let rest = word;
      while (rest.length > width - line.length) {
        const room = Math.max(1, width - line.length);
        lines.push(line + rest.slice(0, room));
        rest = rest.slice(room);
        line = hanging;
      }
      line += rest;
      empty = rest.length === 0;
      continue;
    }
    line += (empty ? '' : ' ') + word;
    empty = false;
  }
  if (!empty) lines.push(line);
  return lines;
}

export function formatReport(report: AnalysisReport, lang: Lang = 'en', options: TextOptions = {}): string {
  const width = options.width ?? 96;
  const limit = options.listLimit ?? 12;
  const t = translator(MODEL_MESSAGES, lang);
  const out: string[] = [];
  const say = (text: string, indent = '', hanging = indent) => out.push(...wrap(text, width, indent, hanging));
  const blank = () => out.push('');
  const nm = (id: string) => options.names?.(id) ?? id;
  const ids = (list: readonly string[]) =>
    list.length > limit
      ? `${list.slice(0, limit).map(nm).join(', ')} ${t('report_more', { count: list.length - limit })}`
      : list.length > 0
        ? list.map(nm).join(', ')
        : t('report_nobody');
  const phase = (p: Phase) => ({ phase: t(`phase_${p}`), means: t(`phase_${p}_means`) });
  const steps = (forward: ForwardStep[], indent: string) => {
    for (const f of forward) {
      say(
        t(`step_${f.step}`, {
          count: f.count ?? 0,
          per: report.lines.coworkersPerOrganizer,
          line: pct(report.lines.supermajority),
        }),
        `${indent}- `,
        `${indent}  `,
      );
    }
  };

  say(t('report_title', { asOf: report.asOf, version: report.modelVersion }));
  blank();
  const o = report.overall;
  say(t('report_whole', phase(o.phase)));
  say(t('report_people', { people: report.people, ties: report.ties.total, strong: report.ties.strong }), '  ');
  say(t('report_coverage', { coverage: pct(report.coverage), cohesion: pct(o.cohesion), heat: pct(o.heat) }), '  ');
  say(
    report.largestStrongGroup.size > 0
      ? t('report_largest_group', {
          size: report.largestStrongGroup.size,
          share: pct(report.largestStrongGroup.share),
        })
      : t('report_no_group'),
    '  ',
  );
  if (report.units.length > 0) say(t('report_cross_unit', { count: report.crossUnitStrongTies }), '  ');
  const ratio =
    o.organizers > 0 ? t('report_ratio', { per: Math.round(o.people / o.organizers) }) : t('report_ratio_none');
  say(t('report_organizers', { count: o.organizers, per: report.lines.coworkersPerOrganizer, ratio }), '  ');
  if (o.forward.length > 0) {
    say(t('report_forward'), '  ');
    steps(o.forward, '  ');
  }
  blank();

  // Units grouped by phase, the ones with most to do first. What would move them forward is said once for
  // the phase; under each unit, only its own numbers (how many have no strong tie, organizers wanted).
  say(t('report_units'));
  if (report.units.length === 0) say(t('report_no_units'), '  ');
  for (const p of ['isolated', 'agitated', 'connected', 'ready'] as const) {
    const units = report.units.filter((u) => u.phase === p);
    if (units.length === 0) continue;
    say(t('report_phase_group', { ...phase(p), count: units.length }), '  ', '    ');
    const kinds = new Set(units.flatMap((u) => u.forward.map((f) => f.step)));
    for (const f of FORWARD_STEPS.filter((k) => kinds.has(k))) {
      const text =
        f === 'get_to_know' || f === 'connect_the_agitated' || f === 'grow_organizers'
          ? t(`general_${f}`, { per: report.lines.coworkersPerOrganizer })
          : t(`step_${f}`, {
              count: 0,
              per: report.lines.coworkersPerOrganizer,
              line: pct(report.lines.supermajority),
            });
      say(text, '    - ', '      ');
    }
    for (const u of units) {
      const needs = u.forward
        .filter((f) => f.count !== undefined && f.count > 0)
        .map((f) =>
          t(`need_${f.step as 'get_to_know' | 'connect_the_agitated' | 'grow_organizers'}`, { count: f.count ?? 0 }),
        );
      const line = t('report_unit_line', {
        unit: u.unit,
        people: u.people,
        coverage: pct(u.coverage),
        cohesion: pct(u.cohesion),
        heat: pct(u.heat),
        organizers: u.organizers,
      });
      say(needs.length > 0 ? `${line} ${capitalize(needs.join('; '))}.` : line, '    ', '      ');
    }
  }
  blank();

  say(t('report_groups'));
  if (report.groups.length === 0) say(t('report_no_groups'), '  ');
  report.groups.slice(0, limit).forEach((g, k) => {
    say(t('report_group_line', { n: k + 1, size: g.members.length, members: ids(g.members) }), '  ', '     ');
  });
  if (report.groups.length > limit) say(t('report_more', { count: report.groups.length - limit }), '  ');
  const scored = (list: AnalysisReport['bridges']) =>
    list.length > 0 ? list.map((x) => `${nm(x.person)} (${x.score})`) : [t('report_nobody')];
  say(`${t('report_bridges')} ${scored(report.bridges).join(', ')}`, '  ', '    ');
  say(`${t('report_trusted')} ${scored(report.trusted).join(', ')}`, '  ', '    ');
  blank();

  say(t('report_supporters', { stone: report.stoneSand.stone.length, sand: report.stoneSand.sand.length }));
  say(`${t('report_stone')} ${ids(report.stoneSand.stone)}`, '  ', '    ');
  say(`${t('report_sand')} ${ids(report.stoneSand.sand)}`, '  ', '    ');
  blank();

  say(t('report_grievances', { line: pct(report.lines.supermajority) }));
  if (report.grievances.length === 0) say(t('report_no_grievances'), '  ');
  for (const g of report.grievances) {
    say(
      t('report_grievance_line', {
        id: g.id,
        title: g.title ?? g.id,
        unit: g.unit ?? t('report_whole_workplace'),
        shared: g.sharedBy,
        affected: g.affected,
        group: g.largestGroup,
        readiness: pct(g.readiness),
        verdict: g.reachesLine ? t('report_reaches_line') : t('report_below_line'),
      }),
      '  ',
      '    ',
    );
  }
  blank();

  say(report.careSignals.length > 0 ? t('report_care', { count: report.careSignals.length }) : t('report_no_care'));
  for (const c of report.careSignals) {
    const kind = t(`kind_${c.kind}`);
    const person = nm(c.person);
    const by = c.by === null ? null : nm(c.by);
    const line =
      by !== null
        ? t('report_care_line', { kind, person, by, since: c.since ?? '?' })
        : c.since !== null
          ? t('report_care_line_nobody', { kind, person, since: c.since })
          : t('report_care_line_plain', { kind, person });
    say(line, '  ', '    ');
    // The advice again in the report's language, with names where the report has them.
    say(t(`care_${c.kind}`, { person, by: by ?? '', since: c.since ?? '' }), '    ');
  }
  if (report.power) {
    blank();
    formatPower(report, { lang, limit, say, blank, ...(options.names ? { names: options.names } : {}) });
  }
  return out.join('\n') + '\n';
}

/** A monthly series as a table: the whole workplace, then each unit. */
export function formatSeries(points: readonly SeriesPoint[], lang: Lang = 'en', options: TextOptions = {}): string {
  const width = options.width ?? 96;
  const t = translator(MODEL_MESSAGES, lang);
  const out: string[] = [];
  if (points.length === 0) return '';
  out.push(
    ...wrap(
      t('series_title', {
        from: points[0]!.asOf.slice(0, 7),
        to: points[points.length - 1]!.asOf.slice(0, 7),
        version: points[0]!.modelVersion,
      }),
      width,
    ),
  );
  const columns = (cells: readonly string[]) =>
    [
      cells[0]!.padEnd(10),
      cells[1]!.padStart(8),
      cells[2]!.padStart(8),
      cells[3]!.padStart(11),
      cells[4]!.padStart(10),
      cells[5]!.padStart(7),
      `  ${cells[6]!}`,
    ]
      .join('')
      .slice(0, width);
  const header = columns(
    (['col_month', 'col_people', 'col_strong', 'col_coverage', 'col_cohesion', 'col_heat', 'col_phase'] as const).map(
      (k) => t(k),
    ),
  );
  const row = (
    month: string,
    f: { people: number; coverage: number; cohesion: number; heat: number; phase: Phase },
    strong: string,
  ) => columns([month, String(f.people), strong, pct(f.coverage), pct(f.cohesion), pct(f.heat), t(`phase_${f.phase}`)]);
  out.push('');
  out.push(header);
  for (const p of points) out.push(row(p.asOf.slice(0, 7), p, String(p.ties.strong)));
  const units = [...new Set(points.flatMap((p) => p.units.map((u) => u.unit)))].sort();
  for (const unit of units) {
    out.push('');
    out.push(...wrap(t('series_unit', { unit }), width));
    out.push(header);
    for (const p of points) {
      const u = p.units.find((x) => x.unit === unit);
      if (u) out.push(row(p.asOf.slice(0, 7), u, ''));
    }
  }
  return out.join('\n') + '\n';
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
