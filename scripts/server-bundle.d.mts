// Types for the server bundle options, so the benchmark (TypeScript) can import them.
import type { BuildOptions } from 'esbuild';
export const APPS_SCRIPT_BUNDLE: BuildOptions & { target: string; write: false };
export function serverBundleOptions(root: string): BuildOptions & { target: string; write: false };
