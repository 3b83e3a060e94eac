import { describe, expectTypeOf, it } from 'vitest';
import type { CsvImportReport } from '../../../src/app/import';
import type { RefreshReport } from '../../../src/app/refresh';
import type { BundleSession, CallResult } from '../../../src/local/cli/bundle-session';

describe('BundleSession.call', () => {
  it('is typed by the sidebar API: names, arguments and results', () => {
    type Call = BundleSession['call'];
    expectTypeOf<ReturnType<typeof refresh>>().toEqualTypeOf<CallResult<RefreshReport>>();
    expectTypeOf<ReturnType<typeof runImport>>().toEqualTypeOf<CallResult<CsvImportReport>>();
    function refresh(call: Call) {
      return call('refreshNow');
    }
    function runImport(call: Call) {
      return call('runImport', { preset: 'shopify', csv: 'Name\n' });
    }
    function misspelt(call: Call) {
      // @ts-expect-error a misspelt server function does not compile
      call('refreshNo');
      // @ts-expect-error nor does a call with arguments the function does not take
      call('runImport', 'shopify');
    }
    expectTypeOf(misspelt).toBeFunction();
  });
});
