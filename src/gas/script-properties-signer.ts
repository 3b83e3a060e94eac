// Apps Script adapter of the Signer port: HMAC-SHA256 with a random secret kept in the script's properties.
/// <reference types="google-apps-script" />
import type { Signer } from '../app/ports';

const SECRET_KEY = 'crm.signing-secret';
const LOCK_MS = 10_000;

/**
 * The script's signing secret, made on first use from two random UUIDs (244 random bits) under
 * the script lock, so two executions starting at once cannot each make their own. Script
 * properties are readable by the script only, not by people who can edit the spreadsheet.
 */
function secret(): string {
  const properties = PropertiesService.getScriptProperties();
  const existing = properties.getProperty(SECRET_KEY);
  if (existing) return existing;
  const lock = LockService.getScriptLock();
  lock.waitLock(LOCK_MS);
  try {
    const again = properties.getProperty(SECRET_KEY);
    if (again) return again;
    const made = Utilities.getUuid() + Utilities.getUuid();
    properties.setProperty(SECRET_KEY, made);
    return made;
  } finally {
    lock.releaseLock();
  }
}

/** The Signer port: URL-safe base64 HMAC-SHA256 of the message with the script's secret, without padding. */
export class ScriptPropertiesSigner implements Signer {
  private key: string | null = null;

  sign(message: string): string {
    this.key ??= secret();
    const signature = Utilities.computeHmacSha256Signature(message, this.key);
    return Utilities.base64EncodeWebSafe(signature).replace(/=+$/, '');
  }
}
