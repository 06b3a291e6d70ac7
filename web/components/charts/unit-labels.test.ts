import { describe, expect, it } from 'vitest';
import { shortUnitLabels } from './unit-labels.js';

describe('short unit labels', () => {
  it('keep just enough of each path to tell units apart', () => {
    const labels = shortUnitLabels(['A/Nursing/Days', 'A/Nursing/Nights', 'A/Pharmacy/Days', 'B/Lab']);
    expect(Object.fromEntries(labels)).toEqual({
      'A/Nursing/Days': 'Nursing › Days',
      'A/Nursing/Nights': 'Nights',
      'A/Pharmacy/Days': 'Pharmacy › Days',
      'B/Lab': 'Lab',
    });
  });

  it('fall back to the whole path when two paths end the same way all along', () => {
    const labels = shortUnitLabels(['Days', 'A/Days']);
    expect(labels.get('Days')).toBe('Days');
    expect(labels.get('A/Days')).toBe('A › Days');
  });
});
