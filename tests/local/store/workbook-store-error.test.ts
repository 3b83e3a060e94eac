import { describe, expect, it } from 'vitest';
import { WorkbookStoreError } from '../../../src/local/store/workbook-store-error';

describe('WorkbookStoreError', () => {
  it('names the path and the reason and keeps the cause', () => {
    const cause = new Error('EACCES');
    const error = new WorkbookStoreError('/tmp/crm.xlsx', 'permission denied', { cause });
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('WorkbookStoreError');
    expect(error.message).toBe('/tmp/crm.xlsx: permission denied');
    expect(error.path).toBe('/tmp/crm.xlsx');
    expect(error.reason).toBe('permission denied');
    expect(error.cause).toBe(cause);
  });
});
