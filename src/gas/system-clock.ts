// Apps Script adapter of the Clock port: the execution's own clock (virtual in the emulator).
/// <reference types="google-apps-script" />
import type { Clock } from '../app/ports';

/** The Clock port over `new Date()`, which the emulator replaces with its virtual clock. */
export class SystemClock implements Clock {
  now(): Date {
    return new Date();
  }
}
