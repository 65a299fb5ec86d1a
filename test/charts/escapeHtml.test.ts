import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../src/charts/escapeHtml';

describe('escapeHtml', () => {
  it('turns every HTML-significant character into an entity', () => {
    expect(escapeHtml('<img src=x onerror=alert(1)>')).toBe('&lt;img src=x onerror=alert(1)&gt;');
    expect(escapeHtml(`a & b "c" 'd'`)).toBe('a &amp; b &quot;c&quot; &#39;d&#39;');
  });

  it('leaves Chinese text alone', () => {
    expect(escapeHtml('乌兰察布市 · 察哈尔右翼前旗')).toBe('乌兰察布市 · 察哈尔右翼前旗');
  });
});
