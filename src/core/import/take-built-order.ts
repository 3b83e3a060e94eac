// What a preset keeps of one built order: its problems and warnings go to the file's result.
import type { BuiltOrder } from './build-order';
import type { IncomingOrder, PresetResult } from './incoming-records';

/** Files the problems and warnings of `built` into `result`; returns the order, or null when the row was rejected. */
export function takeBuiltOrder(result: PresetResult, built: BuiltOrder): IncomingOrder | null {
  result.rejected.push(...built.problems);
  result.warnings.push(...built.warnings);
  return built.order;
}
