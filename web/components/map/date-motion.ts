/**
 * How the map's date has been moving. While the date slider is dragged or the replay plays on a large web,
 * the map draws every strong tie of the date but only the weak ties first seen in the last moments of the
 * motion; once the date has rested, every tie is drawn again, as after a camera move (map-renderer.ts).
 * A single move (a click on the slider, one arrow key) is not a motion: everything is drawn at once, so that
 * stepping through dates by keyboard does not make the weak ties blink.
 * Times are milliseconds on one clock (performance.now() in the page); days as in map-model.ts.
 */
export class DateMotion {
  /** The day on screen before the oldest mark still needed. */
  private base = 0;
  /** Each move's time and new day, oldest first. */
  private marks: { at: number; day: number }[] = [];
  /** Moves since the date last rested. */
  private moves = 0;

  constructor(
    /** How long a newly seen weak tie stays drawn while the date moves. */
    private readonly recentMs: number,
    /** How long the date must stay put before every tie is drawn again. */
    private readonly restMs: number,
  ) {}

  /** The date moved from `from` to `to` at time `at`. */
  moved(at: number, from: number, to: number): void {
    const last = this.marks.at(-1);
    if (last === undefined || at - last.at >= this.restMs) {
      this.base = from;
      this.marks = [];
      this.moves = 0;
    }
    this.moves++;
    this.marks.push({ at, day: to });
    // A mark older than the recent window matters only until a newer one is older too.
    const cutoff = at - this.recentMs;
    while (this.marks.length > 1 && this.marks[1]!.at <= cutoff) this.base = this.marks.shift()!.day;
  }

  /** True unless the date has moved more than once without resting for `restMs`. */
  resting(now: number): boolean {
    const last = this.marks.at(-1);
    return last === undefined || this.moves < 2 || now - last.at >= this.restMs;
  }

  /**
   * While moving: the day that was on screen `recentMs` ago, capped at `day` (the current one), so that the
   * weak ties to draw are those first seen after it. Null when resting: draw them all.
   */
  recentSince(now: number, day: number): number | null {
    if (this.resting(now)) return null;
    const then = now - this.recentMs;
    let shown = this.base;
    for (const mark of this.marks) {
      if (mark.at > then) break;
      shown = mark.day;
    }
    return Math.min(shown, day);
  }
}
