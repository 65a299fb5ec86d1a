// Every table on a page carries export buttons; the export's rows (exact
// money as text, every alert's sentence) are made when a button is pressed,
// not on each render: on the first screen that making cost more than any
// chart. What is exported is still exactly exportTable's.
import { renderToStaticMarkup } from 'react-dom/server';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { TableSection } from '../../../src/app/components/TableSection';
import { LangProvider } from '../../../src/app/i18n/LangProvider';
import { exportOnClick, exportTable, tableSpec } from '../../../src/app/view/table';
import { Dec, type Decimal } from '../../../src/domain/money';

interface Row {
  code: string;
  name: string;
  balance: Decimal;
}

const ROWS: Row[] = [
  { code: '150100', name: '呼和浩特市', balance: new Dec('1234567.89') },
  { code: '150200', name: '包头市', balance: new Dec('-0.01') },
];

function countingSpec() {
  const calls = { code: 0 };
  const spec = tableSpec(ROWS, (r) => r.code, [
    // Export only: the screen never reads it, so every call is the export's.
    { key: 'code', head: '区划代码', kind: 'text', value: (r: Row) => (calls.code++, r.code), only: 'export' },
    { key: 'name', head: '地区', kind: 'text', value: (r: Row) => r.name },
    { key: 'balance', head: '累计结余', kind: 'money', value: (r: Row) => r.balance },
  ]);
  return { spec, calls };
}

describe('export rows made on click', () => {
  beforeAll(() => {
    vi.stubGlobal('window', { location: { search: '' }, localStorage: { getItem: () => null } });
    vi.stubGlobal('document', { documentElement: {}, title: '' });
  });
  afterAll(() => vi.unstubAllGlobals());

  it("gives exportTable's columns at once and its rows only when asked, exact to the fen", () => {
    const { spec, calls } = countingSpec();
    const later = exportOnClick(spec, 'zh');
    expect(calls.code).toBe(0);
    expect(later.columns).toEqual(exportTable(spec, 'zh').columns);
    calls.code = 0;
    expect(later.rows()).toEqual([
      { code: '150100', name: '呼和浩特市', balance: '1234567.89' },
      { code: '150200', name: '包头市', balance: '-0.01' },
    ]);
    expect(calls.code).toBe(2);
  });

  it('renders a table section without making its export', () => {
    const { spec, calls } = countingSpec();
    const html = renderToStaticMarkup(
      <LangProvider>
        <TableSection headingId="t" title="表" spec={spec} file="表" table={{}} />
      </LangProvider>,
    );
    expect(html).toContain('呼和浩特市');
    expect(html).toContain('data-testid="export-csv"');
    expect(calls.code).toBe(0);
  });
});
