import type { Command } from 'commander';
import { isIsoDate } from '../../core/dates.js';
import { formatReport, formatSeries } from '../../core/model/report-text.js';
import { modelSettingsOfWorkspace } from '../../core/model/settings.js';
import { focusReport } from '../../core/model/unit-focus.js';
import { analyzeWorkspace, analyzeWorkspaceSeries } from '../../store/analysis.store.js';
import type { Db } from '../../store/database.js';
import { iterateRecords } from '../../store/records.store.js';
import { getWorkspace, listUnits } from '../../store/workspaces.store.js';
import { CliError } from '../cli-error.js';
import { out, type CliContext } from '../context.js';
import { withStore } from '../open-store.js';
import { progressBar } from '../progress.js';

interface AnalyzeFlags {
  workspace: string;
  asOf?: string;
  json?: boolean;
  unit?: string;
  series?: string;
  from?: string;
  to?: string;
}

/**
 * Names for the words report (the JSON keeps ids): people, spaces, and mandates by the start of their text.
 * The report is for whoever holds the database key, who may read them all.
 */
async function reportNames(store: Db, ws: number): Promise<(id: string) => string | undefined> {
  const names = new Map<string, string>();
  for (const kind of ['people', 'spaces'] as const) {
    for await (const page of iterateRecords(store, ws, kind)) for (const r of page) names.set(r.id, r.name);
  }
  for await (const page of iterateRecords(store, ws, 'mandates')) {
    for (const m of page) names.set(m.id, `“${m.text.length > 60 ? `${m.text.slice(0, 57)}...` : m.text}”`);
  }
  return (id) => names.get(id);
}

function date(flag: string, value: string): string {
  if (!isIsoDate(value)) throw new CliError(`${flag} ${value}: a date is written YYYY-MM-DD, for example 2025-03-14`);
  return value;
}

export function registerAnalyze(program: Command, ctx: CliContext): void {
  program
    .command('analyze')
    .description(
      'where strength really is: each unit’s phase and what would move it forward, stone and sand among\n' +
        'supporters, readiness behind each grievance, natural groups, bridges, trusted people, care signals',
    )
    .requiredOption('-w, --workspace <name>', 'the workspace to analyze')
    .option('--as-of <date>', 'analyze the records as they stood on this day (default: today)')
    .option('--json', 'print the report as JSON (keys documented in docs/model.md)')
    .option('--unit <path>', 'narrow the report to one unit, e.g. "Site/Department"')
    .option('--series <monthly>', 'key figures month by month instead of one report')
    .option('--from <date>', 'first month of the series (default: a year before --to)')
    .option('--to <date>', 'last month of the series (default: --as-of or today)')
    .addHelpText(
      'after',
      '\nExamples:\n' +
        '  sunspace analyze --workspace Demo\n' +
        '  sunspace analyze --workspace Demo --unit "Alder Bay Hospital/Emergency" --as-of 2025-06-30\n' +
        '  sunspace analyze --workspace Demo --json > report.json\n' +
        '  sunspace analyze --workspace Demo --series monthly --from 2023-01-01 --to 2025-12-31',
    )
    .action(async (flags: AnalyzeFlags) => {
      const asOf = date('--as-of', flags.asOf ?? ctx.now().toISOString().slice(0, 10));
      if (flags.series !== undefined && flags.series !== 'monthly') {
        throw new CliError(`--series ${flags.series}: the only series is "monthly"`);
      }
      await withStore(ctx, async (store) => {
        const ws = await getWorkspace(store, flags.workspace);
        const settings = modelSettingsOfWorkspace(ws.settings);
        if (flags.unit !== undefined && !(await listUnits(store, ws.id)).includes(flags.unit)) {
          throw new CliError(`there is no unit "${flags.unit}" in ${ws.name}; \`sunspace analyze\` lists the units`);
        }
        if (flags.series) {
          const to = date('--to', flags.to ?? asOf);
          const from = date('--from', flags.from ?? `${Number(to.slice(0, 4)) - 1}${to.slice(4)}`);
          if (from > to) throw new CliError(`--from ${from} is after --to ${to}`);
          let points = await analyzeWorkspaceSeries(store, ws.id, { from, to, settings });
          if (flags.unit) {
            const unit = flags.unit;
            points = points.map((p) => {
              const own = p.units.find((u) => u.unit === unit);
              return {
                ...p,
                ...(own ? { ...own, unit: undefined } : {}),
                units: p.units.filter((u) => u.unit === unit || u.unit.startsWith(`${unit}/`)),
              };
            });
          }
          out(ctx, flags.json ? JSON.stringify(points, null, 2) : formatSeries(points, ctx.lang));
          return;
        }
        const progress = progressBar(ctx);
        let report;
        try {
          report = await analyzeWorkspace(store, ws.id, {
            asOf,
            settings,
            lang: ctx.lang,
            onProgress: (kind, read) => progress.update(kind, read, read),
          });
        } finally {
          progress.stop();
        }
        if (flags.unit) {
          const units = new Map<string, string | null>();
          for await (const page of iterateRecords(store, ws.id, 'people'))
            for (const p of page) units.set(p.id, p.unit);
          report = focusReport(report, flags.unit, (id) => units.get(id))!;
        }
        out(
          ctx,
          flags.json
            ? JSON.stringify(report, null, 2)
            : formatReport(report, ctx.lang, { names: await reportNames(store, ws.id) }),
        );
      });
    });
}
