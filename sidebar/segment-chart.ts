// The Segments tab's bar chart: one CSS bar per segment, built with DOM calls (no library, nothing fetched).
import type { SegmentSummary } from '../src/core/segments/segment-summary';
import { element } from './dom';
import { formatCount, formatMoney, formatShare } from './segment-figures';

/** The figure a chart compares. */
export type SegmentMeasure = 'customers' | 'revenueShare' | 'avgClv' | 'avgChurnRisk';

export const MEASURES: Readonly<
  Record<SegmentMeasure, { label: string; format: (s: SegmentSummary) => string }>
> = {
  customers: { label: 'Customers', format: (s) => formatCount(s.customers) },
  revenueShare: { label: 'Revenue share', format: (s) => formatShare(s.revenueShare) },
  avgClv: { label: 'Average CLV', format: (s) => formatMoney(s.avgClv) },
  avgChurnRisk: { label: 'Average churn risk', format: (s) => formatShare(s.avgChurnRisk) },
};

function figureOf(segment: SegmentSummary, measure: SegmentMeasure): number {
  const value = segment[measure];
  return value === null || !Number.isFinite(value) ? 0 : Math.max(0, value);
}

/**
 * A horizontal bar per segment, its length relative to the largest value of `measure` (shares and
 * risks relative to 100 %), the segment's name and its value as text. `onPick` runs when a bar is
 * clicked; the table beside it is the keyboard's way in, so bars are not tab stops.
 */
export function segmentChart(
  segments: readonly SegmentSummary[],
  measure: SegmentMeasure,
  onPick: (index: number) => void,
  selected: number | null,
): HTMLElement {
  const chart = element('div', 'bar-chart');
  const largest =
    measure === 'revenueShare' || measure === 'avgChurnRisk'
      ? 1
      : Math.max(0, ...segments.map((s) => figureOf(s, measure)));
  segments.forEach((segment, i) => {
    const row = element('div', i === selected ? 'bar-row selected' : 'bar-row');
    row.dataset.index = String(i);
    const label = element('span', 'bar-label', segment.name);
    const track = element('span', 'bar-track');
    const bar = element('span', 'bar');
    const width = largest > 0 ? (100 * figureOf(segment, measure)) / largest : 0;
    bar.style.width = `${Math.min(100, width).toFixed(1)}%`;
    track.append(bar);
    const value = element('span', 'bar-value', MEASURES[measure].format(segment));
    row.append(label, track, value);
    row.addEventListener('click', () => onPick(i));
    chart.append(row);
  });
  return chart;
}
