// The sidebar API as its callers see it (the sidebar over google.script.run, the CLI and the demo
// over the local runtime): each function's name, arguments and result, so a misspelt call fails to compile.
import type { sidebarEntryPoints } from './sidebar-api';

/** The server functions the sidebar, the CLI and the demo may call, by name. */
export type ServerApi = typeof sidebarEntryPoints;

/** The name of one server function. */
export type ServerFunction = keyof ServerApi;

/** The arguments server function `K` takes. */
export type ServerArgs<K extends ServerFunction> = Parameters<ServerApi[K]['run']>;

/** What server function `K` returns to its caller. */
export type ServerResult<K extends ServerFunction> = Awaited<ReturnType<ServerApi[K]['run']>>;
