import { describe, expect, it } from 'vitest';
import { readEngagement } from '../../../src/core/analytics/engagement';
import { contentOf, day, table } from './analytics-tables';

describe('readEngagement', () => {
  const surveys = table('surveys', [
    { Date: day('2024-04-01'), Email: 'ana@example.com', NPS: 10, CSAT: 5 },
    { Date: day('2024-04-03'), Email: 'ANA@example.com', NPS: 3, CSAT: 2 },
    { Date: day('2024-04-05'), Email: 'ana@example.com', NPS: '', CSAT: 4 }, // no NPS: not an answer
    { Date: day('2024-04-02'), Email: 'ben.smith@gmail.com', NPS: 0 },
    { Date: 'yesterday', Email: 'chloe@example.com', NPS: 8 }, // no valid date: ignored
  ]);
  const interactions = table('interactions', [
    { Date: day('2024-05-10'), Email: 'ben.smith@gmail.com', Direction: 'out' },
    { Date: day('2024-05-11'), Email: 'ben.smith@gmail.com', Direction: 'in' }, // incoming: not a contact
    { Date: day('2024-05-12'), 'Customer ID': 'C4', Direction: 'OUT' },
    { Date: day('2024-05-01'), 'Customer ID': 'C2', Direction: 'out' },
  ]);
  const outbox = table('outbox', [
    { 'Customer ID': 'C2', Status: 'sent', 'Sent at': day('2024-05-20') },
    { 'Customer ID': 'C4', Status: 'planned', 'Sent at': day('2024-05-30') }, // not sent
    { 'Customer ID': 'C5', Status: 'Sent', 'Sent at': day('2024-05-02') },
  ]);
  const before = contentOf(surveys, interactions, outbox);
  const engagement = readEngagement({ surveys, interactions, outbox }, true);

  it("gives each email's latest NPS answer, 0 included", () => {
    expect(engagement.lastNps('ana@example.com')).toBe(3);
    expect(engagement.lastNps('bensmith@gmail.com')).toBe(0); // Gmail dots dropped on both sides
    expect(engagement.lastNps('chloe@example.com')).toBeUndefined();
    expect(engagement.lastNps('')).toBeUndefined();
  });

  it('gives the latest outgoing contact by email, by Customer ID or by a sent Outbox email', () => {
    expect(engagement.lastContacted('C2', 'bensmith@gmail.com')).toEqual(day('2024-05-20'));
    expect(engagement.lastContacted('C9', 'bensmith@gmail.com')).toEqual(day('2024-05-10'));
    expect(engagement.lastContacted('C4', '')).toEqual(day('2024-05-12'));
    expect(engagement.lastContacted('C5', 'eve@example.com')).toEqual(day('2024-05-02'));
    expect(engagement.lastContacted('C1', 'ana@example.com')).toBeUndefined();
  });

  it('leaves the tables as they were', () => {
    expect(contentOf(surveys, interactions, outbox)).toBe(before);
  });
});
