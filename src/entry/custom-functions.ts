// The formula API: every CRM_ custom function, as thin wrappers over src/core.
import { customFunction } from './entry-point';

export const customFunctionEntryPoints = {};
void customFunction;
