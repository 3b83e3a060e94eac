import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../../src/core/clean/escape-html';

describe('escapeHtml', () => {
  it('escapes the five HTML special characters and nothing else', () => {
    expect(escapeHtml(`<b onclick="x('y')">&</b> é {{x}}`)).toBe(
      '&#60;b onclick=&#34;x(&#39;y&#39;)&#34;&#62;&#38;&#60;/b&#62; é {{x}}',
    );
  });
});
