import { describe, expect, it } from 'vitest';
import { pullInStragglers } from './map-layout.js';

describe('the map layout', () => {
  it('brings people with no tie in from far away, so the web is not shrunk into a corner', () => {
    const n = 50;
    const x = new Float32Array(n);
    const y = new Float32Array(n);
    for (let i = 0; i < n - 1; i++) {
      x[i] = Math.cos(i) * (i % 10);
      y[i] = Math.sin(i) * (i % 10);
    }
    x[n - 1] = 1000;
    y[n - 1] = 0;
    const before = Array.from(x.subarray(0, n - 1));
    pullInStragglers(x, y);
    expect(x[n - 1]).toBeLessThan(20);
    expect(x[n - 1]).toBeGreaterThan(5);
    expect(y[n - 1]).toBeCloseTo(0, 0);
    // Everyone else stays where the layout put them.
    expect(Array.from(x.subarray(0, n - 1))).toEqual(before);
  });
});
