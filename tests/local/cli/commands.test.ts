import { describe, expect, it } from 'vitest';
import { COMMANDS, commandHelp } from '../../../src/local/cli/commands';

describe('the CLI help', () => {
  it('lists the import presets of the registry and the date orders parseInstant knows', () => {
    const help = commandHelp(COMMANDS.find((command) => command.name === 'import')!);
    expect(help).toContain(
      '--preset shopify|stripe|woocommerce|forms|generic  (required) the format of the file',
    );
    expect(help).toMatch(/--date-order mdy\|dmy\|ymd +order of day and month/);
  });
});
