// Types for publishing a checked build into dist/, so TypeScript tests can import it.
export function publishDist(stageDir: string, distDir: string): string[];
