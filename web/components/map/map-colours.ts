/**
 * Colours of the map. Unit and group colours only tell neighbours apart (the legend and the labels say
 * which is which); ties are told apart by thickness as well as shade, so nothing rests on colour alone.
 */

/** Ten well-separated colours (after Tableau 10, darkened), each with at least 3:1 contrast on white. */
export const CATEGORY_COLOURS = [
  '#2f6ba8',
  '#d0600b',
  '#c62f36',
  '#1f8781',
  '#3f8a2e',
  '#9a7500',
  '#8a4f9e',
  '#c2356f',
  '#7d5a45',
  '#5f6670',
] as const;

export const NO_CATEGORY_COLOUR = '#8a9099';

export function categoryColour(index: number, name: string): string {
  if (name === '') return NO_CATEGORY_COLOUR;
  return CATEGORY_COLOURS[index % CATEGORY_COLOURS.length]!;
}

/**
 * Opaque on purpose: one-pixel lines with alpha come out dotted in software WebGL (seen in the harness's
 * screenshots), and opaque lines cost less to blend.
 */
export const STRONG_TIE = { color: '#454b55', size: 2 } as const;
export const WEAK_TIE = { color: '#cdd1d6', size: 1 } as const;

/** Dot size in screen pixels from trust in [0, 1]. */
export function trustSize(trust: number): number {
  const t = Number.isFinite(trust) ? Math.min(1, Math.max(0, trust)) : 0;
  return 2.5 + 7.5 * Math.sqrt(t);
}
