import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { crmProcess as crm, importArgs } from './run-crm';
import { tempFolder } from './temp-folder';

const HEADER =
  'Name,Email,Financial Status,Created at,Currency,Total,Lineitem quantity,Lineitem name,Billing Name';
// Two stores number their orders alike; only the Id (the last column) tells them apart.
const STORE_A = [
  '#1001,ana@example.com,paid,2024-01-05 10:10:58 +0100,EUR,46.90,1,Fig Candle,Ana Silva,5712345678901',
  '#1002,ben@example.com,paid,2024-01-07 18:02:41 +0100,EUR,28.00,1,Gift Box,Ben Okafor,5712345678902',
];
const STORE_B = [
  '#1001,zoe@example.com,paid,2024-02-01 09:00:00 +0100,EUR,12.00,1,Wick Trimmer,Zoe Park,8823456789001',
  '#1003,yan@example.com,paid,2024-02-02 09:00:00 +0100,EUR,15.00,1,Gift Box,Yan Li,8823456789003',
];

describe('the crm command line, importing the orders of two Shopify stores', () => {
  const temp = tempFolder('crm-stores-');
  const file = (name: string, lines: string[]) => {
    const path = temp.file(name);
    writeFileSync(path, `${lines.join('\n')}\n`);
    return path;
  };

  it("adds both stores' #1001, and each export again adds nothing", () => {
    const workbook = temp.file('new.xlsx');
    const a = file('a.csv', [`${HEADER},Id`, ...STORE_A]);
    const b = file('b.csv', [`${HEADER},Id`, ...STORE_B]);
    expect(crm('setup', '--workbook', workbook).status).toBe(0);
    const import_ = (path: string) => JSON.parse(crm(...importArgs(workbook, 'shopify', path, '--json')).out);
    expect(import_(a)).toMatchObject({ ordersAdded: 2, conflicts: [] });
    expect(import_(b)).toMatchObject({ ordersAdded: 2, ordersAlreadyThere: 0, conflicts: [] });
    expect(import_(a)).toMatchObject({ ordersAdded: 0, ordersAlreadyThere: 2 });
    expect(import_(b)).toMatchObject({ ordersAdded: 0, ordersAlreadyThere: 2 });
  });

  it('finds orders imported under their number, and prints a clash with another order as a conflict', () => {
    const workbook = temp.file('old.xlsx');
    expect(crm('setup', '--workbook', workbook).status).toBe(0);
    // An export without Id keys orders by their number, as every import did before.
    const old = file('a-old.csv', [HEADER, ...STORE_A.map((line) => line.slice(0, line.lastIndexOf(',')))]);
    expect(crm(...importArgs(workbook, 'shopify', old)).status).toBe(0);
    const a = file('a.csv', [`${HEADER},Id`, ...STORE_A]);
    const again = crm(...importArgs(workbook, 'shopify', a));
    expect(again.status).toBe(0);
    expect(again.out).toContain('orders added 0, already there 2');
    const b = crm(...importArgs(workbook, 'shopify', file('b.csv', [`${HEADER},Id`, ...STORE_B])));
    expect(b.status).toBe(0);
    expect(b.out).toContain('orders added 1, already there 0');
    expect(b.out).toContain(
      [
        'Conflicts: another order under the same Order ID, not imported (1):',
        '  row 2: order #1001 conflicts with Orders row 2 (another customer, date 2024-01-05 09:10 UTC there, 2024-02-01 08:00 UTC here, amount 46.9 there, 12 here): not imported',
      ].join('\n'),
    );
  });
});
