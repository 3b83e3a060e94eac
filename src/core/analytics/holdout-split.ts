// Where refresh cuts a business's order history into a calibration period and a holdout to check the models on.

/** The holdout is this share of the history, counted back from the refresh day. */
const HOLDOUT_SHARE = 1 / 3;
/** Fewer whole weeks than this in the holdout and the check says too little to choose by. */
export const MIN_HOLDOUT_WEEKS = 8;

/** The days that end the calibration period and the holdout, and the holdout's length. */
export type HoldoutSplit =
  | { ok: true; calibrationDay: number; holdoutDay: number; weeks: number }
  | { ok: false; reason: string };

/**
 * The holdout is the last third of the span from the first order to the refresh day, in whole
 * weeks (rounded down), and must be at least 8 weeks: so the history must span 24 weeks or more.
 * The calibration period is everything before it. O(1).
 * @example holdoutSplit(0, 273) // => { ok: true, calibrationDay: 182, holdoutDay: 273, weeks: 13 }
 */
export function holdoutSplit(firstDay: number, asOfDay: number): HoldoutSplit {
  const weeks = Math.floor(((asOfDay - firstDay) * HOLDOUT_SHARE) / 7);
  if (!(weeks >= MIN_HOLDOUT_WEEKS))
    return {
      ok: false,
      reason: `your orders span ${Math.max(0, Math.floor((asOfDay - firstDay) / 7))} weeks and checking on recent weeks needs ${MIN_HOLDOUT_WEEKS * 3}`,
    };
  return { ok: true, calibrationDay: asOfDay - 7 * weeks, holdoutDay: asOfDay, weeks };
}
