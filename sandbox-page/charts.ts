// The tab's embedded charts drawn as SVG from their data blocks (column, bar, line, pie), labels as text only.

/** A chart as the server sends it: the emulator's ChartData with the values of its data blocks. */
export interface ChartView {
  kind: string;
  anchorRow: number;
  anchorColumn: number;
  numHeaders: number;
  options: Record<string, unknown>;
  data: unknown[][][];
}

const SVG = 'http://www.w3.org/2000/svg';
const COLORS = ['#4285f4', '#db4437', '#f4b400', '#0f9d58', '#ab47bc', '#00acc1', '#ff7043', '#9e9d24'];

function svg<K extends keyof SVGElementTagNameMap>(
  name: K,
  attributes: Record<string, string | number>,
): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG, name);
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, String(value));
  return element;
}

function label(x: number, y: number, text: string, anchor = 'middle', size = 11): SVGTextElement {
  const element = svg('text', { x, y, 'text-anchor': anchor, 'font-size': size, fill: '#3c4043' });
  element.textContent = text;
  return element;
}

/** The first block's rows below its headers, as [label, first series value]. */
function points(chart: ChartView): Array<[string, number]> {
  const rows = (chart.data[0] ?? []).slice(chart.numHeaders);
  return rows
    .map((row): [string, number] => [String(row[0] ?? ''), Number(row[1])])
    .filter(([, value]) => Number.isFinite(value));
}

/** Draws one chart in a box of its width and height options (Sheets' default 600 × 371). */
export function drawChart(chart: ChartView): SVGSVGElement {
  const width = Number(chart.options.width) || 600;
  const height = Number(chart.options.height) || 371;
  const root = svg('svg', { width, height, viewBox: `0 0 ${width} ${height}`, class: 'chart', role: 'img' });
  root.append(svg('rect', { x: 0, y: 0, width, height, fill: '#fff', stroke: '#dadce0' }));
  const title = String(chart.options.title ?? '');
  root.setAttribute('aria-label', title || 'Chart');
  root.append(label(width / 2, 20, title, 'middle', 14));
  const data = points(chart);
  if (data.length === 0) return root;
  const top = 36;
  const bottom = height - 40;
  const left = 72;
  const right = width - 20;
  const max = Math.max(...data.map(([, v]) => v), 0) || 1;
  if (chart.kind === 'pie') {
    const total = data.reduce((sum, [, v]) => sum + Math.max(v, 0), 0) || 1;
    const r = Math.min(bottom - top, right - left) / 2 - 4;
    const cx = left + r;
    const cy = (top + bottom) / 2;
    let angle = -Math.PI / 2;
    data.forEach(([name, value], i) => {
      const sweep = (Math.max(value, 0) / total) * Math.PI * 2;
      const end = angle + sweep;
      const large = sweep > Math.PI ? 1 : 0;
      const path = `M ${cx} ${cy} L ${cx + r * Math.cos(angle)} ${cy + r * Math.sin(angle)} A ${r} ${r} 0 ${large} 1 ${cx + r * Math.cos(end)} ${cy + r * Math.sin(end)} Z`;
      root.append(svg('path', { d: path, fill: COLORS[i % COLORS.length] }));
      root.append(
        svg('rect', {
          x: cx + r + 20,
          y: top + i * 16,
          width: 10,
          height: 10,
          fill: COLORS[i % COLORS.length],
        }),
      );
      root.append(label(cx + r + 36, top + i * 16 + 9, name, 'start'));
      angle = end;
    });
    return root;
  }
  root.append(svg('line', { x1: left, y1: bottom, x2: right, y2: bottom, stroke: '#9aa0a6' }));
  root.append(label(left - 6, top + 4, Math.round(max).toLocaleString(), 'end'));
  root.append(label(left - 6, bottom, '0', 'end'));
  const step = (right - left) / data.length;
  if (chart.kind === 'line') {
    const line = data
      .map(([, v], i) => `${left + step * (i + 0.5)},${bottom - (v / max) * (bottom - top)}`)
      .join(' ');
    root.append(svg('polyline', { points: line, fill: 'none', stroke: COLORS[0], 'stroke-width': 2 }));
  } else if (chart.kind === 'bar') {
    // Horizontal bars: one row of the block each.
    const band = (bottom - top) / data.length;
    data.forEach(([name, value], i) => {
      const y = top + band * i;
      root.append(
        svg('rect', {
          x: left,
          y: y + band * 0.15,
          width: (Math.max(value, 0) / max) * (right - left),
          height: band * 0.7,
          fill: COLORS[0],
        }),
      );
      root.append(label(left - 6, y + band / 2 + 4, name, 'end', 10));
    });
    return root;
  } else {
    data.forEach(([, value], i) => {
      const h = (Math.max(value, 0) / max) * (bottom - top);
      root.append(
        svg('rect', {
          x: left + step * (i + 0.15),
          y: bottom - h,
          width: step * 0.7,
          height: h,
          fill: COLORS[0],
        }),
      );
    });
  }
  const every = Math.ceil(data.length / 12);
  data.forEach(([name], i) => {
    if (i % every === 0) root.append(label(left + step * (i + 0.5), bottom + 14, name, 'middle', 10));
  });
  return root;
}
