// Emulated Session: the script's time zone and who runs the execution.
import { createHash } from 'node:crypto';
import type { ServiceMeter } from './service-meter';

export type EmulatedSession = Pick<
  GoogleAppsScript.Base.Session,
  'getScriptTimeZone' | 'getTemporaryActiveUserKey' | 'getActiveUserLocale'
> & {
  getEffectiveUser(): Pick<GoogleAppsScript.Base.User, 'getEmail'>;
  getActiveUser(): Pick<GoogleAppsScript.Base.User, 'getEmail'>;
};

export interface SessionOptions {
  /** IANA zone of the script project (appsscript.json timeZone). */
  timeZone: string;
  /** Whose authority the script runs with (the deployer for a web app executed as USER_DEPLOYING). */
  effectiveUser: string;
  /** Who triggered it; absent or '' for an anonymous web-app visitor. */
  activeUser?: string;
  /** Language of the active user; 'en' unless told. */
  locale?: string;
}

/**
 * Session for one execution. getActiveUser().getEmail() is '' when the user is anonymous, as Apps Script
 * returns when it may not reveal the visitor. getTemporaryActiveUserKey is a stable opaque key per
 * active user (derived from the address, so it is the same in every execution).
 */
export function createSession(options: SessionOptions, meter: ServiceMeter): EmulatedSession {
  const activeEmail = options.activeUser ?? '';
  const user = (email: string) => ({
    getEmail() {
      meter.call('User', 'getEmail');
      return email;
    },
  });
  return {
    getScriptTimeZone() {
      meter.call('Session', 'getScriptTimeZone');
      return options.timeZone;
    },
    getEffectiveUser() {
      meter.call('Session', 'getEffectiveUser');
      return user(options.effectiveUser);
    },
    getActiveUser() {
      meter.call('Session', 'getActiveUser');
      return user(activeEmail);
    },
    getActiveUserLocale() {
      meter.call('Session', 'getActiveUserLocale');
      return options.locale ?? 'en';
    },
    getTemporaryActiveUserKey() {
      meter.call('Session', 'getTemporaryActiveUserKey');
      return createHash('sha256').update(`active-user:${activeEmail}`).digest('base64url').slice(0, 40);
    },
  };
}
