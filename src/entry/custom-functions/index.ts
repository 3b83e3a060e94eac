// The formula API: every CRM_ custom function, as thin wrappers over src/core.
//
// How every function treats its arguments (product.md section 3):
// - each per-row argument is one value or a one-column range; one value is used on every row;
// - a blank input row gives a blank output row; a bad row gives "row N: reason" in that row only
//   (N counts from 1 within the range) and never fails the rest;
// - "", null and undefined all mean an omitted argument;
// - a problem with the whole call (a required argument missing, ranges of different lengths, a
//   fit that cannot run) is returned as the formula's value, "CRM_NAME: reason", never thrown:
//   a thrown error shows only #ERROR! in the cell;
// - calls without any range return one value; calls with a range return a column or a table.
import { btydEntryPoints } from './btyd';
import { metricEntryPoints } from './metrics';
import { modelCheckEntryPoints } from './model-check';
import { modelEntryPoints } from './models';

/** Every custom function, in the order the build generates their stubs and the sidebar lists them. */
export const customFunctionEntryPoints = {
  ...btydEntryPoints,
  ...metricEntryPoints,
  ...modelEntryPoints,
  ...modelCheckEntryPoints,
};
