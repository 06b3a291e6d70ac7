/**
 * The audit log's chain: how an entry is written down canonically and hashed. Each entry's hash is the
 * SHA-256 of its canonical JSON followed by the previous entry's hash, so changing, removing or reordering
 * any entry breaks every link after it (docs/security.md, "Audit log").
 */
import { createHash } from 'node:crypto';

/** The hash before the first entry. */
export const GENESIS_HASH = '0'.repeat(64);

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** JSON with object keys sorted at every depth and no whitespace: one text for one value. */
export function canonicalJson(value: JsonValue): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const keys = Object.keys(value).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(value[k]!)}`).join(',')}}`;
}

/** What the hash of an entry covers: everything but the hash itself. */
export interface ChainedFields {
  seq: number;
  at: string;
  actorId: number | null;
  action: string;
  workspaceId: number | null;
  subject: string | null;
  /** Canonical JSON text of the details. */
  details: string;
}

export function entryHash(entry: ChainedFields, prevHash: string): string {
  const body = canonicalJson({
    seq: entry.seq,
    at: entry.at,
    actor: entry.actorId,
    action: entry.action,
    workspace: entry.workspaceId,
    subject: entry.subject,
    details: entry.details,
  });
  return createHash('sha256').update(body).update('\n').update(prevHash).digest('hex');
}

export interface StoredEntry extends ChainedFields {
  prevHash: string;
  hash: string;
}

/** An entry found edited (its hash no longer matches, or the next entry's link to it does not) or removed. */
export interface ChainProblem {
  seq: number;
  problem: 'edited' | 'removed';
}

export interface ChainCheck {
  /** Entries read. */
  entries: number;
  problems: ChainProblem[];
  /** The last entry: write it down elsewhere to detect entries cut from the end later. */
  head: { seq: number; hash: string } | null;
}

/**
 * Walks the entries in seq order and names every edited or removed one. Entries cut from the very end leave
 * no gap; comparing the head with one noted earlier finds them (`sunspace audit verify --head`).
 */
export class ChainChecker {
  private readonly problems = new Map<number, ChainProblem['problem']>();
  private expectedSeq = 1;
  private expectedPrev = GENESIS_HASH;
  private count = 0;
  private head: ChainCheck['head'] = null;

  add(e: StoredEntry): void {
    this.count++;
    const gap = e.seq > this.expectedSeq;
    for (let s = this.expectedSeq; s < e.seq; s++) this.problems.set(s, 'removed');
    if (entryHash(e, e.prevHash) !== e.hash) this.problems.set(e.seq, 'edited');
    if (!gap && e.prevHash !== this.expectedPrev) {
      // Rehashed after an edit: its own hash fits, but the next entry still links to the old one.
      const culprit = e.seq === 1 ? 1 : e.seq - 1;
      if (!this.problems.has(culprit)) this.problems.set(culprit, 'edited');
    }
    this.expectedSeq = Math.max(this.expectedSeq, e.seq + 1);
    this.expectedPrev = e.hash;
    this.head = { seq: e.seq, hash: e.hash };
  }

  result(): ChainCheck {
    return {
      entries: this.count,
      problems: [...this.problems].map(([seq, problem]) => ({ seq, problem })).sort((a, b) => a.seq - b.seq),
      head: this.head,
    };
  }
}

export function checkChain(entries: Iterable<StoredEntry>): ChainCheck {
  const checker = new ChainChecker();
  for (const e of entries) checker.add(e);
  return checker.result();
}
