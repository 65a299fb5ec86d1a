// The 版本比对 page's rows and exports: every added and removed row one
// line with its key, every changed value one line old → new; indicators as
// printed; alerts new, resolved, then changed, in the reader's language.
import { describe, expect, it } from 'vitest';
import { Dec } from '../../src/domain/money';
import type { Revisions } from '../../src/domain/revisions';
import type { Alert } from '../../src/domain/types';
import type { Lang } from '../../src/domain/lang';
import { alertChanges, keyText, rowChanges, type AlertChangeRow, type RowChangeRow } from '../../src/app/view/revisionsView';
import { exportTable } from '../../src/app/view/table';
import { alertChangesSpec, indicatorSpec, rowChangesSpec } from '../../src/app/view/tables/revisions';
import { renderMessage } from '../../src/domain/messages/render';
import { alertText } from '../domain/messages/samples';

// The exports as the page makes them: each table's one definition through exportTable.
const rowChangesTable = (rows: RowChangeRow[], lang: Lang) => exportTable(rowChangesSpec(rows, lang), lang);
const indicatorTable = (r: Revisions, name: (code: string) => string, lang: Lang) => exportTable(indicatorSpec(r.indicators, name, lang), lang);
const alertChangesTable = (rows: AlertChangeRow[], name: (code: string) => string, lang: Lang) => exportTable(alertChangesSpec(rows, name, lang), lang);

const alert = (severity: Alert['severity'], regionCode: string): Alert => ({
  rule: 'coverage',
  severity,
  regionCode,
  fund: null,
  quarter: '2024Q4',
  value: new Dec('0.98'),
  threshold: new Dec('0.99'),
  text: alertText(regionCode),
});

const REVISIONS: Revisions = {
  quarter: '2024Q4',
  comparedQuarter: '2024Q3',
  tables: [
    {
      table: 'fund_flows',
      added: [{ quarter: '2024Q4', region_code: '150103', fund: 'assistance', direction: 'income', item: 'donation', source_level: 'other' }],
      removed: [],
      changed: [{ key: { transfer_id: 'P-1' }, column: 'amount', old: '300000.00', new: '310000.00' }],
    },
    { table: 'budgets', added: [], removed: [{ year: 2024, region_code: '150102', fund: 'assistance', direction: 'income' }], changed: [] },
  ],
  indicators: [{ indicator: 'months_payable', regionCode: '150900', fund: 'resident', old: new Dec('3.5149'), new: new Dec('2.3') }],
  alerts: { new: [alert('red', '150929')], resolved: [alert('yellow', '150103')], changed: [{ before: alert('yellow', '152222'), after: alert('red', '152222') }] },
};

describe('revisions view', () => {
  it('flattens the table changes', () => {
    expect(keyText({ year: 2024, region_code: '150102', source_level: null })).toBe('year=2024 · region_code=150102 · source_level=');
    const rows = rowChanges(REVISIONS);
    expect(rows.map((r) => [r.table, r.change, r.column, r.old, r.new])).toEqual([
      ['fund_flows', 'added', null, null, null],
      ['fund_flows', 'changed', 'amount', '300000.00', '310000.00'],
      ['budgets', 'removed', null, null, null],
    ]);
    const table = rowChangesTable(rows, 'en');
    expect(table.columns.map((c) => c.label)).toEqual(['Table', 'Change', 'Key', 'Column', 'Before', 'Now']);
    expect(table.rows[1]).toEqual({ table: 'fund_flows', change: 'Changed', key: 'transfer_id=P-1', column: 'amount', old: '300000.00', new: '310000.00' });
    expect(rowChangesTable(rows, 'zh').rows.map((r) => r.change)).toEqual(['新增行', '修改', '删除行']);
  });

  it('indicators as printed, alerts new → resolved → changed', () => {
    expect(indicatorTable(REVISIONS, (c) => (c === '150900' ? '乌兰察布市' : c), 'zh').rows).toEqual([
      { region_code: '150900', region: '乌兰察布市', fund: '城乡居民医保基金', indicator: '可支付月数', old: '3.51', new: '2.30' },
    ]);
    const alerts = alertChanges(REVISIONS, 'en');
    expect(alerts.map((a) => [a.change, a.regionCode, a.oldSeverity, a.severityId, a.message])).toEqual([
      ['new', '150929', null, 'red', renderMessage(alertText('150929'), 'en')],
      ['resolved', '150103', null, 'yellow', renderMessage(alertText('150103'), 'en')],
      ['changed', '152222', 'Yellow', 'red', renderMessage(alertText('152222'), 'en')],
    ]);
    expect(alertChangesTable(alertChanges(REVISIONS, 'zh'), (c) => c, 'zh').rows.map((r) => [r.change, r.old_severity, r.severity])).toEqual([
      ['新增', null, '红色'],
      ['解除', null, '黄色'],
      ['级别变化', '黄色', '红色'],
    ]);
  });
});
