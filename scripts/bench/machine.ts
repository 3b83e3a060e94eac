// Describes the machine a benchmark ran on, for the header of BENCHMARKS.md.
import os from 'node:os';

/** CPU model and count, memory, Node version, platform, and the date (UTC). */
export function describeMachine(now = new Date()): string[] {
  const cpus = os.cpus();
  const model = cpus[0]?.model.trim() || 'unknown CPU';
  return [
    `CPU: ${model} (${cpus.length} logical cores visible)`,
    `Memory: ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB`,
    `Node: ${process.version} (V8 ${process.versions.v8}) on ${process.platform} ${process.arch}`,
    `Date: ${now.toISOString().replace('T', ' ').slice(0, 16)} UTC`,
  ];
}
