// Child process of the load-cost section: loads dist/Code.js in fresh vm contexts and prints the timings as JSON.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import vm from 'node:vm';

/** What the parent reads from the last line of this process's output. */
export interface LoadCostReport {
  bytes: number;
  /** Compile plus top-level run, per run, in ms. */
  totalMs: number[];
  compileMs: number[];
  runMs: number[];
  /** CPU time (user + system) of this process per load, in ms: less disturbed than wall-clock by other work on the machine. */
  cpuMs: number[];
  /** Number of entry points the loaded bundle registered (a load that did nothing would show 0). */
  entryPoints: number;
}

const WARMUP = 3;
const RUNS = 21;

function main(): void {
  const code = readFileSync(process.argv[2], 'utf8');
  const report: LoadCostReport = {
    bytes: Buffer.byteLength(code),
    totalMs: [],
    compileMs: [],
    runMs: [],
    cpuMs: [],
    entryPoints: 0,
  };
  for (let i = 0; i < WARMUP + RUNS; i++) {
    // V8 caches compiled scripts by source text within a process; a different last line makes each
    // compile a cold one, as every Apps Script execution is.
    const source = `${code}\n// load ${i}\n`;
    const cpu = process.cpuUsage();
    const start = performance.now();
    const context = vm.createContext({});
    const script = new vm.Script(source, { filename: 'Code.js' });
    const compiled = performance.now();
    script.runInContext(context);
    const done = performance.now();
    const used = process.cpuUsage(cpu);
    if (i < WARMUP) continue;
    report.totalMs.push(done - start);
    report.compileMs.push(compiled - start);
    report.runMs.push(done - compiled);
    report.cpuMs.push((used.user + used.system) / 1000);
    report.entryPoints = Object.keys(
      (context as { __crm: { entryPoints: object } }).__crm.entryPoints,
    ).length;
  }
  process.stdout.write(`${JSON.stringify(report)}\n`);
}

main();
