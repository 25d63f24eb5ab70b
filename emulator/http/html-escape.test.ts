import { describe, expect, it } from 'vitest';
import { escapeHtml, html } from './html-escape';

describe('html', () => {
  it('escapes interpolated text and attributes', () => {
    expect(escapeHtml(`<a href="x" onclick='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
    expect(html`<p title="${'"><script>'}">${'<b>'}</p>`.value).toBe(
      '<p title="&quot;&gt;&lt;script&gt;">&lt;b&gt;</p>',
    );
  });

  it('keeps nested templates and drops empty values', () => {
    expect(
      html`<ul>
        ${['a', 'b'].map((x) => html`<li>${x}</li>`)}${false}${undefined}
      </ul>`.value.replace(/\s+/g, ''),
    ).toBe('<ul><li>a</li><li>b</li></ul>');
  });
});
