// Types for the bundle check, so TypeScript tests can import it.
export function checkBundle(distDir: string, options?: { webAppEntry?: string }): string[];
export function webAppProblems(entry?: string): string[];
export const WEB_APP_ENTRY: string;
export const SHIPPED: readonly string[];
export function ecmaLevelProblems(code: string): string[];
export const ES_LEVEL: string;
export function sizeProblems(code: string): string[];
export const MAX_CODE_BYTES: number;
