// Types for the bundle check, so TypeScript tests can import it.
export function checkBundle(distDir: string): string[];
export const SHIPPED: readonly string[];
