import { describe, expect, it } from 'vitest';
import { keywordsWithSettings, settingsFromKeywords } from '../../../src/local/store/keyword-settings';

describe('keyword settings', () => {
  it('writes the time zone and id as tags and reads them back', () => {
    const keywords = keywordsWithSettings('', 'America/New_York', 'abc-123');
    expect(keywords).toBe('timeZone=America/New_York spreadsheetId=abc-123');
    expect(settingsFromKeywords(keywords)).toEqual({ timeZone: 'America/New_York', id: 'abc-123' });
  });

  it('keeps other tags and replaces old settings', () => {
    const keywords = keywordsWithSettings('crm; timeZone=Asia/Kolkata, 2026', 'Etc/GMT+5', 'x');
    expect(keywords).toBe('crm 2026 timeZone=Etc/GMT%2B5 spreadsheetId=x');
    expect(settingsFromKeywords(keywords)).toEqual({ timeZone: 'Etc/GMT+5', id: 'x' });
  });

  it('percent-encodes separators so an id with spaces survives', () => {
    const keywords = keywordsWithSettings(undefined, 'Etc/UTC', 'my sheet; v2');
    expect(settingsFromKeywords(keywords).id).toBe('my sheet; v2');
  });

  it('reports missing or malformed tags as undefined', () => {
    expect(settingsFromKeywords(undefined)).toEqual({ timeZone: undefined, id: undefined });
    expect(settingsFromKeywords('sales timeZone=%E0')).toEqual({ timeZone: undefined, id: undefined });
  });
});
