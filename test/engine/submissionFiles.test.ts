// What the page was given, as submissions: one folder per city (each with a
// regions file), files beside them shared by all, ZIPs unpacked, a folder
// without city folders loaded as always.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { DatasetFile } from '../../src/engine/formats/files';
import { splitSubmissions, unpackZips } from '../../src/engine/formats/submissionFiles';
import { formatProblem } from '../../src/engine/ingest/problems';
import { declareSize } from '../../scripts/fixtures/zipSizes';
import { TINY_DIR } from './harness';
import { said } from './said';

const file = (name: string, text = 'x'): DatasetFile => ({ name, bytes: new TextEncoder().encode(text) });
const names = (files: readonly DatasetFile[]) => files.map((f) => f.name).sort();

describe('splitSubmissions', () => {
  it('one folder: one submission, as always (its subfolders included)', () => {
    const files = [file('data/regions.csv'), file('data/fund_flows.csv'), file('data/reference/tiles.csv')];
    expect(splitSubmissions(files, 'data')).toEqual([{ name: 'data', files }]);
  });

  it('city folders: one submission each, named by folder; a file beside them goes to every one; clutter dropped', () => {
    const files = [
      file('2025Q2/150100/regions.csv'),
      file('2025Q2/150100/fund_flows.csv'),
      file('2025Q2/150200/行政区划.xlsx'),
      file('2025Q2/150200/budgets.csv'),
      file('2025Q2/150200/.DS_Store'),
      file('2025Q2/policy.json'),
    ];
    const subs = splitSubmissions(files, '2025Q2');
    expect(subs.map((s) => s.name)).toEqual(['150100', '150200']);
    expect(names(subs[0]?.files ?? [])).toEqual(['2025Q2/150100/fund_flows.csv', '2025Q2/150100/regions.csv', '2025Q2/policy.json']);
    expect(names(subs[1]?.files ?? [])).toEqual(['2025Q2/150200/budgets.csv', '2025Q2/150200/行政区划.xlsx', '2025Q2/policy.json']);
  });

  it('a city folder without a regions file is a submission of its own (its load says what it lacks)', () => {
    const subs = splitSubmissions([file('c/150100/regions.csv'), file('c/150200/regions.csv'), file('c/150300/fund_flows.csv'), file('c/policy.json')]);
    expect(subs.map((s) => [s.name, names(s.files)])).toEqual([
      ['150100', ['c/150100/regions.csv', 'c/policy.json']],
      ['150200', ['c/150200/regions.csv', 'c/policy.json']],
      ['150300', ['c/150300/fund_flows.csv', 'c/policy.json']],
    ]);
  });

  it('two folders of one name are told apart by their paths', () => {
    const subs = splitSubmissions([file('a/150100/regions.csv'), file('b/150100/regions.csv')]);
    expect(subs.map((s) => s.name)).toEqual(['a/150100', 'b/150100']);
  });
});

describe('unpackZips', () => {
  it('a ZIP of city folders becomes their files under the ZIP name; other files pass through', async () => {
    const zip = zipSync({ '150100/regions.csv': new TextEncoder().encode('r1'), '150200/regions.csv': new TextEncoder().encode('r2'), '__MACOSX/._x': new Uint8Array(1) });
    const { files, problems } = await unpackZips([{ name: 'cities.zip', blob: new Blob([zip]) }, file('policy.json')]);
    expect(problems).toEqual([]);
    expect(names(files)).toEqual(['cities/150100/regions.csv', 'cities/150200/regions.csv', 'policy.json']);
    expect(new TextDecoder().decode((files.find((f) => f.name === 'cities/150200/regions.csv') as { bytes: Uint8Array }).bytes)).toBe('r2');
    expect(splitSubmissions(files).map((s) => [s.name, names(s.files)])).toEqual([
      ['150100', ['cities/150100/regions.csv', 'policy.json']],
      ['150200', ['cities/150200/regions.csv', 'policy.json']],
    ]);
  });

  /** The zip with each ASCII placeholder name replaced by the same number of other bytes, the UTF-8 flag left unset: as Windows writes GBK names. */
  function renamed(zip: Uint8Array, names: Record<string, number[]>): Uint8Array {
    const out = zip.slice();
    for (const [placeholder, bytes] of Object.entries(names)) {
      const from = new TextEncoder().encode(placeholder);
      expect(bytes.length).toBe(from.length);
      for (let at = 0; at + from.length <= out.length; at++) if (from.every((b, i) => out[at + i] === b)) out.set(bytes, at);
    }
    return out;
  }

  it('reads entry names written in GBK (Windows on Chinese) or UTF-8 without the UTF-8 flag, so tables and city folders are recognised', async () => {
    const zip = zipSync({
      'AAAAAAAAAA/BBBBBBBB.csv': new TextEncoder().encode('r1'),
      'CCCCCC/regions.csv': new TextEncoder().encode('r2'),
      'DDDDDDDDD/regions.csv': new TextEncoder().encode('r3'),
      '说明/备注.txt': new TextEncoder().encode('n'),
    });
    const gbk = renamed(zip, {
      // 呼和浩特市 and 行政区划 in GBK; 包头市 in GBK; 赤峰市 in UTF-8 (Info-ZIP, macOS), none flagged.
      AAAAAAAAAA: [0xba, 0xf4, 0xba, 0xcd, 0xba, 0xc6, 0xcc, 0xd8, 0xca, 0xd0],
      BBBBBBBB: [0xd0, 0xd0, 0xd5, 0xfe, 0xc7, 0xf8, 0xbb, 0xae],
      CCCCCC: [0xb0, 0xfc, 0xcd, 0xb7, 0xca, 0xd0],
      DDDDDDDDD: [...new TextEncoder().encode('赤峰市')],
    });
    const { files, problems } = await unpackZips([{ name: 'cities.zip', bytes: gbk }]);
    expect(problems).toEqual([]);
    expect(names(files)).toEqual(['cities/包头市/regions.csv', 'cities/呼和浩特市/行政区划.csv', 'cities/说明/备注.txt', 'cities/赤峰市/regions.csv']);
    expect(new TextDecoder().decode((files.find((f) => f.name === 'cities/呼和浩特市/行政区划.csv') as { bytes: Uint8Array }).bytes)).toBe('r1');
    expect(splitSubmissions(files).map((s) => s.name)).toEqual(['包头市', '呼和浩特市', '赤峰市', '说明']);
  });

  it('reads backslashes in entry names (old Windows tools) as folder separators, so city folders stay apart', async () => {
    const zip = zipSync({ '150100\\regions.csv': new TextEncoder().encode('r1'), '150200\\regions.csv': new TextEncoder().encode('r2'), '150200\\__MACOSX\\._x': new Uint8Array(1) });
    const { files, problems } = await unpackZips([{ name: 'cities.zip', bytes: zip }]);
    expect(problems).toEqual([]);
    expect(names(files)).toEqual(['cities/150100/regions.csv', 'cities/150200/regions.csv']);
    expect(splitSubmissions(files).map((s) => s.name)).toEqual(['150100', '150200']);
  });

  it('refuses a ZIP holding one path twice (only the last was kept, silently) naming the path', async () => {
    const zip = zipSync({ 'c/regions.csv': new TextEncoder().encode('r1'), 'c/regionz.csv': new TextEncoder().encode('r2') });
    // The second entry's name made the same as the first's.
    const twice = renamed(zip, { 'c/regionz.csv': [...new TextEncoder().encode('c/regions.csv')] });
    const { files, problems } = await unpackZips([{ name: 'cities.zip', bytes: twice }]);
    expect(files).toEqual([]);
    expect(problems.map((p) => [p.file, said(p), p.severity])).toEqual([['cities.zip', '压缩包中的 c/regions.csv 出现了不止一次，无法确定读取哪一个', 'error']]);
  });

  it('refuses a ZIP whose regions.csv is a symbolic link (zip -y), naming it and where it points, instead of reading "/etc/passwd" as the table', async () => {
    const tiny = await readFile(join(TINY_DIR, 'regions.csv'));
    // Unix, mode lrwxrwxrwx in the high half of the external attributes: as `zip -y` writes a link.
    const link = { os: 3, attrs: (0o120777 << 16) >>> 0 };
    const zip = zipSync({ 'c/regions.csv': [new TextEncoder().encode('/etc/passwd'), link], 'c/fund_flows.csv': new Uint8Array(tiny) });
    const { files, problems } = await unpackZips([{ name: 'cities.zip', bytes: zip }]);
    expect(files).toEqual([]);
    expect(problems.map((p) => [p.file, formatProblem(p), p.severity])).toEqual([
      ['cities.zip', 'cities.zip · 压缩包中的 c/regions.csv 是符号链接（指向 /etc/passwd），不是文件本身 · 应为：由数据文件夹压缩成的 ZIP 文件，存放文件本身而非链接（zip 不加 -y）', 'error'],
    ]);
    // The same files with a regular file's mode (0644) are unpacked as always.
    const plain = zipSync({ 'c/regions.csv': [new Uint8Array(tiny), { os: 3, attrs: (0o100644 << 16) >>> 0 }] });
    expect(names((await unpackZips([{ name: 'cities.zip', bytes: plain }])).files)).toEqual(['cities/c/regions.csv']);
  });

  it('unpacks the cities\' ZIPs inside a province\'s ZIP, one level deep, as the cities\' folders', async () => {
    const city = (code: string) => zipSync({ 'regions.csv': new TextEncoder().encode(`r${code}`), 'fund_flows.csv': new TextEncoder().encode(`f${code}`) });
    // Two levels down, a ZIP stays a file (said as not the contract's when loaded).
    const deeper = zipSync({ 'regions.csv': new TextEncoder().encode('deep') });
    const province = zipSync({ '150100.zip': city('150100'), '150200.zip': zipSync({ 'regions.csv': new TextEncoder().encode('r150200'), 'x.zip': deeper }), 'policy.json': new TextEncoder().encode('{}') });
    const { files, problems } = await unpackZips([{ name: '内蒙古.zip', bytes: province }]);
    expect(problems).toEqual([]);
    expect(names(files)).toEqual([
      '内蒙古/150100/fund_flows.csv',
      '内蒙古/150100/regions.csv',
      '内蒙古/150200/regions.csv',
      '内蒙古/150200/x.zip',
      '内蒙古/policy.json',
    ]);
    expect(new TextDecoder().decode((files.find((f) => f.name === '内蒙古/150200/regions.csv') as { bytes: Uint8Array }).bytes)).toBe('r150200');
    expect(splitSubmissions(files).map((s) => s.name)).toEqual(['150100', '150200']);
  });

  it('refuses a zip bomb inside a ZIP from its directory, naming the inner ZIP and its part', async () => {
    const bomb = declareSize(zipSync({ 'regions.csv': new Uint8Array(64 * 1024) }), 'regions.csv', 2047 * 1024 * 1024);
    const { files, problems } = await unpackZips([{ name: 'cities.zip', bytes: zipSync({ '150100.zip': bomb }) }]);
    expect(files).toEqual([]);
    expect(problems.map((p) => [p.file, p.severity])).toEqual([['150100.zip', 'error']]);
    expect(said(problems[0]!)).toMatch(/^压缩包中的 regions\.csv 解压后为 2047 MB，/);
  });

  it('refuses an entry that claims fewer bytes than it holds, cut at a line end (rows were lost, silently), and bytes altered in a stored entry', async () => {
    const flows = new Uint8Array(await readFile(join(TINY_DIR, 'fund_flows.csv')));
    const text = new TextDecoder().decode(flows);
    // The size of the first 20 lines: what fflate unpacked was a well-formed file of 19 data rows.
    const cut = new TextEncoder().encode(text.split('\n').slice(0, 20).join('\n') + '\n').length;
    const lying = declareSize(zipSync({ 'c/fund_flows.csv': flows }), 'c/fund_flows.csv', cut);
    const short = await unpackZips([{ name: 'cities.zip', bytes: lying }]);
    expect(short.files).toEqual([]);
    expect(short.problems.map((p) => [p.file, said(p), p.severity])).toEqual([
      ['cities.zip', '压缩包中的 c/fund_flows.csv 已损坏：解压出的内容与压缩包目录记录的校验值不符（大小或内容被改动），未读取', 'error'],
    ]);
    expect(said(short.problems[0], 'en')).toBe("c/fund_flows.csv in the ZIP is damaged: what it unpacks to does not match the checksum the ZIP's directory records (its size or content was altered); not read");
    // Stored (not compressed): one digit of an amount changed in the ZIP's bytes.
    const stored = zipSync({ 'c/fund_flows.csv': flows }, { level: 0 });
    const start = stored.findIndex((_, i) => flows.every((b, j) => stored[i + j] === b));
    expect(start).toBeGreaterThan(0);
    const altered = stored.slice();
    altered[start + flows.lastIndexOf(0x30)] = 0x39;
    const changed = await unpackZips([{ name: 'cities.zip', bytes: altered }]);
    expect(changed.problems.map((p) => said(p))).toEqual(['压缩包中的 c/fund_flows.csv 已损坏：解压出的内容与压缩包目录记录的校验值不符（大小或内容被改动），未读取']);
    // The same ZIPs, untouched, unpack as always.
    expect((await unpackZips([{ name: 'cities.zip', bytes: stored }])).problems).toEqual([]);
    expect((await unpackZips([{ name: 'cities.zip', bytes: zipSync({ 'c/fund_flows.csv': flows }) }])).files.map((f) => f.name)).toEqual(['cities/c/fund_flows.csv']);
  });

  it('a file named .zip that is not one is a problem naming it', async () => {
    const { files, problems } = await unpackZips([file('cities.zip', 'not a zip')]);
    expect(files).toEqual([]);
    expect(problems.map((p) => [p.file, said(p), p.severity])).toEqual([['cities.zip', '不是有效的 ZIP 文件（无法解压）', 'error']]);
  });
});

/** A ZIP's bytes with every part's compression method (local and central headers) set to `method`. */
function withMethod(zip: Uint8Array, method: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  for (let i = 0; i + 4 <= out.length; i++) {
    const signature = view.getUint32(i, true);
    if (signature === 0x04034b50) view.setUint16(i + 8, method, true);
    if (signature === 0x02014b50) view.setUint16(i + 10, method, true);
  }
  return out;
}

// Found by a sweep of hostile files: a valid ZIP packed by 7-Zip with BZip2 or LZMA was "not a valid ZIP file".
describe('unpackZips, a ZIP packed another way than Deflate', () => {
  it('names the part and the method, and how to pack it again', async () => {
    const zip = zipSync({ 'regions.csv': new TextEncoder().encode('region_code,name,level\n') });
    for (const [method, packed] of [
      [12, '用 BZip2 方式压缩'],
      [14, '用 LZMA 方式压缩'],
      [99, '用 AES 加密'],
    ] as const) {
      const { problems } = await unpackZips([{ name: 'cities.zip', bytes: withMethod(zip, method) }]);
      expect(problems.map((p) => formatProblem(p))).toEqual([
        `cities.zip · 其中的 regions.csv ${packed}，无法解压：请不加密码、用 ZIP 的标准压缩方式（Deflate；7-Zip 中“压缩方法”选 Deflate，或用系统自带的“压缩”）重新打包 · 应为：由数据文件夹（或每个盟市/地市一个文件夹）压缩成的 ZIP 文件`,
      ]);
    }
    expect(formatProblem((await unpackZips([{ name: 'cities.zip', bytes: withMethod(zip, 12) }])).problems[0]!, 'en')).toMatch(/^cities\.zip · regions\.csv in it is compressed with BZip2 and cannot be unzipped: pack it again without a password/);
    // Deflate itself is read.
    expect((await unpackZips([{ name: 'cities.zip', bytes: zip }])).problems).toEqual([]);
  });
});

/** A ZIP's bytes with general-purpose flag bit 0 ("encrypted", as ZipCrypto sets it) set in every local and central header. */
function withEncryptedFlag(zip: Uint8Array): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  for (let i = 0; i + 4 <= out.length; i++) {
    const signature = view.getUint32(i, true);
    if (signature === 0x04034b50) view.setUint16(i + 6, view.getUint16(i + 6, true) | 1, true);
    if (signature === 0x02014b50) view.setUint16(i + 8, view.getUint16(i + 8, true) | 1, true);
  }
  return out;
}

// Found by sweep 33: a password-protected ZIP (ZipCrypto keeps method 8 or 0) was "not a valid ZIP" or "damaged".
describe('unpackZips, a password-protected ZIP', () => {
  it('says the ZIP has a password and what to do, for Deflate and stored entries alike', async () => {
    const entries = { 'c/regions.csv': new TextEncoder().encode('region_code,name,level\n'), 'c/fund_flows.csv': new TextEncoder().encode('x\n') };
    for (const zip of [zipSync(entries), zipSync(entries, { level: 0 })]) {
      const { files, problems } = await unpackZips([{ name: 'cities.zip', bytes: withEncryptedFlag(zip) }]);
      expect(files).toEqual([]);
      expect(problems.map((p) => [p.file, said(p), said(p, 'en'), p.severity])).toEqual([
        [
          'cities.zip',
          '压缩包设置了密码，无法解压：请先解压，再载入解压出的文件夹（或不加密码重新压缩）',
          'The ZIP is password-protected and cannot be unzipped: unzip it first and load the folder (or zip it again without a password)',
          'error',
        ],
      ]);
      // The same ZIP without the flag unpacks.
      expect(names((await unpackZips([{ name: 'cities.zip', bytes: zip }])).files)).toEqual(['cities/c/fund_flows.csv', 'cities/c/regions.csv']);
    }
  });
});

// Found by sweep 33: bytes in front of a ZIP (a BOM or CRLF a web export echoed, a self-extractor's stub) gave "a path with
// an empty name twice", a 3 GB zip bomb, or 12 KB of binary quoted as a file name; unzip, 7-Zip and Python read them.
describe('unpackZips, bytes in front of the ZIP', () => {
  it('reads the ZIP from where its end record says it starts, as unzip does', async () => {
    const regions = new Uint8Array(await readFile(join(TINY_DIR, 'regions.csv')));
    const flows = new Uint8Array(await readFile(join(TINY_DIR, 'fund_flows.csv')));
    const zip = zipSync({ 'data/regions.csv': regions, 'data/fund_flows.csv': flows });
    // A stub of every byte value, as an executable has, with signatures of its own that are no ZIP's.
    const stub = Uint8Array.from({ length: 4000 }, (_, i) => (i * 7 + 3) % 256);
    for (const prefix of [[0xef, 0xbb, 0xbf], [0x0d, 0x0a], [...stub]]) {
      const prefixed = new Uint8Array([...prefix, ...zip]);
      const { files, problems } = await unpackZips([{ name: 'export.zip', bytes: prefixed }]);
      expect(problems).toEqual([]);
      expect(names(files)).toEqual(['export/data/fund_flows.csv', 'export/data/regions.csv']);
      expect((files.find((f) => f.name === 'export/data/fund_flows.csv') as { bytes: Uint8Array }).bytes).toEqual(flows);
    }
  });

  it('quotes an entry name from the ZIP bounded and without control characters', async () => {
    const name = `${'a\u0001b\u0000'.repeat(100)}.csv`;
    const zip = withMethod(zipSync({ [name]: new TextEncoder().encode('x') }), 12);
    const { problems } = await unpackZips([{ name: 'cities.zip', bytes: zip }]);
    expect(problems.map((p) => said(p))).toEqual([
      `其中的 ${'a?b?'.repeat(30)}… 用 BZip2 方式压缩，无法解压：请不加密码、用 ZIP 的标准压缩方式（Deflate；7-Zip 中“压缩方法”选 Deflate，或用系统自带的“压缩”）重新打包`,
    ]);
  });
});
