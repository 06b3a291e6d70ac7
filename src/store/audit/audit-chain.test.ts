import { describe, expect, it } from 'vitest';
import { canonicalJson, checkChain, entryHash, GENESIS_HASH, type StoredEntry } from './audit-chain.js';

function chain(n: number): StoredEntry[] {
  const out: StoredEntry[] = [];
  let prev = GENESIS_HASH;
  for (let seq = 1; seq <= n; seq++) {
    const fields = {
      seq,
      at: `2025-01-0${seq}T00:00:00.000Z`,
      actorId: seq,
      action: 'notes_read',
      workspaceId: 1,
      subject: `i${seq}`,
      details: canonicalJson({ conversations: [`i${seq}`] }),
    };
    const hash = entryHash(fields, prev);
    out.push({ ...fields, prevHash: prev, hash });
    prev = hash;
  }
  return out;
}

describe('the audit chain', () => {
  it('writes the same value the same way whatever the order of its keys', () => {
    expect(canonicalJson({ b: [2, { d: 1, c: null }], a: 'x' })).toBe('{"a":"x","b":[2,{"c":null,"d":1}]}');
  });

  it('an untouched chain has no problems and names its last entry', () => {
    const entries = chain(5);
    expect(checkChain(entries)).toEqual({ entries: 5, problems: [], head: { seq: 5, hash: entries[4]!.hash } });
  });

  it('names an edited entry, a removed one, and one rehashed to hide its edit', () => {
    const entries = chain(8);
    entries[1] = { ...entries[1]!, subject: 'someone else' };
    entries.splice(3, 1);
    const fifth = entries[4]!;
    const forged = { ...fifth, action: 'sign_in' };
    entries[4] = { ...forged, hash: entryHash(forged, fifth.prevHash) };
    expect(checkChain(entries).problems).toEqual([
      { seq: 2, problem: 'edited' },
      { seq: 4, problem: 'removed' },
      { seq: 6, problem: 'edited' },
    ]);
  });

  it('a first entry that does not start from the beginning of the chain is named', () => {
    const entries = chain(2);
    const first = { ...entries[0]!, prevHash: 'f'.repeat(64) };
    entries[0] = { ...first, hash: entryHash(first, first.prevHash) };
    expect(checkChain(entries).problems).toEqual([{ seq: 1, problem: 'edited' }]);
  });
});
