import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../../src/core/clean/escape-html';

describe('escapeHtml', () => {
  it('escapes the five HTML special characters and nothing else', () => {
    expect(escapeHtml(`<b onclick="x('y')">&</b> é {{x}}`)).toBe(
      '&lt;b onclick=&quot;x(&#39;y&#39;)&quot;&gt;&amp;&lt;/b&gt; é {{x}}',
    );
  });
});
