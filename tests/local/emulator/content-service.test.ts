import { describe, expect, it } from 'vitest';
import { createContentService } from '../../../src/local/emulator/content-service';
import { TestMeter } from './test-meter';

describe('ContentService', () => {
  it('builds a plain-text output, counting every call', () => {
    const meter = new TestMeter({ kind: 'web-app' });
    const service = createContentService(meter);
    const output = service.createTextOutput('You are unsubscribed.').append('\n\nBye.');
    expect(output.getContent()).toBe('You are unsubscribed.\n\nBye.');
    expect(output.getMimeType()).toBe(service.MimeType.TEXT);
    output.setMimeType(service.MimeType.JSON).setContent('{}');
    expect(output.getMimeType()).toBe('JSON');
    expect(output.downloadAsFile('a.json').getFileName()).toBe('a.json');
    expect(output.clear().getContent()).toBe('');
    expect(meter.calls.slice(0, 3)).toEqual([
      'ContentService.createTextOutput',
      'TextOutput.append',
      'TextOutput.getContent',
    ]);
  });

  it('refuses a MIME type that is not one of ContentService.MimeType', () => {
    const output = createContentService(new TestMeter()).createTextOutput('x');
    expect(() => output.setMimeType('text/html' as never)).toThrow('Invalid argument: mimeType');
    expect(output.getMimeType()).toBe('TEXT');
  });
});
