import { describe, expect, it } from 'vitest';
import { chartFileName, standaloneSvg } from '../../src/app/view/chartFile';

describe('standaloneSvg', () => {
  it('adds the namespace, the drawn size, a white page and the title in front of the drawing', () => {
    const out = standaloneSvg('<svg width="100%" height="100%" style="x"><text>乌海市</text></svg>', { title: '参保率 <排名>', width: 640, height: 320 });
    expect(out).toBe(
      '<svg xmlns="http://www.w3.org/2000/svg" width="640" height="320" style="x">' +
        '<title>参保率 &lt;排名&gt;</title><rect x="0" y="0" width="640" height="320" fill="#ffffff"/>' +
        '<text>乌海市</text></svg>',
    );
  });

  it('keeps a namespace already there and declares xlink only when used', () => {
    const kept = standaloneSvg('<svg xmlns="http://www.w3.org/2000/svg"><g/></svg>', { title: 't', width: 1, height: 2 });
    expect(kept.match(/xmlns=/g)).toHaveLength(1);
    expect(kept).not.toContain('xmlns:xlink');
    const xlink = standaloneSvg('<svg><use xlink:href="#a"/></svg>', { title: 't', width: 1, height: 2 });
    expect(xlink).toContain('xmlns:xlink="http://www.w3.org/1999/xlink"');
  });

  it('refuses anything but an svg element', () => {
    expect(() => standaloneSvg('<div></div>', { title: 't', width: 1, height: 1 })).toThrow();
    expect(() => standaloneSvg('<svg/>', { title: 't', width: 1, height: 1 })).toThrow();
  });
});

describe('chartFileName', () => {
  it('is title, region and quarter, with characters Windows refuses replaced', () => {
    expect(chartFileName('救助对象参保率排名', '150000-2024Q4', 'png')).toBe('救助对象参保率排名-150000-2024Q4.png');
    expect(chartFileName('收支 / 趋势', '150900-2024Q3', 'svg')).toBe('收支_趋势-150900-2024Q3.svg');
  });
});
