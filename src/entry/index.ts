// The one registry of global entry points; scripts/build.mjs generates a top-level declaration
// for each and nothing else is exposed to Apps Script.
import { customFunctionEntryPoints } from './custom-functions';
import type { EntryPoint } from './entry-point';
import { followUpMenuEntryPoints } from './follow-up-menu';
import { menuEntryPoints } from './menu';
import { sidebarEntryPoints } from './sidebar-api';
import { triggerEntryPoints } from './triggers';
import { webAppEntryPoints } from './web-app';

export const entryPoints = {
  ...menuEntryPoints,
  ...followUpMenuEntryPoints,
  ...sidebarEntryPoints,
  ...triggerEntryPoints,
  ...webAppEntryPoints,
  ...customFunctionEntryPoints,
} satisfies Record<string, EntryPoint>;
