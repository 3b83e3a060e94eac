// Emulated embedded charts: the builder Sheet.newChart() returns and the chart it builds.
import type { EmulatedRange } from './emulated-range';
import type { SpreadsheetContext } from './spreadsheet-context';
import type { ChartData } from './workbook-data';

/** A chart on a sheet (built, or inserted and read back with getCharts). */
export class EmulatedEmbeddedChart {
  constructor(
    private readonly ctx: SpreadsheetContext,
    /** What the chart is; the sheet stores this object when the chart is inserted. */
    readonly data: ChartData,
  ) {}

  getChartId(): number | null {
    this.ctx.meter.call('EmbeddedChart', 'getChartId');
    return this.data.chartId;
  }

  getOptions(): { get(option: string): unknown } {
    this.ctx.meter.call('EmbeddedChart', 'getOptions');
    const options = { ...this.data.options };
    return { get: (option: string) => options[option] ?? null };
  }
}

/**
 * Sheet.newChart(): records the kind (as…Chart), data ranges, headers, anchor and options, and builds
 * an EmulatedEmbeddedChart. Every as…Chart returns the same builder, as the real typed builders share
 * these methods.
 */
export class EmulatedEmbeddedChartBuilder {
  private readonly data: ChartData;

  constructor(
    private readonly ctx: SpreadsheetContext,
    chartId: number,
  ) {
    this.data = {
      chartId,
      kind: 'column',
      ranges: [],
      anchorRow: 1,
      anchorColumn: 1,
      numHeaders: -1,
      options: {},
    };
  }

  private call(method: string): void {
    this.ctx.meter.call('EmbeddedChartBuilder', method);
  }

  private as(kind: ChartData['kind'], method: string): this {
    this.call(method);
    this.data.kind = kind;
    return this;
  }

  asAreaChart(): this {
    return this.as('area', 'asAreaChart');
  }
  asBarChart(): this {
    return this.as('bar', 'asBarChart');
  }
  asColumnChart(): this {
    return this.as('column', 'asColumnChart');
  }
  asLineChart(): this {
    return this.as('line', 'asLineChart');
  }
  asPieChart(): this {
    return this.as('pie', 'asPieChart');
  }
  asScatterChart(): this {
    return this.as('scatter', 'asScatterChart');
  }

  addRange(range: EmulatedRange): this {
    this.call('addRange');
    this.data.ranges.push({
      row: range.getRow(),
      column: range.getColumn(),
      numRows: range.getNumRows(),
      numColumns: range.getNumColumns(),
    });
    return this;
  }

  setNumHeaders(headers: number): this {
    this.call('setNumHeaders');
    this.data.numHeaders = headers;
    return this;
  }

  /** Anchors the chart's top-left corner on a cell (1-based), offset in pixels (not modelled). */
  setPosition(anchorRowPos: number, anchorColPos: number, _offsetX: number, _offsetY: number): this {
    this.call('setPosition');
    this.data.anchorRow = anchorRowPos;
    this.data.anchorColumn = anchorColPos;
    return this;
  }

  setOption(option: string, value: unknown): this {
    this.call('setOption');
    this.data.options[option] = structuredClone(value);
    return this;
  }

  /** The chart; throws as Google does when it has no data range. */
  build(): EmulatedEmbeddedChart {
    this.call('build');
    if (this.data.ranges.length === 0) throw new Error('The chart needs at least one data range.');
    return new EmulatedEmbeddedChart(this.ctx, structuredClone(this.data));
  }
}
