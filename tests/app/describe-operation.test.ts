import { describe, expect, it } from 'vitest';
import { describeOperation } from '../../src/app/describe-operation';

describe('describeOperation', () => {
  it('names an import by its channel only, at the local time', () => {
    expect(
      describeOperation(
        {
          operation: { kind: 'import', channel: 'shopify', fileKey: 'shopify:09e437ae-12763:5465b825-2' },
          takenAt: '2024-06-01T12:00:02.382Z',
        },
        'Europe/Berlin',
      ),
    ).toBe('the shopify import of 2024-06-01 14:00');
  });

  it('names the other operations as they are', () => {
    expect(
      describeOperation({ operation: { kind: 'refresh' }, takenAt: '2024-01-05T09:10:58Z' }, 'Etc/UTC'),
    ).toBe('the refresh of 2024-01-05 09:10');
    expect(
      describeOperation({ operation: { kind: 'forget' }, takenAt: '2024-01-05T09:10:58Z' }, 'Etc/UTC'),
    ).toBe('the forget of 2024-01-05 09:10');
  });

  it('names an import by its whole channel, spaces and all', () => {
    const operation = {
      kind: 'import',
      channel: 'my shop',
      fileKey: 'generic:30153247-90:be0a1f2c-40',
    } as const;
    expect(describeOperation({ operation, takenAt: '2024-06-01T12:00:00Z' }, 'Etc/UTC')).toBe(
      'the my shop import of 2024-06-01 12:00',
    );
  });
});
