// Found by the sweep of unseen input: policy.json as people edit it by hand.
// A trailing comma was reported as V8's "Expected double-quoted property
// name in JSON at position 2893", in English inside the Chinese message,
// with no line; a file saved by Notepad as ANSI (GBK) or "Unicode" (UTF-16)
// was refused as not UTF-8. The syntax error now names the line and column
// in the reader's language, and the file is read in the encodings the data
// files may have.
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY_FILE } from '../../src/domain/policy/policy';
import { loadDataset } from '../../src/engine/ingest/load';
import { formatProblem } from '../../src/engine/ingest/problems';
import { jsonDuplicateKey } from '../../src/engine/formats/jsonSyntax';
import type { DatasetFile } from '../../src/engine/formats/files';
import { csv, tinyWith, useEngine } from './harness';

const POLICY = JSON.stringify({ ...DEFAULT_POLICY_FILE, note: '医保' }, null, 2);

describe('policy.json as people edit it', () => {
  const engine = useEngine();

  const refusal = async (policy: DatasetFile, lang: 'zh' | 'en' = 'zh'): Promise<string[]> => {
    const report = await loadDataset(engine(), await tinyWith(policy));
    expect(report.ok).toBe(false);
    return report.problems.filter((p) => p.severity === 'error').map((p) => formatProblem(p, lang));
  };

  it('an empty file (or one of blanks) is said to be empty, not JSON that ends too soon', async () => {
    for (const text of ['', '  \n\n', '\ufeff']) {
      expect(await refusal(csv('policy.json', text))).toEqual([
        'policy.json · 文件是空的（没有任何内容）：填入政策参数，或删除此文件以按默认参数计算 · 应为：fundwatch-policy/2（或旧版 /1）格式的 policy.json（见 src/domain/policy/policy.default.json）',
      ]);
    }
  });

  it('a schema or province code left out is said as missing with what belongs there (not "undefined")', async () => {
    const rest: Record<string, unknown> = { ...DEFAULT_POLICY_FILE };
    delete rest.schema;
    delete rest.province_code;
    const said = await refusal(csv('policy.json', JSON.stringify(rest)));
    expect(said.join('\n')).not.toContain('undefined');
    expect(said).toEqual([
      expect.stringContaining('schema: 缺少此项，应为 "fundwatch-policy/2"（文件格式的版本）'),
      expect.stringContaining('province_code: 缺少此项，应为本省（自治区、直辖市）的六位行政区划代码，如 "150000"'),
    ]);
  });

  it('names the line and column of a trailing comma, in Chinese and in English', async () => {
    const text = POLICY.replace(/\n}$/, ',\n}');
    const lines = text.split('\n');
    const line = lines.length - 1;
    const column = lines[line - 1]!.length;
    expect(lines[line - 1]!.endsWith('],')).toBe(true);
    expect(await refusal(csv('policy.json', text))).toEqual([
      `policy.json · 第${line}行 · 不是有效的 JSON：第${column}列是多余的逗号（最后一项后面不能有逗号） · 应为：fundwatch-policy/2（或旧版 /1）格式的 policy.json（见 src/domain/policy/policy.default.json）`,
    ]);
    expect(await refusal(csv('policy.json', text), 'en')).toEqual([
      `policy.json · row ${line} · Not valid JSON: column ${column} is a comma with nothing after it (no comma after the last item) · expected: a policy.json in the fundwatch-policy/2 (or older /1) format (see src/domain/policy/policy.default.json)`,
    ]);
  });

  it('names where a file cut short ends, a missing quote and a value that is not JSON', async () => {
    expect(await refusal(csv('policy.json', '{\n  "schema": ')))
      .toEqual(['policy.json · 第2行 · 不是有效的 JSON：第13列处文件提前结束（缺少 }、] 或引号） · 应为：fundwatch-policy/2（或旧版 /1）格式的 policy.json（见 src/domain/policy/policy.default.json）']);
    expect((await refusal(csv('policy.json', '{\n  "schema": "fundwatch-policy/2,\n  "years": []\n}')))[0]).toContain('第2行 · 不是有效的 JSON：第13列起的文本中有换行或控制字符');
    expect((await refusal(csv('policy.json', '{\n  "schema": fundwatch\n}')))[0]).toContain('第2行 · 不是有效的 JSON：第13列的“f”不符合 JSON 语法');
    expect((await refusal(csv('policy.json', '{}\n}')))[0]).toContain('第2行 · 不是有效的 JSON：第1列在 JSON 结束之后还有内容');
    expect((await refusal(csv('policy.json', '{\n  schema: 1\n}')))[0]).toContain('第2行 · 不是有效的 JSON：第3列应为带双引号的键名');
    // 100,000 open brackets: found without recursion.
    expect((await refusal(csv('policy.json', '['.repeat(100_000))))[0]).toContain('第1行 · 不是有效的 JSON：第100001列处文件提前结束');
  });

  it('refuses a key written twice in one object at the second one (JSON.parse kept the last: an edit of the first changed nothing)', async () => {
    // The first coverage band's bound edited to 0.95 in place, and the same key added again below it.
    const text = POLICY.replace('"lt": "0.99"', '"lt": "0.95",\n "lt": "0.99"');
    expect(text).not.toBe(POLICY);
    const lines = text.split('\n');
    const line = lines.findIndex((l) => l.startsWith(' "lt": "0.99"')) + 1;
    expect(await refusal(csv('policy.json', text))).toEqual([
      `policy.json · 第${line}行 · 第2列的键"lt"在同一个对象中已出现过：JSON 只读取后一个，前一个的修改不会生效；请删去其中一个 · 应为：fundwatch-policy/2（或旧版 /1）格式的 policy.json（见 src/domain/policy/policy.default.json）`,
    ]);
    expect((await refusal(csv('policy.json', text), 'en'))[0]).toContain(`row ${line} · the key "lt" at column 2 is already in the same object: JSON reads only the last one`);
    // The same key in two objects is no repetition.
    expect(jsonDuplicateKey('{"a": {"x": 1}, "b": {"x": 2}, "c": [{"x": 1}, {"x": 2}]}')).toBeNull();
    expect(jsonDuplicateKey('{"a": 1, "b": {"c": 1, "c": 2}}')).toEqual({ key: 'c', line: 1, column: 24 });
  });

  it('reads a policy.json saved as GBK (Notepad\'s ANSI) or UTF-16 with a BOM (Notepad\'s Unicode)', async () => {
    // GBK bytes of each character, found by decoding every two-byte GBK code (Node encodes no GBK).
    const gbkOf = new Map<string, number[]>();
    const gbkDecoder = new TextDecoder('gbk');
    for (let hi = 0x81; hi <= 0xfe; hi++) for (let lo = 0x40; lo <= 0xfe; lo++) gbkOf.set(gbkDecoder.decode(new Uint8Array([hi, lo])), [hi, lo]);
    // A character GBK lacks (− U+2212) is written as a JSON escape, as a GBK editor would need.
    const byte = (ch: string): number[] => {
      const code = ch.charCodeAt(0);
      if (code < 0x80) return [code];
      return gbkOf.get(ch) ?? [...`\\u${code.toString(16).padStart(4, '0')}`].map((c) => c.charCodeAt(0));
    };
    const gbk = new Uint8Array([...POLICY].flatMap(byte));
    expect(gbk.includes(0xd2)).toBe(true);
    const utf16 = new Uint8Array(2 + POLICY.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < POLICY.length; i++) {
      const c = POLICY.charCodeAt(i);
      utf16[2 + 2 * i] = c & 0xff;
      utf16[3 + 2 * i] = c >> 8;
    }
    for (const bytes of [gbk, utf16]) {
      const report = await loadDataset(engine(), await tinyWith({ name: 'policy.json', bytes }));
      expect(report.problems.filter((p) => p.severity === 'error').map((p) => formatProblem(p))).toEqual([]);
      expect(report.policyFile?.note).toBe('医保');
    }
  });

  it('refuses bytes that are no text at all as such', async () => {
    expect(await refusal({ name: 'policy.json', bytes: new Uint8Array([0x7b, 0xff, 0xfe, 0x00, 0x7d]) })).toEqual([
      'policy.json · 文件既不是 UTF-8 也不是 GBK/GB18030 编码（出现无法识别的字符） · 应为：fundwatch-policy/2（或旧版 /1）格式的 policy.json（见 src/domain/policy/policy.default.json）',
    ]);
  });

  it('loads a policy.json written for another province, and says so', async () => {
    // The sample's policy (Inner Mongolia, 150000) copied beside another province's data.
    const other = JSON.stringify({ ...DEFAULT_POLICY_FILE, province_code: '510000' });
    const report = await loadDataset(engine(), await tinyWith(csv('policy.json', other)));
    expect(report.ok).toBe(true);
    const said = report.problems.filter((p) => p.file === 'policy.json');
    expect(said.map((p) => [p.severity, formatProblem(p)])).toEqual([
      [
        'warning',
        'policy.json · province_code · policy.json 是为 510000 制定的，而 regions.csv 的省级区划是 150000：其筹资标准、分担比例和预警阈值可能属于另一个省份 · 应为：province_code 与 regions.csv 中省级区划的代码相同',
      ],
    ]);
    expect(formatProblem(said[0]!, 'en')).toBe(
      'policy.json · province_code · policy.json was written for 510000, but the province in regions.csv is 150000: its standards, shares and alert thresholds may be another province\'s · expected: province_code equal to the code of the province in regions.csv',
    );
    const same = await loadDataset(engine(), await tinyWith(csv('policy.json', JSON.stringify(DEFAULT_POLICY_FILE))));
    expect(same.problems.filter((p) => p.file === 'policy.json')).toEqual([]);
  });

  it("says a city's sharing rule keyed at a code that is no pool of the data: it would apply to no one", async () => {
    // The tiny regions: 150000 province; 150100 呼和浩特市 (150102, 150103) and 150200 包头市 (150202).
    const [first, ...rest] = DEFAULT_POLICY_FILE.years;
    const rule = { city_ratio: '0.3' };
    const cities = { '150100': rule, '150900': rule, '150102': rule, '150000': rule };
    const policy = { ...DEFAULT_POLICY_FILE, years: [{ ...first!, sharing: { ...first!.sharing, cities } }, ...rest] };
    const report = await loadDataset(engine(), await tinyWith(csv('policy.json', JSON.stringify(policy))));
    expect(report.ok).toBe(true);
    const said = report.problems.filter((p) => p.file === 'policy.json');
    const year = first!.year;
    expect(said.map((p) => [p.severity, p.column, formatProblem(p)])).toEqual([
      // JSON objects' integer-like keys come in numeric order.
      ['warning', 'sharing.cities', expect.stringContaining(`${year} 年 sharing.cities 的 150000 内蒙古自治区 是省级区划`)],
      ['warning', 'sharing.cities', expect.stringContaining(`${year} 年 sharing.cities 的 150102 新城区 是地市下辖的县级区划`)],
      ['warning', 'sharing.cities', expect.stringContaining(`policy.json 中 ${year} 年 sharing.cities 的 150900 不在 regions.csv 中：这条分担规则不适用于任何统筹区`)],
    ]);
    expect(formatProblem(said[2]!, 'en')).toContain(`sharing.cities for ${year} names 150900, which is not in regions.csv`);
  });
});
