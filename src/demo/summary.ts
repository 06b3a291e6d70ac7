/**
 * A short account of a generated demo: how many records of each kind, how many hospitals and units, and the
 * dates it spans. It can be tallied chunk by chunk while streaming, or from records already in memory.
 */
import { translator, type Lang } from '../core/i18n/i18n.js';
import { POWER_KINDS, RECORD_KINDS, WORKSPACE_KINDS, type RecordKind, type WorkspaceRecords } from '../core/records.js';
import { DEMO_MESSAGES } from './demo-messages.js';
import type { DemoChunk } from './stream.js';

export interface DemoSummary {
  counts: Record<RecordKind, number>;
  /** Hospitals: the top-level units. */
  sites: number;
  /** Units people work in (`Hospital/Department/Shift`). */
  units: number;
  /** The earliest and latest date of an interaction, tie observation or action. */
  from: string | null;
  to: string | null;
}

export class DemoTally {
  private readonly counts = Object.fromEntries(WORKSPACE_KINDS.map((k) => [k, 0])) as Record<RecordKind, number>;
  private readonly units = new Set<string>();
  private readonly sites = new Set<string>();
  private from: string | null = null;
  private to: string | null = null;

  add(chunk: DemoChunk): void {
    this.counts[chunk.kind] += chunk.records.length;
    switch (chunk.kind) {
      case 'people':
        for (const p of chunk.records) {
          if (p.unit === null) continue;
          this.units.add(p.unit);
          this.sites.add(p.unit.split('/')[0] as string);
        }
        return;
      case 'interactions':
        for (const i of chunk.records) this.date(i.occurredOn);
        return;
      case 'ties':
        for (const t of chunk.records) this.date(t.observedOn);
        return;
      case 'actions':
        for (const a of chunk.records) this.date(a.occurredOn);
        return;
      default:
        return;
    }
  }

  private date(iso: string): void {
    if (this.from === null || iso < this.from) this.from = iso;
    if (this.to === null || iso > this.to) this.to = iso;
  }

  get summary(): DemoSummary {
    return { counts: { ...this.counts }, sites: this.sites.size, units: this.units.size, from: this.from, to: this.to };
  }
}

export function summarizeDemo(records: WorkspaceRecords): DemoSummary {
  const tally = new DemoTally();
  for (const kind of WORKSPACE_KINDS) tally.add({ kind, records: records[kind] } as DemoChunk);
  return tally.summary;
}

/** The summary as lines for a terminal. */
export function formatDemoSummary(summary: DemoSummary, lang: Lang = 'en'): string[] {
  const t = translator(DEMO_MESSAGES, lang);
  const number = new Intl.NumberFormat(lang);
  return [
    t('summary', {
      sites: number.format(summary.sites),
      siteCount: summary.sites,
      units: number.format(summary.units),
      people: number.format(summary.counts.people),
      from: summary.from ?? '-',
      to: summary.to ?? '-',
    }),
    ...RECORD_KINDS.map((kind) => t('summary_count', { label: t(kind), n: number.format(summary.counts[kind]) })),
    // the power map's kinds, when the demo holds them
    ...POWER_KINDS.filter((kind) => summary.counts[kind] > 0).map((kind) =>
      t('summary_count', { label: t(kind), n: number.format(summary.counts[kind]) }),
    ),
  ];
}
