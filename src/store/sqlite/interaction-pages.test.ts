import { describe, expect, it } from 'vitest';
import { isoDay } from '../../core/model/iso-day.js';
import { AskLookup, PageParser, type ParseOptions } from './interaction-pages.js';

// Packed rows as SQLite writes them (model-feed.ts): id, date, kind, sides, starter, space, participants.
const row = (...fields: string[]) => fields.join('\t');
const OPTIONS: ParseOptions = {
  asOfDay: isoDay('2024-06-30'),
  largestGathering: 3,
  spaces: [isoDay('2024-01-01'), isoDay('2024-06-30')],
  rows: 10,
};

describe('reading a packed page of interactions into numbers', () => {
  const first = [
    row('i1', '2024-01-02', 'one_on_one', 'work', 'p2', 's1', 'p1;p2'),
    row('i2', '2024-02-01', 'meeting', '', '', '', 'p1;p3;p4'),
    // after the analysis date: left out, and nobody in it numbered
    row('i3', '2024-12-31', 'one_on_one', 'work', 'p9', 's1', 'p1;p9'),
  ].join('\n');
  const firstRaised = [row('i1', 'g1', 'p2'), row('i3', 'g2', 'p9')].join('\n');

  it('numbers people, kinds and spaces in the order first seen, and hands on the new ones', () => {
    const parser = new PageParser(OPTIONS);
    const page = parser.parse(first, firstRaised, '', 'i3')!;
    expect(page.size).toBe(2);
    expect([...page.day.subarray(0, 2)]).toEqual([isoDay('2024-01-02'), isoDay('2024-02-01')]);
    // i1's raising is read before its participants: p2 is seen first
    expect(page.people).toEqual(['p2', 'p1', 'p3', 'p4']);
    expect([...page.who.subarray(0, page.start[2])]).toEqual([1, 0, 1, 2, 3]);
    expect([...page.start.subarray(0, 3)]).toEqual([0, 2, 5]);
    expect([...page.starter.subarray(0, 2)]).toEqual([0, -1]);
    expect(page.hows).toEqual(['one_on_one\twork', 'meeting\t']);
    expect(page.howIds).toEqual(['i1', 'i2']);
    expect([...page.how.subarray(0, 2)]).toEqual([0, 1]);
    expect(page.spaces).toEqual(['s1']);
    expect([...page.space.subarray(0, 2)]).toEqual([0, -1]);
    expect(page.raisedGrievance).toEqual(['g1']);
    expect(page.raisedBy).toEqual([0]);
    expect(page.raisedDay).toEqual([isoDay('2024-01-02')]);

    // the next page hands on only what it saw first; a starter who did not take part is numbered after them
    const next = parser.parse(row('i4', '2024-03-01', 'one_on_one', 'work', 'p5', 's2', 'p1;p6'), '', 'i3', 'i4')!;
    expect(next.people).toEqual(['p6', 'p5']);
    expect([...next.who.subarray(0, 2)]).toEqual([1, 4]);
    expect(next.starter[0]).toBe(5);
    expect(next.hows).toEqual([]);
    expect(next.how[0]).toBe(0);
    expect(next.spaces).toEqual(['s2']);
    expect(next.space[0]).toBe(1);
  });

  it('does not look for the starter of a gathering too large to count, nor number a space outside its days', () => {
    const parser = new PageParser({ ...OPTIONS, spaces: [isoDay('2024-06-01'), isoDay('2024-06-30')] });
    const page = parser.parse(row('i5', '2024-03-01', 'meeting', '', 'p8', 's1', 'p1;p2;p3;p4'), '', '', 'i5')!;
    expect(page.size).toBe(1);
    expect(page.people).toEqual(['p1', 'p2', 'p3', 'p4']);
    expect(page.starter[0]).toBe(-1);
    expect(page.space[0]).toBe(-1);
    expect(page.spaces).toEqual([]);
  });

  it('gives null for raisings that name an interaction not on the page', () => {
    const parser = new PageParser(OPTIONS);
    expect(parser.parse(first, [row('i1', 'g1', 'p2'), row('i1~', 'g2', 'p1')].join('\n'), '', 'i3')).toBeNull();
  });

  it("reads each row's raisings written beside it (the second way to read a page)", () => {
    const parser = new PageParser(OPTIONS);
    const page = parser.parse(
      [
        row('i1', '2024-01-02', 'one_on_one', 'work', 'p2', 's1', 'p1;p2', 'g1:p2;g2:p1'),
        row('i2', '2024-02-01', 'meeting', '', '', '', 'p1;p3', ''),
      ].join('\n'),
      null,
      '',
      'i2',
    )!;
    expect(page.raisedGrievance).toEqual(['g1', 'g2']);
    expect(page.people).toEqual(['p2', 'p1', 'p3']);
    expect(page.raisedBy).toEqual([0, 1]);
    expect([...page.who.subarray(0, page.start[2])]).toEqual([1, 0, 1, 2]);
  });

  it('finds the interactions asks wait for, with their dates, whatever their date', () => {
    const parser = new PageParser(OPTIONS);
    parser.asks = new AskLookup(['i0', 'i2', 'i3', 'zz']);
    const page = parser.parse(first, firstRaised, '', 'i3')!;
    expect(page.asked).toEqual([1, 2]);
    expect(page.askedDates).toEqual(['2024-02-01', '2024-12-31']);
  });
});
