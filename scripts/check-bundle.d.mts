// Types for the bundle check, so TypeScript tests can import it.
export function checkBundle(distDir: string): string[];
export const SHIPPED: readonly string[];
export function ecmaLevelProblems(code: string): string[];
export const ES_LEVEL: string;
export function sizeProblems(code: string): string[];
export const MAX_CODE_BYTES: number;
