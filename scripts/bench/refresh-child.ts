// Child process of the refresh benchmark: builds a workbook of N customers and M orders, runs the
// bundle's refresh on it through the local runtime, and prints one JSON line of measurements.
// Run on its own so its peak memory (maxRSS) is this refresh's alone.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { seededRandom } from '../../src/core/models/seeded-random';
import { ensureBundle, ROOT } from '../../src/local/cli/bundle-session';
import { EmulatorEnvironment } from '../../src/local/emulator/emulator-environment';
import { type CellValue, emptyWorkbook } from '../../src/local/emulator/workbook-data';
import { LocalRuntime } from '../../src/local/runtime/local-runtime';

/** What the child reports. */
export interface RefreshBenchReport {
  customers: number;
  orders: number;
  /** Spreadsheet calls of the refresh execution: all of them, and the reads and writes of cells. */
  calls: number;
  getValues: number;
  setValues: number;
  /** Virtual time of the refresh execution on the emulator's clock. */
  virtualMs: number;
  /** Wall time of the refresh execution in Node (bundle loaded in a vm, as Apps Script does). */
  nodeMs: number;
  /** CPU time of the process over the same span (V8's helper threads included): near nodeMs on an idle machine. */
  cpuMs: number;
  /** Peak resident memory of the child process, workbook included. */
  maxRssMb: number;
  /** Peak resident memory before the refresh began: Node, the loader, the bundle and the emulated workbook. */
  rssBeforeMb: number;
  /** Customers whose P(alive) is a number (the rest carry their reason). */
  scored: number;
}

const DAY = 86_400_000;
const START = Date.UTC(2023, 0, 1);
const SPAN_DAYS = 730;

/**
 * Orders of `customers` customers, `orders` in all: customer c buys k_c times (geometric-like
 * counts with the right mean, the remainder spread so the total is exact), the first time on a
 * uniform day of two years, then after exponential gaps (mean 45 days) while inside the two years.
 */
function generate(
  customers: number,
  orders: number,
): { customerRows: CellValue[][]; orderRows: CellValue[][] } {
  const random = seededRandom(7);
  const mean = orders / customers;
  const counts = Array.from(
    { length: customers },
    () => 1 + Math.floor(-Math.log(1 - random()) * (mean - 1)),
  );
  let total = counts.reduce((a, b) => a + b, 0);
  for (let c = 0; total !== orders; c = (c + 1) % customers) {
    if (total < orders) {
      counts[c]++;
      total++;
    } else if (counts[c] > 1) {
      counts[c]--;
      total--;
    }
  }
  const customerRows: CellValue[][] = [];
  const orderRows: CellValue[][] = [];
  let orderId = 0;
  for (let c = 0; c < customers; c++) {
    const id = `C${String(c + 1).padStart(6, '0')}`;
    customerRows.push([id, `Customer ${c + 1}`, `customer${c + 1}@example.com`]);
    let day = Math.floor(random() * SPAN_DAYS * 0.8);
    for (let k = 0; k < counts[c]; k++) {
      orderRows.push([
        String(++orderId),
        id,
        '',
        new Date(START + Math.min(day, SPAN_DAYS - 1) * DAY),
        Math.round((15 + random() * 80) * 100) / 100,
        'EUR',
        `Product ${Math.floor(random() * 40)}`,
        1,
        'shop',
        'paid',
      ]);
      day += 1 + Math.floor(-Math.log(1 - random()) * 45);
    }
  }
  return { customerRows, orderRows };
}

function main(): void {
  const customers = Number(process.argv[2]);
  const orders = Number(process.argv[3]);
  // A bundle path as third argument replaces dist/Code.js (the unminified one a profile needs).
  const bundle = process.argv[4] ?? ensureBundle(() => {});
  const workbook = emptyWorkbook('Bench');
  const environment = new EmulatorEnvironment({
    workbook,
    now: new Date(START + SPAN_DAYS * DAY),
    files: { Sidebar: readFileSync(join(ROOT, 'dist', 'Sidebar.html'), 'utf8') },
  });
  const runtime = LocalRuntime.fromFile(bundle, environment);
  const setup = runtime.run('setUpWorkbook', [], { kind: 'sidebar' });
  if (setup.error) throw setup.error;
  const { customerRows, orderRows } = generate(customers, orders);
  const tab = (name: string) => workbook.sheets.find((s) => s.name === name)!;
  // Customer ID, Name, Email come first in Customers; Orders' columns follow its header.
  for (const row of customerRows) tab('Customers').values.push(row);
  tab('Customers').maxRows = customers + 1;
  for (const row of orderRows) tab('Orders').values.push(row);
  tab('Orders').maxRows = orders + 1;
  const rssBeforeMb = process.resourceUsage().maxRSS / 1024;
  const cpuStart = process.cpuUsage();
  const started = performance.now();
  const result = runtime.run('refreshNow', [], { kind: 'sidebar' });
  const nodeMs = performance.now() - started;
  const cpu = process.cpuUsage(cpuStart);
  if (result.error) throw result.error;
  const header = tab('Customers').values[0].map(String);
  const pAlive = header.indexOf('P(alive)');
  const report: RefreshBenchReport = {
    customers,
    orders,
    calls: result.execution.totalCalls,
    getValues: result.execution.count('Range.getValues'),
    setValues: result.execution.count('Range.setValues'),
    virtualMs: result.execution.elapsedMs,
    nodeMs,
    cpuMs: (cpu.user + cpu.system) / 1000,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
    rssBeforeMb,
    scored: tab('Customers')
      .values.slice(1)
      .filter((row) => typeof row[pAlive] === 'number').length,
  };
  process.stdout.write(`${JSON.stringify(report)}\n`);
}

main();
