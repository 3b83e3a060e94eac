// ScriptPropertiesSigner: HMAC-SHA256 with the script's secret, over the emulated Apps Script services.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ScriptPropertiesSigner } from '../../src/gas/script-properties-signer';
import { createLockService } from '../../src/local/emulator/lock-service';
import { environment, inExecution } from './gas-globals';

const SECRET_KEY = 'crm.signing-secret';

/**
 * RFC 4231 section 4.3, test case 2: HMAC-SHA256 with key "Jefe" of "what do ya want for nothing?" is
 * 5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843; here in URL-safe base64
 * (RFC 4648 section 5) without the one '=' of padding that 32 bytes take.
 */
const RFC_4231_CASE_2 = 'W9zBRr9gdU5qBCQmCJV1x1oAPwidJzmDnexYuWTsOEM';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('ScriptPropertiesSigner', () => {
  it("signs with the secret kept in the script's properties, URL-safe and without padding", () => {
    const env = environment();
    env.properties.script.set(SECRET_KEY, 'Jefe');
    const execution = inExecution(env, () => {
      expect(new ScriptPropertiesSigner().sign('what do ya want for nothing?')).toBe(RFC_4231_CASE_2);
    });
    // A secret already made needs no lock.
    expect(execution.count('LockService')).toBe(0);
  });

  it('reads the secret once per signer, however many messages it signs', () => {
    const env = environment();
    env.properties.script.set(SECRET_KEY, 'Jefe');
    const execution = inExecution(env, () => {
      const signer = new ScriptPropertiesSigner();
      const first = signer.sign('C000001');
      expect(signer.sign('C000002')).not.toBe(first);
      expect(signer.sign('C000001')).toBe(first);
    });
    expect(execution.count('Properties.getProperty')).toBe(1);
  });

  it('makes the secret on first use from two UUIDs, under the script lock, and keeps it for later executions', () => {
    const env = environment();
    let signature = '';
    const first = inExecution(env, () => {
      signature = new ScriptPropertiesSigner().sign('C000001');
    });
    const secret = env.properties.script.get(SECRET_KEY) ?? '';
    // Two UUIDs of 36 characters each (8-4-4-4-12 hex digits).
    expect(secret).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
    );
    expect(first.count('Utilities.getUuid')).toBe(2);
    expect(first.count('Lock.waitLock')).toBe(1);
    expect(first.count('Lock.releaseLock')).toBe(1);
    // 32 bytes are 43 URL-safe base64 characters once the padding is dropped.
    expect(signature).toMatch(/^[A-Za-z0-9_-]{43}$/);
    inExecution(env, () => {
      expect(new ScriptPropertiesSigner().sign('C000001')).toBe(signature);
    });
    expect(env.properties.script.get(SECRET_KEY)).toBe(secret);
  });

  it('uses the secret another execution made while it waited for the lock', () => {
    const stored = new Map<string, string>();
    let reads = 0;
    const released: string[] = [];
    vi.stubGlobal('PropertiesService', {
      getScriptProperties: () => ({
        getProperty: (key: string) => {
          reads++;
          // The other execution saves its secret between this one's first read and its read under the lock.
          if (reads === 2) stored.set(SECRET_KEY, 'Jefe');
          return stored.get(key) ?? null;
        },
        setProperty: (key: string, value: string) => stored.set(key, value),
      }),
    });
    vi.stubGlobal('LockService', {
      getScriptLock: () => ({ waitLock: () => undefined, releaseLock: () => released.push('script') }),
    });
    vi.stubGlobal('Utilities', {
      getUuid: () => {
        throw new Error('no secret should be made');
      },
      computeHmacSha256Signature: (message: string, key: string) =>
        [...`${key}:${message}`].map((c) => c.charCodeAt(0)),
      base64EncodeWebSafe: (bytes: number[]) => `${String.fromCharCode(...bytes)}==`,
    });
    expect(new ScriptPropertiesSigner().sign('m')).toBe('Jefe:m');
    expect(stored.get(SECRET_KEY)).toBe('Jefe');
    expect(released).toEqual(['script']);
  });

  it("throws LockService's timeout when another execution holds the script lock, and makes no secret", () => {
    const env = environment();
    const holder = env.startExecution('editor');
    const held = createLockService(env.locks, holder, {
      executionId: holder.id,
      hasDocument: true,
    }).getScriptLock();
    held.waitLock(1000);
    try {
      inExecution(env, () => {
        expect(() => new ScriptPropertiesSigner().sign('C000001')).toThrow(
          'Lock timeout: another process was holding the lock for too long.',
        );
      });
    } finally {
      held.releaseLock();
    }
    expect(env.properties.script.has(SECRET_KEY)).toBe(false);
  });
});
