// The XLSX reader's pieces: XML tokens, number text, date serials, and a
// round trip through our own writer with formula neutralisation.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { columnLetters, exportCsv, exportXlsx, neutralise } from '../../src/engine/export/exportTable';
import { columnIndex, excelNumberText, excelSerialDate, readXlsx, XlsxError } from '../../src/engine/formats/xlsx';
import { renderMessage } from '../../src/domain/messages/render';
import { decodeEntities, scanXml } from '../../src/engine/formats/xml';
import { strToU8, zipSync } from 'fflate';

describe('xml', () => {
  it('decodes the five entities and character references', () => {
    expect(decodeEntities('a &amp; b &lt;c&gt; &quot;d&quot; &apos;e&apos; &#20013;&#x6587;')).toBe('a & b <c> "d" \'e\' 中文');
  });

  it('reports elements, attributes with a > inside quotes, text and CDATA, skipping comments', () => {
    const events: string[] = [];
    scanXml('<?xml version="1.0"?><!-- x --><x:row r="2" a=\'1>2\'><c/>t&amp;<![CDATA[<raw>]]></x:row>', {
      open: (name, attrs, self) => events.push(`open ${name} ${JSON.stringify(attrs)} ${self}`),
      close: (name) => events.push(`close ${name}`),
      text: (text) => events.push(`text ${text}`),
    });
    expect(events).toEqual(['open row {"r":"2","a":"1>2"} false', 'open c {} true', 'close c', 'text t&', 'text <raw>', 'close row']);
  });
});

describe('xlsx cells', () => {
  it('keeps number text as stored, rounding 17-digit float noise to the 15 digits Excel shows', () => {
    expect(excelNumberText('1234.5')).toBe('1234.5');
    expect(excelNumberText('0.30000000000000004')).toBe('0.3');
    expect(excelNumberText('1234.5600000000002')).toBe('1234.56');
    // A real third decimal stays, and the money check refuses it.
    expect(excelNumberText('12.345')).toBe('12.345');
    expect(excelNumberText('1E-3')).toBe('0.001');
    expect(excelNumberText('150102')).toBe('150102');
    // 16 or more integer digits are not exact: kept in scientific notation (and refused), never padded with zeros.
    expect(excelNumberText('1.50102199001011E+017')).toBe('1.50102199001011E+17');
    expect(excelNumberText('150102199001011234')).toBe('1.50102199001011E+17');
    expect(excelNumberText('999999999999999')).toBe('999999999999999');
  });

  it('turns 1900- and 1904-system serials into dates', () => {
    // 1 = 1900-01-01; 59 = 1900-02-28; 60 is Lotus's 1900-02-29, which never existed; 61 = 1900-03-01.
    expect(excelSerialDate('1')).toBe('1900-01-01');
    expect(excelSerialDate('59')).toBe('1900-02-28');
    expect(excelSerialDate('60')).toBeNull();
    expect(excelSerialDate('61')).toBe('1900-03-01');
    // 45292 = 2024-01-01 (1899-12-30 + 45292 days); a time of day is dropped.
    expect(excelSerialDate('45292')).toBe('2024-01-01');
    expect(excelSerialDate('45292.75')).toBe('2024-01-01');
    // 1904 system: 0 = 1904-01-01, so 43830 = 2024-01-01 (45292 − 1462).
    expect(excelSerialDate('43830', true)).toBe('2024-01-01');
    // Past 9999-12-31 (2,958,465) no day: a date typed as the number 20211022 stays that number, for the date check to name it.
    expect(excelSerialDate('2958465')).toBe('9999-12-31');
    expect(excelSerialDate('20211022')).toBeNull();
    expect(excelSerialDate('20211022', true)).toBeNull();
    // Past what a JavaScript Date holds: was a RangeError ("Invalid time value").
    expect(excelSerialDate('99999999999')).toBeNull();
  });

  it('maps column letters both ways', () => {
    expect(columnIndex('A1')).toBe(0);
    expect(columnIndex('AB12')).toBe(27);
    fc.assert(fc.property(fc.integer({ min: 0, max: 16383 }), (i) => columnIndex(`${columnLetters(i)}1`) === i));
  });
});

/** A one-sheet workbook of the given `<row>` elements, as other writers than Excel make them. */
function workbookOf(rows: string): Uint8Array {
  return zipSync({
    'xl/workbook.xml': strToU8('<workbook xmlns:r="r"><sheets><sheet name="transfers" r:id="rId1"/></sheets></workbook>'),
    'xl/_rels/workbook.xml.rels': strToU8('<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>'),
    'xl/worksheets/sheet1.xml': strToU8(`<worksheet><sheetData>${rows}</sheetData></worksheet>`),
  });
}

function cellTexts(bytes: Uint8Array): string[][] | undefined {
  return readXlsx(bytes).sheets[0]?.rows.map((r) => Array.from(r.cells, (c) => (c ? `${c.numeric ? 'n' : 's'}:${c.text}` : '')));
}

describe('xlsx cells of other writers', () => {
  it('reads an inline string without its phonetic guide (<rPh>), as a shared string is read', () => {
    const rows = '<row r="1"><c r="A1" t="inlineStr"><is><r><t>财社</t></r><r><t>〔2021〕31号</t></r><rPh sb="0" eb="2"><t>ザイシャ</t></rPh><phoneticPr fontId="1"/></is></c></row>';
    expect(cellTexts(workbookOf(rows))).toEqual([['s:财社〔2021〕31号']]);
  });

  it('reads a typed cell without a value (a styled empty cell: t="s" or t="b" with no <v>, or <v/>) as empty, not as shared string 0 or false', () => {
    const sheet = strToU8(
      '<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"/><c r="C1" t="s"><v/></c><c r="D1" t="b"/><c r="E1" t="b"><v></v></c><c r="F1" t="e"/><c r="G1" t="b"><v>1</v></c></row></sheetData></worksheet>',
    );
    const book = zipSync({
      'xl/workbook.xml': strToU8('<workbook xmlns:r="r"><sheets><sheet name="transfers" r:id="rId1"/></sheets></workbook>'),
      'xl/_rels/workbook.xml.rels': strToU8('<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>'),
      'xl/worksheets/sheet1.xml': sheet,
      'xl/sharedStrings.xml': strToU8('<sst><si><t>region_code</t></si></sst>'),
    });
    expect(cellTexts(book)).toEqual([['s:region_code', '', '', '', '', '', 's:true']]);
  });
});

describe('xlsx shared strings out of range', () => {
  it('names the sheet and the cell whose index is past the table (or no index: -1, 0.5, 1e0), and how many strings there are', () => {
    const book = (index: string): Uint8Array =>
      zipSync({
        'xl/workbook.xml': strToU8('<workbook xmlns:r="r"><sheets><sheet name="regions" r:id="rId1"/></sheets></workbook>'),
        'xl/_rels/workbook.xml.rels': strToU8('<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>'),
        'xl/worksheets/sheet1.xml': strToU8(
          `<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row><row r="3"><c r="A3"><v>150000</v></c><c r="B3" t="s"><v>${index}</v></c></row></sheetData></worksheet>`,
        ),
        'xl/sharedStrings.xml': strToU8('<sst><si><t>region_code</t></si><si><t>name</t></si></sst>'),
      });
    expect(() => readXlsx(book('999'))).toThrow('工作表"regions"的单元格 B3 引用的共享字符串 999 不存在（共享字符串表只有 2 项，编号从 0 起）');
    for (const index of ['-1', '0.5', '1e0', '2']) expect(() => readXlsx(book(index))).toThrow(`单元格 B3 引用的共享字符串 ${index} 不存在`);
    expect(cellTexts(book('1'))).toEqual([['s:region_code', 's:name'], ['n:150000', 's:name']]);
  });
});

describe('xlsx part names', () => {
  it('finds the parts whatever their case (part names are case-insensitive) and the shared strings where the relationships say', () => {
    const rels = (target: string): Uint8Array =>
      strToU8(
        '<Relationships><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="Worksheets/Sheet1.XML"/>' +
          `<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="${target}"/></Relationships>`,
      );
    const sheet = strToU8('<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1"><v>2024</v></c></row></sheetData></worksheet>');
    const strings = strToU8('<sst><si><t>财社〔2021〕31号</t></si></sst>');
    const workbook = strToU8('<workbook xmlns:r="r"><sheets><sheet name="transfers" r:id="rId1"/></sheets></workbook>');
    const upper = zipSync({ 'xl/workbook.xml': workbook, 'xl/_rels/workbook.xml.rels': rels('SharedStrings.xml'), 'xl/worksheets/sheet1.xml': sheet, 'xl/SharedStrings.xml': strings });
    expect(cellTexts(upper)).toEqual([['s:财社〔2021〕31号', 'n:2024']]);
    const absolute = zipSync({ 'xl/workbook.xml': workbook, 'xl/_rels/workbook.xml.rels': rels('/xl/sharedStrings.xml'), 'xl/worksheets/sheet1.xml': sheet, 'xl/sharedStrings.xml': strings });
    expect(cellTexts(absolute)).toEqual([['s:财社〔2021〕31号', 'n:2024']]);
  });
});

describe('xlsx sheets kept outside the workbook', () => {
  it('says a sheet whose relationship points at an address (http://, file://, a share) is outside the workbook, and fetches nothing', () => {
    const book = (target: string): Uint8Array =>
      zipSync({
        'xl/workbook.xml': strToU8('<workbook xmlns:r="r"><sheets><sheet name="regions" r:id="rId1"/></sheets></workbook>'),
        'xl/_rels/workbook.xml.rels': strToU8(`<Relationships><Relationship Id="rId1" Target="${target}" TargetMode="External"/></Relationships>`),
      });
    const fetched: unknown[] = [];
    const realFetch = globalThis.fetch;
    globalThis.fetch = (...args: Parameters<typeof fetch>) => {
      fetched.push(args[0]);
      return Promise.reject(new Error('no network'));
    };
    try {
      expect(() => readXlsx(book('http://127.0.0.1:9/sheet1.xml'))).toThrow('工作表"regions"的数据不在工作簿中，而在外部地址 http://127.0.0.1:9/sheet1.xml（不会访问）');
      expect(() => readXlsx(book('file:///etc/passwd'))).toThrow('外部地址 file:///etc/passwd（不会访问）');
      expect(() => readXlsx(book('\\\\server\\share\\s.xml'))).toThrow('外部地址 \\\\server\\share\\s.xml（不会访问）');
    } finally {
      globalThis.fetch = realFetch;
    }
    expect(fetched).toEqual([]);
  });
});

describe('xlsx references', () => {
  it('reads lower-case cell references, and a reference that is not one (or a row number that is not) as if absent: next in order', () => {
    const rows =
      '<row r="1"><c r="a1" t="inlineStr"><is><t>x</t></is></c><c r="c1"><v>3</v></c></row>' +
      '<row r="abc"><c r="1A" t="inlineStr"><is><t>y</t></is></c><c><v>2</v></c></row>' +
      '<row r="0"><c r="B3"><v>5</v></c></row>';
    const book = readXlsx(workbookOf(rows));
    expect(book.sheets[0]?.rows.map((r) => r.row)).toEqual([1, 2, 3]);
    expect(cellTexts(workbookOf(rows))).toEqual([['s:x', '', 'n:3'], ['s:y', 'n:2'], ['', 'n:5']]);
  });
});

describe('workbooks that are not zips', () => {
  it('says a password-protected workbook (or an old .xls) is one: both are OLE compound files, not zips', () => {
    const compound = new Uint8Array(4096);
    compound.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(() => readXlsx(compound)).toThrow('设置了打开密码的工作簿，或旧版 .xls 文件（无法读取）');
    expect(() => readXlsx(new Uint8Array(4096))).toThrow('不是有效的 XLSX 文件（无法解压）');
    expect(() => readXlsx(new Uint8Array(0))).toThrow('文件是空的');
  });
});

describe('zips that are other documents', () => {
  const packed = (parts: Record<string, string>): Uint8Array => zipSync(Object.fromEntries(Object.entries(parts).map(([k, v]) => [k, strToU8(v)])));
  it('says what a renamed document is (by a part only it has) and how to save it as .xlsx, not that the XLSX is broken', () => {
    const ods = packed({ mimetype: 'application/vnd.oasis.opendocument.spreadsheet', 'content.xml': '<office:document-content/>', 'META-INF/manifest.xml': '<m/>' });
    expect(() => readXlsx(ods)).toThrow('这个文件其实是 OpenDocument 表格（.ods），不是 XLSX');
    const odt = packed({ mimetype: 'application/vnd.oasis.opendocument.text', 'content.xml': '<office:document-content/>' });
    expect(() => readXlsx(odt)).toThrow('这个文件其实是 OpenDocument 文档（不是表格）');
    expect(() => readXlsx(packed({ '[Content_Types].xml': '<Types/>', 'xl/workbook.bin': 'x', 'xl/worksheets/sheet1.bin': 'x' }))).toThrow('Excel 二进制工作簿（.xlsb）');
    expect(() => readXlsx(packed({ 'Index/Document.iwa': 'x', 'Metadata/Properties.plist': 'x' }))).toThrow('Apple Numbers');
    expect(() => readXlsx(packed({ '[Content_Types].xml': '<Types/>', 'word/document.xml': '<w:document/>' }))).toThrow('Word 文档（.docx）');
    expect(() => readXlsx(packed({ '[Content_Types].xml': '<Types/>', 'ppt/presentation.xml': '<p:presentation/>' }))).toThrow('PowerPoint');
    // A zip of something else still says only that it is no workbook.
    expect(() => readXlsx(packed({ 'notes.txt': 'x' }))).toThrow('不是有效的 XLSX 文件（缺少 xl/workbook.xml');
  });
});

describe('xlsx escaped characters', () => {
  it('decodes _xHHHH_ escapes in shared and inline strings (Excel writes a CR in a cell as _x000D_), and _x005F_ as the underscore that escapes one', () => {
    const workbook = zipSync({
      'xl/workbook.xml': strToU8('<workbook xmlns:r="r"><sheets><sheet name="regions" r:id="rId1"/></sheets></workbook>'),
      'xl/_rels/workbook.xml.rels': strToU8('<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>'),
      'xl/sharedStrings.xml': strToU8('<sst><si><t>上级区划_x000D_\n代码</t></si></sst>'),
      'xl/worksheets/sheet1.xml': strToU8(
        '<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>a_x005F_x0041_b_x4E2D_</t></is></c><c r="C1"><v>12</v></c></row></sheetData></worksheet>',
      ),
    });
    expect(cellTexts(workbook)).toEqual([['s:上级区划\r\n代码', 's:a_x0041_b中', 'n:12']]);
  });

  it('writes a text holding a literal _xHHHH_ escaped, so that Excel (and our reader) shows it as it is', async () => {
    const { unzipSync, strFromU8 } = await import('fflate');
    const bytes = exportXlsx([{ name: 's', columns: [{ key: 'name' }], rows: [{ name: '文号_x0041_甲' }] }]);
    expect(strFromU8(unzipSync(bytes)['xl/worksheets/sheet1.xml']!)).toContain('文号_x005F_x0041_甲');
    expect(cellTexts(bytes)).toEqual([['s:name'], ['s:文号_x0041_甲']]);
  });
});

describe('xlsx date cells', () => {
  it('reads an ISO 8601 date cell (t="d": strict OOXML, openpyxl with iso_dates) as its day; a time of day is dropped as for a serial', () => {
    const rows =
      '<row r="1"><c r="A1" t="d"><v>2021-10-22T00:00:00</v></c><c r="B1" t="d"><v>2021-10-26T15:30:00.000Z</v></c><c r="C1" t="d"><v>2021-10-27</v></c></row>' +
      '<row r="2"><c r="A2" t="d"><v>下周</v></c></row>';
    // Not a date: kept as it is, and the date check names it.
    expect(cellTexts(workbookOf(rows))).toEqual([['s:2021-10-22', 's:2021-10-26', 's:2021-10-27'], ['s:下周']]);
  });
});

describe('exports', () => {
  const columns = [{ key: 'name' }, { key: 'amount', numeric: true }];
  const rows = [
    { name: '=HYPERLINK("http://x")', amount: '-12.50' },
    { name: '+1', amount: '=1+1' },
    { name: '@SUM(A1)', amount: 3 },
    { name: '\tx', amount: null },
    { name: '呼和浩特, "市"', amount: '0.10' },
  ];

  it('neutralises formula starts in CSV, except plain numbers of numeric columns', () => {
    expect(neutralise('-12.50', true)).toBe('-12.50');
    expect(neutralise('-12.50')).toBe("'-12.50");
    expect(exportCsv(rows, columns)).toBe(
      '\ufeffname,amount\r\n"\'=HYPERLINK(""http://x"")",-12.50\r\n\'+1,\'=1+1\r\n\'@SUM(A1),3\r\n\'\tx,\r\n"呼和浩特, ""市""",0.10\r\n',
    );
  });

  it('writes XLSX that reads back: text as inline strings, plain numbers of numeric columns as numbers', () => {
    const book = readXlsx(exportXlsx([{ name: 'a/b:c', columns, rows }]));
    expect(book.sheets.map((s) => s.name)).toEqual(['a_b_c']);
    const cells = book.sheets[0]?.rows.map((r) => r.cells.map((c) => (c ? `${c.numeric ? 'n' : 's'}:${c.text}` : '')));
    expect(cells).toEqual([
      ['s:name', 's:amount'],
      ['s:=HYPERLINK("http://x")', 'n:-12.50'],
      ['s:+1', 's:=1+1'],
      ['s:@SUM(A1)', 'n:3'],
      ['s:\tx'],
      ['s:呼和浩特, "市"', 'n:0.10'],
    ]);
  });
});

describe('exportXlsx number formats', () => {
  it('writes money with a thousands format and rates with a percent format, the exact values kept', async () => {
    const { unzipSync, strFromU8 } = await import('fflate');
    const bytes = exportXlsx([
      {
        name: 'coverage',
        columns: [
          { key: 'region', label: '地区' },
          { key: 'amount', label: '金额（元）', numeric: true, format: 'money' },
          { key: 'rate', label: '参保率', numeric: true, format: 'rate' },
          { key: 'persons', label: '人数', numeric: true, format: 'count' },
        ],
        rows: [{ region: '奈曼旗', amount: '17960565.39', rate: '0.989029', persons: '6198' }],
      },
    ]);
    const files = unzipSync(bytes);
    const sheet = strFromU8(files['xl/worksheets/sheet1.xml']!);
    expect(sheet).toContain('<c r="B2" s="1"><v>17960565.39</v></c>');
    expect(sheet).toContain('<c r="C2" s="2"><v>0.989029</v></c>');
    expect(sheet).toContain('<c r="D2" s="3"><v>6198</v></c>');
    const styles = strFromU8(files['xl/styles.xml']!);
    // Built-in formats: 4 = #,##0.00, 10 = 0.00%, 3 = #,##0.
    expect(styles).toMatch(/<cellXfs count="4">.*numFmtId="4".*numFmtId="10".*numFmtId="3"/);
    expect(strFromU8(files['xl/_rels/workbook.xml.rels']!)).toContain('Target="styles.xml"');
    expect(strFromU8(files['[Content_Types].xml']!)).toContain('/xl/styles.xml');
    // Our own reader reads the values back unchanged.
    const book = readXlsx(bytes);
    expect(book.sheets[0]?.rows[1]?.cells.map((c) => (c ? `${c.numeric ? 'n' : 's'}:${c.text}` : ''))).toEqual([
      's:奈曼旗',
      'n:17960565.39',
      'n:0.989029',
      'n:6198',
    ]);
  });
});

// Found by sweep 33: a chart sheet (Excel's "Move chart → New sheet"), a sheet at another path and UTF-16 or
// backslash-named parts made a workbook "data missing", "cut short" or "an old .xls"; CSV text or a web page
// under an .xlsx name was only "cannot be unzipped".
describe('xlsx packaging of other writers', () => {
  const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  const SHEET = '<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1"><v>2024</v></c></row></sheetData></worksheet>';
  const STRINGS = '<sst><si><t>财社〔2021〕31号</t></si></sst>';
  /** A workbook of the given sheets (name, relationship type, target) and parts. */
  const book = (sheets: readonly [string, string, string][], parts: Record<string, string | Uint8Array>): Uint8Array =>
    zipSync({
      'xl/workbook.xml': strToU8(`<workbook xmlns:r="r"><sheets>${sheets.map(([name], i) => `<sheet name="${name}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets></workbook>`),
      'xl/_rels/workbook.xml.rels': strToU8(
        `<Relationships>${sheets.map(([, type, target], i) => `<Relationship Id="rId${i + 1}" Type="${REL}/${type}" Target="${target}"/>`).join('')}<Relationship Id="rId99" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
      ),
      ...Object.fromEntries(Object.entries(parts).map(([k, v]) => [k, typeof v === 'string' ? strToU8(v) : v])),
    });
  const read = (bytes: Uint8Array): [string, string[][]][] =>
    readXlsx(bytes).sheets.map((s) => [s.name, s.rows.map((r) => Array.from(r.cells, (c) => (c ? `${c.numeric ? 'n' : 's'}:${c.text}` : '')))]);
  const WANTED: [string, string[][]][] = [['Sheet1', [['s:财社〔2021〕31号', 'n:2024']]]];
  /** The refusal of `bytes`, in English. */
  const saidInEnglish = (bytes: Uint8Array): string => {
    try {
      readXlsx(bytes);
    } catch (e) {
      if (e instanceof XlsxError) return renderMessage(e.detail, 'en');
      throw e;
    }
    throw new Error('not refused');
  };

  it('leaves out a chart sheet, a dialog sheet and a macro sheet (no cells), and reads the worksheet', () => {
    for (const type of ['chartsheet', 'dialogsheet', 'xlMacrosheet']) {
      const bytes = book(
        [
          ['图表1', type, `${type}s/sheet1.xml`],
          ['Sheet1', 'worksheet', 'worksheets/sheet1.xml'],
        ],
        { [`xl/${type}s/sheet1.xml`]: '<chartsheet/>', 'xl/worksheets/sheet1.xml': SHEET, 'xl/sharedStrings.xml': STRINGS },
      );
      expect(read(bytes)).toEqual(WANTED);
    }
  });

  it('finds a worksheet where its relationship points, as OPC resolves it: absolute, relative with "..", percent-encoded', () => {
    for (const [target, part] of [
      ['/xl/data/数据.xml', 'xl/data/数据.xml'],
      ['worksheets/%E6%95%B0%E6%8D%AE.xml', 'xl/worksheets/数据.xml'],
      ['../xl/./worksheets/sheet9.xml', 'xl/worksheets/sheet9.xml'],
      ['sheets/a%20b.xml', 'xl/sheets/a b.xml'],
    ] as const) {
      expect(read(book([['Sheet1', 'worksheet', target]], { [part]: SHEET, 'xl/sharedStrings.xml': STRINGS }))).toEqual(WANTED);
    }
  });

  it('says what is missing when a sheet part really is, in both languages, without calling the workbook broken', () => {
    const bytes = book([['fund_flows', 'worksheet', 'worksheets/sheet1.xml']], { 'xl/sharedStrings.xml': STRINGS });
    expect(() => readXlsx(bytes)).toThrow('工作表"fund_flows"的内容不在文件中：工作簿记录它在 xl/worksheets/sheet1.xml，压缩包里却没有这一部分（生成文件的程序漏写了它，或文件保存后被改动过）');
    expect(saidInEnglish(bytes)).toBe(
        'The sheet "fund_flows" is not in the file: the workbook says it is at xl/worksheets/sheet1.xml, but the ZIP holds no such part (the program that wrote the file left it out, or the file was altered after it was saved)',
    );
    const unlinked = zipSync({ 'xl/workbook.xml': strToU8('<workbook xmlns:r="r"><sheets><sheet name="regions" r:id="rId7"/></sheets></workbook>'), 'xl/_rels/workbook.xml.rels': strToU8('<Relationships/>') });
    expect(() => readXlsx(unlinked)).toThrow('工作表"regions"的内容不在文件中：工作簿没有记录它存放在哪里（找不到关系 rId7）');
  });

  it('reads XML parts in UTF-16 with a byte-order mark (legal XML), little- and big-endian', () => {
    const utf16 = (text: string, big: boolean): Uint8Array => {
      const out = new Uint8Array(2 + text.length * 2);
      const view = new DataView(out.buffer);
      view.setUint16(0, 0xfeff, !big);
      for (let i = 0; i < text.length; i++) view.setUint16(2 + i * 2, text.charCodeAt(i), !big);
      return out;
    };
    for (const big of [false, true]) {
      const declared = (xml: string): Uint8Array => utf16(`<?xml version="1.0" encoding="UTF-16"?>${xml}`, big);
      const bytes = book([['Sheet1', 'worksheet', 'worksheets/sheet1.xml']], { 'xl/worksheets/sheet1.xml': declared(SHEET), 'xl/sharedStrings.xml': declared(STRINGS) });
      expect(read(bytes)).toEqual(WANTED);
    }
  });

  it('reads part names written with backslashes (xl\\worksheets\\sheet1.xml, as some .NET writers store them)', () => {
    const bytes = zipSync({
      'xl\\workbook.xml': strToU8('<workbook xmlns:r="r"><sheets><sheet name="Sheet1" r:id="rId1"/></sheets></workbook>'),
      'xl\\_rels\\workbook.xml.rels': strToU8(`<Relationships><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`),
      'xl\\worksheets\\sheet1.xml': strToU8(SHEET),
      'xl\\sharedStrings.xml': strToU8(STRINGS),
    });
    expect(read(bytes)).toEqual(WANTED);
  });

  it('reads a workbook with bytes in front of its ZIP (a BOM a web export echoed), as unzip does', () => {
    const bytes = book([['Sheet1', 'worksheet', 'worksheets/sheet1.xml']], { 'xl/worksheets/sheet1.xml': SHEET, 'xl/sharedStrings.xml': STRINGS });
    expect(read(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]))).toEqual(WANTED);
  });

  it('says an .xlsx that is really CSV text (UTF-8, GBK, UTF-16) or a web page is one, and what to do; binary bytes stay "cannot be unzipped"', () => {
    const csv = 'year,region_code,fund,direction,amount\r\n2024,150102,resident,income,1.00\r\n';
    const gbk = new Uint8Array([0xc4, 0xea, 0xb6, 0xc8, 0x2c, 0xc7, 0xf8, 0xbb, 0xae, 0xb4, 0xfa, 0xc2, 0xeb, 0x0d, 0x0a]);
    const text = '这个 .xlsx 文件其实是文本（CSV），不是 XLSX：请把扩展名改为 .csv，或用 Excel 打开后另存为"Excel 工作簿（*.xlsx）"';
    expect(() => readXlsx(strToU8(csv))).toThrow(text);
    expect(() => readXlsx(gbk)).toThrow(text);
    expect(() => readXlsx(new Uint8Array([0xff, 0xfe, ...Array.from('a\tb\r\n', (c) => [c.charCodeAt(0), 0]).flat()]))).toThrow(text);
    const html = '\ufeff\r\n<html><head><meta charset="utf-8"></head><body><table><tr><td>年度</td></tr></table></body></html>';
    expect(() => readXlsx(strToU8(html))).toThrow('这个 .xlsx 文件其实是网页（HTML）或 XML 表格（业务系统"导出 Excel"常见），不是 XLSX（改扩展名不会转换格式）');
    expect(saidInEnglish(strToU8(csv))).toBe('This .xlsx file is really text (CSV), not an XLSX: rename it to .csv, or open it in Excel and save it as "Excel Workbook (*.xlsx)"');
    expect(() => readXlsx(Uint8Array.from({ length: 4096 }, (_, i) => (i * 31) % 256))).toThrow('不是有效的 XLSX 文件（无法解压）');
  });
});

describe('exportXlsx column widths and frozen header', () => {
  it('sizes each column from its header or longest value as shown (wide characters count two) and freezes the header row', async () => {
    const { unzipSync, strFromU8 } = await import('fflate');
    const bytes = exportXlsx([
      {
        name: 'widths',
        columns: [
          { key: 'region', label: '地区' },
          { key: 'amount', label: '金额（元）', numeric: true, format: 'money' },
          { key: 'rate', label: '参保率', numeric: true, format: 'rate' },
          { key: 'persons', label: '人数', numeric: true, format: 'count' },
          { key: 'message', label: '说明' },
          { key: 'code', label: 'Region code' },
        ],
        rows: [
          { region: '奈曼旗', amount: '48.00', rate: '0.989029', persons: '6198', message: '短', code: '150525' },
          { region: '呼和浩特市', amount: '10284104552.91', rate: '1', persons: '1234567', message: '很长的说明'.repeat(20), code: null },
        ],
      },
    ]);
    const sheet = strFromU8(unzipSync(bytes)['xl/worksheets/sheet1.xml']!);
    // 呼和浩特市: 5 wide = 10, +2. 10,284,104,552.91 (as #,##0.00 shows it): 17, +2. 参保率 (6) over 100.00% (7): 7 + 2 = 9.
    // 1,234,567: 9, +2. A 100-character sentence: capped at 60. Region code: 11 narrow, +2.
    const cols =
      '<cols><col min="1" max="1" width="12" customWidth="1"/><col min="2" max="2" width="19" customWidth="1"/>' +
      '<col min="3" max="3" width="9" customWidth="1"/><col min="4" max="4" width="11" customWidth="1"/>' +
      '<col min="5" max="5" width="60" customWidth="1"/><col min="6" max="6" width="13" customWidth="1"/></cols>';
    const frozen = '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>';
    // CT_Worksheet's order, which Excel enforces: sheetViews, cols, sheetData.
    expect(sheet).toContain(`<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${frozen}${cols}<sheetData>`);
    // Our own reader still reads it.
    expect(readXlsx(bytes).sheets[0]?.rows[2]?.cells[0]?.text).toBe('呼和浩特市');
  });

  it('keeps a short column at the default width: a one-letter header over numbers is 8 wide, not 3', async () => {
    const { unzipSync, strFromU8 } = await import('fflate');
    const sheet = strFromU8(unzipSync(exportXlsx([{ name: 's', columns: [{ key: 'n', numeric: true }], rows: [{ n: 1 }] }]))['xl/worksheets/sheet1.xml']!);
    expect(sheet).toContain('<cols><col min="1" max="1" width="8" customWidth="1"/></cols>');
  });
});

describe('exportXlsx sheet names', () => {
  const names = async (titles: string[]) => {
    const { unzipSync, strFromU8 } = await import('fflate');
    const workbook = strFromU8(unzipSync(exportXlsx(titles.map((name) => ({ name, columns: [{ key: 'a' }], rows: [] }))))['xl/workbook.xml']!);
    return [...workbook.matchAll(/<sheet name="([^"]*)"/g)].map((m) => m[1]);
  };

  it('shortens an English title at a word’s end within 31 characters, never mid-word or with a trailing space', async () => {
    expect(await names(['months-payable_内蒙古自治区_Resident basic medical insurance fund'])).toEqual(['months-payable_内蒙古自治区_Resident']);
    expect(await names(['reconciliation-documents_包头市_2024Q4'])).toEqual(['reconciliation-documents_包头市']);
    expect(await names(['alerts_内蒙古自治区 and regions below · Resident basic medical insurance fund_2024Q4'])).toEqual(['alerts_内蒙古自治区 and regions below']);
    // Chinese characters stand alone: a long Chinese title is cut at 31, and one that fits is kept whole.
    expect(await names(['可支付月数_内蒙古自治区_城乡居民医保基金'])).toEqual(['可支付月数_内蒙古自治区_城乡居民医保基金']);
    expect(await names(['差额绝对值占到账比例状态按此分级差额绝对值占到账比例状态按此分级'])).toEqual(['差额绝对值占到账比例状态按此分级差额绝对值占到账比例状态按此分']);
    // One word longer than 31 characters is cut, as nothing else can be.
    expect(await names(['x'.repeat(40)])).toEqual(['x'.repeat(31)]);
  });

  it('keeps names unique within the workbook, the number added after a whole word', async () => {
    const title = 'stress-test_by-quarter_Resident basic medical insurance fund';
    const got = await names([title, title, 'Stress-test_by-quarter_Resident']);
    expect(got).toEqual(['stress-test_by-quarter_Resident', 'stress-test_by-quarter_2', 'Stress-test_by-quarter_3']);
    for (const name of got) expect(name!.length).toBeLessThanOrEqual(31);
  });
});
