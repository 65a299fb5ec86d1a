// The data a link was copied on, in the address (`data=<name>`): read,
// written, and compared with the data on screen.
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/app/data/datasetTypes';
import { addressName, DATA_NAME_MAX, otherData, quotable, quote, readDataName, withDataName } from '../../src/app/view/dataParam';

const dataset = (zh: string, isSample: boolean, en = zh): Dataset =>
  ({ id: isSample ? 'builtin' : 'user-1', name: { zh, en }, isSample, report: {} as Dataset['report'], policyFile: {} as Dataset['policyFile'] }) as Dataset;

describe('the data parameter', () => {
  it('reads a name, nothing for an empty one, and cuts a long one', () => {
    expect(readDataName('?q=2024Q4&data=%E6%B9%96%E5%8C%97+2025')).toBe('湖北 2025');
    expect(readDataName('?data=%20%20')).toBeNull();
    expect(readDataName('?q=2024Q4')).toBeNull();
    expect([...(readDataName(`?data=${'数'.repeat(500)}`) ?? '')]).toHaveLength(DATA_NAME_MAX);
  });

  it('drops what would reorder or hide text around it, and reads line ends as spaces', () => {
    // U+202E (right-to-left override) would turn the note that quotes the name backwards.
    expect(readDataName('?data=%E2%80%AEabc.exe')).toBe('abc.exe');
    expect(quotable('a\u2066b\u200bc\ufeff\n\td', 80)).toBe('abc d');
    expect(readDataName('?data=%E2%80%AE')).toBeNull();
  });

  it('quotes a name isolated, cut with an ellipsis', () => {
    expect(quote('\u202eabc', 16)).toBe('\u2068abc\u2069');
    expect(quote('湖北省2025年第二季度城乡医疗救助基金报送', 16)).toBe('\u2068湖北省2025年第二季度城乡医疗…\u2069');
    expect(quote('a'.repeat(16), 16)).toBe(`\u2068${'a'.repeat(16)}\u2069`);
  });

  it('writes and removes it, keeping the view, the language and the big screen', () => {
    expect(withDataName('?q=2024Q4&lang=en&screen=1', '报送 A')).toBe('?q=2024Q4&lang=en&screen=1&data=%E6%8A%A5%E9%80%81+A');
    expect(withDataName('?q=2024Q4&data=x&lang=en', null)).toBe('?q=2024Q4&lang=en');
    expect(withDataName('?data=x', null)).toBe('');
    expect(readDataName(withDataName('?q=2024Q4', 'a&b=c'))).toBe('a&b=c');
  });

  it('names the user’s data, never the sample, and tells data other than those shown', () => {
    expect(addressName(dataset('内置演示数据集', true), 'zh')).toBeNull();
    expect(addressName(dataset('湖北', false), 'zh')).toBe('湖北');
    // In the page's language: the link carries its language too.
    const files = dataset('regions.csv 等 4 个文件', false, 'regions.csv and 3 more files');
    expect(addressName(files, 'en')).toBe('regions.csv and 3 more files');
    expect(otherData('regions.csv and 3 more files', files)).toBeNull();
    expect(otherData('regions.csv 等 4 个文件', files)).toBeNull();
    expect(otherData('湖北', dataset('内置演示数据集', true))).toBe('湖北');
    expect(otherData('湖北', dataset('湖北', false))).toBeNull();
    expect(otherData('湖北', dataset('河南', false))).toBe('湖北');
    expect(otherData(null, dataset('内置演示数据集', true))).toBeNull();
    expect(otherData('湖北', undefined)).toBeNull();
  });
});
