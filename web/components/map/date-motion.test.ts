import { describe, expect, it } from 'vitest';
import { DateMotion } from './date-motion.js';

describe('the date motion behind the map replay', () => {
  it('a date that never moved is resting: every tie is drawn', () => {
    const motion = new DateMotion(400, 250);
    expect(motion.resting(0)).toBe(true);
    expect(motion.recentSince(0, 100)).toBeNull();
  });

  it('while the replay plays, weak ties first seen in the last moments are drawn, and all return once it rests', () => {
    const motion = new DateMotion(400, 250);
    motion.moved(1000, 0, 10);
    motion.moved(1100, 10, 20);
    // Right after the second step: the ties first seen after day 0.
    expect(motion.recentSince(1100, 20)).toBe(0);
    motion.moved(1200, 20, 30);
    motion.moved(1300, 30, 40);
    motion.moved(1500, 40, 60);
    // 400 ms before 1500 the date showed day 20 (set at 1100).
    expect(motion.recentSince(1500, 60)).toBe(20);
    expect(motion.resting(1700)).toBe(false);
    expect(motion.resting(1750)).toBe(true);
    expect(motion.recentSince(1750, 60)).toBeNull();
  });

  it('dragging the date back draws no weak tie until the date rests', () => {
    const motion = new DateMotion(400, 250);
    motion.moved(0, 60, 50);
    motion.moved(50, 50, 40);
    expect(motion.recentSince(50, 40)).toBe(40);
  });

  it('one step of the date, by a click or an arrow key, draws every tie at once', () => {
    const motion = new DateMotion(400, 250);
    motion.moved(0, 0, 10);
    expect(motion.recentSince(0, 10)).toBeNull();
    motion.moved(1000, 10, 11);
    expect(motion.recentSince(1000, 11)).toBeNull();
  });

  it('a new motion after a rest starts from the date it left', () => {
    const motion = new DateMotion(400, 250);
    motion.moved(0, 0, 10);
    motion.moved(1000, 10, 15);
    motion.moved(1050, 15, 20);
    expect(motion.recentSince(1050, 20)).toBe(10);
  });
});
