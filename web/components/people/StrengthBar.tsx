/**
 * A tie's strength as a bar and its number, with the word strong or weaker: the number is what a screen
 * reader hears, the bar is a picture of it, and the pattern (solid or hatched) reads without colour.
 */
import { formatStrength } from '../../app/format.js';
import { useLang } from '../../app/lang.js';

export function StrengthBar({ strength, strong, label }: { strength: number; strong: boolean; label: string }) {
  const { lang } = useLang();
  const share = Math.max(0, Math.min(1, strength));
  return (
    <span className={`strength ${strong ? 'strength--strong' : 'strength--weak'}`}>
      <span className="strength__track" aria-hidden="true">
        <span className="strength__fill" style={{ width: `${share * 100}%` }} />
      </span>
      <span className="strength__number">{formatStrength(lang, strength)}</span>
      <span className="strength__word">{label}</span>
    </span>
  );
}
