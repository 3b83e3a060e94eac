// The CLI's commands: their options and help text.
import { DATE_ORDERS } from '../../core/clean/parse-instant';
import { PRESET_NAMES } from '../../core/import/run-preset';

/** One option of a command. */
export interface OptionSpec {
  name: string;
  /** Placeholder of its value; absent for a flag. */
  value?: string;
  required?: boolean;
  help: string;
}

/** The word a command takes after its name (`triggers install`). */
export interface PositionalSpec {
  name: string;
  values: readonly string[];
  help: string;
}

/** One command. */
export interface CommandSpec {
  name: string;
  summary: string;
  /** The bare word it requires; a command without one takes none. */
  positional?: PositionalSpec;
  options: OptionSpec[];
  /** Whether it changes the workbook (and so writes the file back). */
  writes: boolean;
  example: string;
}

const WORKBOOK: OptionSpec = {
  name: 'workbook',
  value: 'W.xlsx',
  required: true,
  help: 'the workbook file (.xlsx); written back atomically, only when the command succeeds',
};
const JSON_FLAG: OptionSpec = {
  name: 'json',
  help: 'print the result as JSON (machine output) instead of text',
};
const CUSTOMER: OptionSpec = {
  name: 'customer',
  value: 'ID|EMAIL',
  required: true,
  help: 'the Customer ID or the email of the customer',
};

export const COMMANDS: CommandSpec[] = [
  {
    name: 'setup',
    summary:
      'Creates every missing tab (headers, frozen header row, formats, validation) and missing columns; creates the file when it does not exist. Never touches existing data.',
    options: [WORKBOOK, JSON_FLAG],
    writes: true,
    example: 'npm run crm -- setup --workbook shop.xlsx',
  },
  {
    name: 'import',
    summary:
      'Imports a CSV export: customers are matched across channels and merged, orders are keyed by (channel, Order ID) so importing a file twice adds nothing; bad rows are skipped and listed.',
    options: [
      WORKBOOK,
      { name: 'preset', value: PRESET_NAMES.join('|'), required: true, help: 'the format of the file' },
      { name: 'file', value: 'F.csv', required: true, help: 'the CSV file to import' },
      {
        name: 'map',
        value: 'FIELD=HEADER,…',
        help: 'generic preset: which CSV header holds each Orders field (Order ID, Date and Amount required; Email, Phone, Name, Company, Consent, Tags, Refunded, Currency, Product, Quantity, Status, Customer ID optional), e.g. "Order ID=Invoice,Date=Paid on,Amount=Total"',
      },
      {
        name: 'channel',
        value: 'NAME',
        help: 'generic preset: the channel written on orders and customers (default generic)',
      },
      {
        name: 'delimiter',
        value: 'comma|semicolon|tab',
        help: 'the field separator, instead of the one found in the file',
      },
      {
        name: 'date-order',
        value: DATE_ORDERS.join('|'),
        help: 'order of day and month in dates like 05/01/2024, instead of the one found in the file',
      },
      {
        name: 'decimal-comma',
        help: 'amounts are written with a decimal comma (1.234,50), whatever the file suggests',
      },
      {
        name: 'decimal-point',
        help: 'amounts are written with a decimal point (1,234.50), whatever the file suggests',
      },
      JSON_FLAG,
    ],
    writes: true,
    example: 'npm run crm -- import --workbook shop.xlsx --preset shopify --file orders_export_1.csv',
  },
  {
    name: 'refresh',
    summary:
      'Fits the models on Orders and writes the computed columns of Customers and the Dashboard KPIs; orders left out are listed.',
    options: [WORKBOOK, JSON_FLAG],
    writes: true,
    example: 'npm run crm -- refresh --workbook shop.xlsx',
  },
  {
    name: 'export-customer',
    summary:
      'Prints everything the workbook holds about one person (by email or Customer ID, with or without a Customers row), across all tabs, as JSON.',
    options: [
      WORKBOOK,
      CUSTOMER,
      { name: 'out', value: 'FILE.json', help: 'write the JSON to this file instead of printing it' },
    ],
    writes: false,
    example: 'npm run crm -- export-customer --workbook shop.xlsx --customer ana@example.com',
  },
  {
    name: 'forget-customer',
    summary:
      'Removes one person’s personal data from every tab (with or without a Customers row); their orders stay, anonymised. Undo can restore it unless --no-undo.',
    options: [
      WORKBOOK,
      CUSTOMER,
      { name: 'no-undo', help: 'keep no undo copy of the removed data (it then exists nowhere)' },
      JSON_FLAG,
    ],
    writes: true,
    example: 'npm run crm -- forget-customer --workbook shop.xlsx --customer C000042',
  },
  {
    name: 'undo',
    summary: 'Undoes the last bulk operation (import, merge, refresh or forget) from its snapshot.',
    options: [WORKBOOK, JSON_FLAG],
    writes: true,
    example: 'npm run crm -- undo --workbook shop.xlsx',
  },
  {
    name: 'followups',
    summary:
      'Shows what a follow-up run would send at --now: each email (rule, step, customer, address, subject), the customers held out or skipped with the reason, and the problems of the Follow-ups tab. Sends and writes nothing: emails go out through the installed trigger, played by tick.',
    options: [
      WORKBOOK,
      {
        name: 'dry-run',
        required: true,
        help: 'only show what would be sent (the command line never sends)',
      },
      {
        name: 'now',
        value: 'ISO',
        help: "the instant of the run, e.g. 2025-03-08T09:00:00Z (default: the workbook's clock, or now)",
      },
      JSON_FLAG,
    ],
    writes: false,
    example: 'npm run crm -- followups --workbook shop.xlsx --dry-run --now 2025-03-08T09:00:00Z',
  },
  {
    name: 'triggers',
    summary:
      "Installs, removes or lists the automations' triggers (follow-ups, nightly refresh, service form) with the hours of Settings, as the menu does in Google; the workbook keeps them for tick.",
    positional: {
      name: 'action',
      values: ['install', 'remove', 'list'],
      help: 'install the chosen automations (once: installing twice leaves one trigger), remove them, or list every one',
    },
    options: [
      WORKBOOK,
      {
        name: 'which',
        value: 'all|followups|refresh|form',
        help: 'the automations to install or remove (default all)',
      },
      JSON_FLAG,
    ],
    writes: true,
    example: 'npm run crm -- triggers install --workbook shop.xlsx --which followups',
  },
  {
    name: 'tick',
    summary:
      "Plays the emulated clock: fires every installed time-driven trigger due from the workbook's clock (or --from) to --until, in time order, as Apps Script would, and writes each email sent as an .eml file. The workbook keeps the clock, the triggers and the mail quota used.",
    options: [
      WORKBOOK,
      {
        name: 'until',
        value: 'ISO',
        required: true,
        help: 'where the clock stops: a day (midnight UTC) or an instant with its zone, e.g. 2025-03-08T09:00:00Z',
      },
      {
        name: 'from',
        value: 'ISO',
        help: "where the clock starts instead of the workbook's clock (the time of the last tick; now if none ran): needed to play an earlier stretch again",
      },
      {
        name: 'mail-quota',
        value: 'N',
        help: 'recipients the account may email a day: 100 for a Google account (the default), 1500 for Workspace; the workbook keeps it',
      },
      {
        name: 'outbox',
        value: 'DIR',
        help: 'the folder the .eml files go to (default: <workbook name>-outbox beside the workbook)',
      },
      JSON_FLAG,
    ],
    writes: true,
    example: 'npm run crm -- tick --workbook shop.xlsx --until 2025-03-08T00:00:00Z --mail-quota 1500',
  },
];

/** Names of the options that take a value, across all commands. */
export const VALUED_OPTIONS: ReadonlySet<string> = new Set(
  COMMANDS.flatMap((command) => command.options.filter((o) => o.value).map((o) => o.name)),
);

/** Help of the whole CLI: usage and one line per command. */
export function generalHelp(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    'Solo CRM command line: the same actions as the spreadsheet menu, on a local .xlsx workbook.',
    '',
    'Usage: npm run crm -- <command> --workbook W.xlsx [options]',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Every command takes --help. Exit status: 0 done, 1 the command failed (the workbook is left as it was), 2 bad arguments.',
  ].join('\n');
}

/** Help of one command: what it does, its word and options, and an example. */
export function commandHelp(command: CommandSpec): string {
  const label = (o: OptionSpec) => `--${o.name}${o.value ? ` ${o.value}` : ''}`;
  const word = command.positional ? command.positional.values.join('|') : '';
  const width = Math.max(word.length, ...command.options.map((o) => label(o).length));
  return [
    `npm run crm -- ${command.name} ${[
      ...command.options.filter((o) => o.required).map(label),
      ...(word ? [word] : []),
    ].join(' ')} [options]`,
    '',
    command.summary,
    '',
    ...(command.positional ? [`  ${word.padEnd(width)}  (required) ${command.positional.help}`, ''] : []),
    'Options:',
    ...command.options.map((o) => `  ${label(o).padEnd(width)}  ${o.required ? '(required) ' : ''}${o.help}`),
    '  --help'.padEnd(width + 2) + '  show this help',
    '',
    `Example: ${command.example}`,
  ].join('\n');
}
