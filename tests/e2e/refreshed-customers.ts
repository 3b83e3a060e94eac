// Customers as a refresh leaves them, seeded, for browser tests and the Segments benchmark at scale.
import { RFM_SEGMENTS } from '../../src/core/metrics/rfm-segment';
import { seededRandom } from '../../src/core/models/seeded-random';
import type { CellValue } from '../../src/local/emulator/workbook-data';

const DAY = 86_400_000;

/**
 * `count` customers C000001… with an RFM segment, a cluster 1–5, orders, revenue, last order, CLV
 * and churn risk (seeded, so every run sees the same workbook); every third on Etsy, the rest on
 * Shopify. `hostileName`, when given, names the first customer.
 */
export function refreshedCustomers(
  count: number,
  now: number,
  hostileName?: string,
): Array<Record<string, CellValue>> {
  const random = seededRandom(5);
  return Array.from({ length: count }, (_, i) => {
    const cluster = 1 + Math.floor(random() * 5);
    const orders = 1 + Math.floor(random() * cluster * 2);
    return {
      'Customer ID': `C${String(i + 1).padStart(6, '0')}`,
      Name: i === 0 && hostileName !== undefined ? hostileName : `Customer ${i + 1}`,
      Email: `customer${i + 1}@example.com`,
      Channel: i % 3 ? 'shopify' : 'etsy',
      Orders: orders,
      Revenue: Math.round(orders * (20 + random() * 80) * 100) / 100,
      'Last order': new Date(now - Math.floor(random() * 400 + cluster * 20) * DAY),
      'Predicted CLV 12m': Math.round(random() * 60_000) / 100,
      'Churn risk': Math.round(random() * 10_000) / 10_000,
      'RFM segment': RFM_SEGMENTS[Math.floor(random() * RFM_SEGMENTS.length)]!,
      Cluster: cluster,
    };
  });
}
