// A ServiceMeter for emulator tests: records every call and keeps a virtual clock, kind configurable.
import type { ExecutionKind, ServiceMeter } from '../../../src/local/emulator/service-meter';

export interface TestMeterOptions {
  kind?: ExecutionKind;
  /** Start of the virtual clock; 2026-01-15T12:00:00Z unless told. */
  start?: Date;
  /** Virtual milliseconds charged per call; 0 unless told. */
  costMs?: number;
}

/** Records `service.method` for each call and advances its own clock; throws nothing. */
export class TestMeter implements ServiceMeter {
  readonly kind: ExecutionKind;
  readonly calls: string[] = [];
  private time: number;
  private readonly costMs: number;

  constructor(options: TestMeterOptions = {}) {
    this.kind = options.kind ?? 'editor';
    this.time = (options.start ?? new Date('2026-01-15T12:00:00Z')).getTime();
    this.costMs = options.costMs ?? 0;
  }

  call(service: string, method: string): void {
    this.calls.push(`${service}.${method}`);
    this.time += this.costMs;
  }

  now(): Date {
    return new Date(this.time);
  }

  advance(ms: number): void {
    this.time += ms;
  }

  /** How many recorded calls equal `name` ('Cache.get') or start with it followed by a dot ('Cache'). */
  count(name: string): number {
    return this.calls.filter((c) => c === name || c.startsWith(`${name}.`)).length;
  }
}
