// Sidebar entry: builds the tabs of sidebar/tabs.ts. Sheet and file values are only ever set as text.
import { byId } from './dom';
import { setUpTabs } from './tabs';

setUpTabs(byId('tabs'));
