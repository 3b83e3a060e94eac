// Types for the bundle check, so TypeScript tests can import it.
export function checkBundle(distDir: string, options?: { webAppEntry?: string }): string[];
export function webAppProblems(entry?: string): string[];
export const WEB_APP_ENTRY: string;
export const SHIPPED: readonly string[];
