// Types for the deploy readiness check, so TypeScript tests can import it.
export function deployBlocker(root: string, home: string): string | null;
