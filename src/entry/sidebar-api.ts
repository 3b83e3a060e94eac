// Functions the sidebar calls through google.script.run; they take and return plain JSON.
import { customFunctionEntryPoints } from './custom-functions';
import { type EntryPoint, globalFunction } from './entry-point';

/** One custom function as the sidebar's formula reference lists it. */
export interface FormulaDoc {
  name: string;
  description: string;
  params: Array<{ name: string; description: string }>;
  returns: string;
}

export const sidebarEntryPoints = {
  getFormulaReference: globalFunction(
    'sidebar-api',
    'Lists the CRM_ formulas with their arguments.',
    [],
    () =>
      Object.entries(customFunctionEntryPoints as Record<string, EntryPoint>).map(
        ([name, entry]): FormulaDoc => ({
          name,
          description: entry.description,
          params: entry.params,
          returns: entry.returns,
        }),
      ),
  ),
};
