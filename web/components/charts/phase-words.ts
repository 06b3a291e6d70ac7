/** The catalog key of each phase's name. */
import type { Phase } from '../../../src/core/vocabulary.js';

export const phaseKey = {
  isolated: 'phase.isolated',
  agitated: 'phase.agitated',
  connected: 'phase.connected',
  ready: 'phase.ready',
} as const satisfies Record<Phase, string>;
