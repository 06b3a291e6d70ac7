/**
 * The power map's rules across records (src/core/power-records.ts: referenceProblems), for a bundle: moon
 * sessions in moon spaces, picket shifts in sun spaces, no satellite holding a mandate, no worker's doing
 * taken for a satellite's, and targets (`on`, `reported_to`) that name a person or a unit. What a row names
 * may be in the bundle or already in the workspace; unknown ids are check-references.ts's to report.
 *
 * Records come a batch at a time, in file order: people, spaces and grievances are observed first (keeping
 * only what the rules need: the circles of moon people and satellites, every space's kind, the units), then
 * the power files are checked against them and the workspace.
 */
import type { PowerLookup } from '../core/power-records.js';
import { referenceProblems } from '../core/power-records.js';
import type { Grievance, Person, RecordKind, Space } from '../core/records.js';
import { unitAncestry } from '../core/units.js';
import type { Circle, SpaceKind } from '../core/vocabulary.js';
import { BundleErrors, type BundleError, type BundleErrorCode } from './bundle-errors.js';
import type { BundleSource } from './bundle-source.js';
import { FILE_OF } from './bundle-files.js';
import { placeColumns } from './check-references.js';
import { POWER_COLUMN_OF } from './power-cells.js';

const CHECKED = new Set<RecordKind>(['mandates', 'moon_sessions', 'satellite_effects', 'picket_shifts']);

interface Found {
  file: string;
  line: number;
  column: string;
  code: BundleErrorCode;
  params: { value: string; column: string };
}

export class PowerCheck {
  total = 0;
  private readonly found: Found[] = [];
  private readonly limit: number;
  /** People of the bundle: every id, and the circle of those who are not workers. */
  private readonly people = new Set<string>();
  private readonly outsiders = new Map<string, Circle>();
  private readonly spaces = new Map<string, SpaceKind>();
  private readonly units = new Set<string>();
  private readonly lookup: PowerLookup;

  constructor(stored: PowerLookup, options: { errorLimit?: number } = {}) {
    this.limit = new BundleErrors(options.errorLimit).limit;
    this.lookup = {
      circleOf: (id) => this.outsiders.get(id) ?? (this.people.has(id) ? 'sun' : stored.circleOf(id)),
      spaceKindOf: (id) => this.spaces.get(id) ?? stored.spaceKindOf(id),
      isUnit: (path) => this.units.has(path) || stored.isUnit(path),
    };
  }

  /** Whether any file of this bundle needs the check at all. */
  static needed(kinds: Iterable<RecordKind>): boolean {
    for (const kind of kinds) if (CHECKED.has(kind)) return true;
    return false;
  }

  /** Remember what the rules need of a batch of people, spaces or grievances (other kinds pass by). */
  observe(kind: RecordKind, records: readonly unknown[]): void {
    const unit = (path: string | null) => {
      if (path !== null) for (const u of unitAncestry(path)) this.units.add(u);
    };
    if (kind === 'people') {
      for (const p of records as readonly Person[]) {
        this.people.add(p.id);
        if (p.circle !== 'sun') this.outsiders.set(p.id, p.circle);
        unit(p.unit);
      }
    } else if (kind === 'spaces') {
      for (const s of records as readonly Space[]) {
        this.spaces.set(s.id, s.kind);
        unit(s.unit);
      }
    } else if (kind === 'grievances') {
      for (const g of records as readonly Grievance[]) unit(g.unit);
    }
  }

  /** Check a batch of one file's records; `lines` gives the line each starts on. */
  records(kind: RecordKind, records: readonly unknown[], lines: readonly number[]): void {
    if (!CHECKED.has(kind)) return;
    const file = FILE_OF[kind].file;
    records.forEach((record, i) => {
      for (const p of referenceProblems(kind as 'mandates', record, this.lookup)) {
        this.total += 1;
        if (this.found.length >= this.limit) continue;
        const column = POWER_COLUMN_OF[p.field] ?? p.field;
        this.found.push({ file, line: lines[i]!, column, code: p.code, params: { value: p.value ?? '', column } });
      }
    });
  }

  /** The problems found, each placed at its column (reading again only the files that have some). */
  async finish(source: BundleSource): Promise<{ errors: BundleError[]; errorCount: number }> {
    const errors = new BundleErrors(this.limit);
    const places = await placeColumns(source, this.found);
    this.found.forEach((f, i) => errors.add(f.file, places[i]!, f.code, f.params));
    errors.total = this.total;
    return { errors: errors.list, errorCount: this.total };
  }
}
