// The ports of an execution bound to the spreadsheet, after the web app's queued unsubscribes are written.
import type { Ports } from '../app/ports';
import { applyUnsubscribeQueue } from '../app/unsubscribe-queue';
import { gasPorts } from '../gas/gas-ports';
import { ScriptPropertiesUnsubscribeQueue } from '../gas/script-properties-unsubscribe-queue';

/**
 * gasPorts, once the unsubscribes the web app queued in the script's properties are in
 * "Unsubscribed at" (applyUnsubscribeQueue): every menu action, sidebar call and trigger that
 * reads Customers starts with it, so they all see who unsubscribed. One properties read when the
 * queue is empty. Given ports (a trigger that logs its own failure) are brought up to date in place.
 */
export function boundPorts(ports: Ports = gasPorts()): Ports {
  applyUnsubscribeQueue(ports, new ScriptPropertiesUnsubscribeQueue());
  return ports;
}
