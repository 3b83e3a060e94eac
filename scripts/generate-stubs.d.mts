// Types for the stub generator, so TypeScript tests can import it.
export interface RegistryEntry {
  kind: string;
  description: string;
  params: { name: string; description: string }[];
  returns: string;
}
export function generateStubs(registry: Record<string, RegistryEntry>): string;
