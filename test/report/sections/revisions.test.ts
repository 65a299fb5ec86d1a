// The report's 与上次报送相比的变化: its indicator rows and its alert sentences read
// at the display's precision, as the 版本比对 page says them (domain/revisionsReading),
// never a record figure to the fen (差额 -1.000001万元); --json and the export keep those.
import { describe, expect, it } from 'vitest';
import { Dec } from '../../../src/domain/money';
import { renderMessage } from '../../../src/domain/messages/render';
import type { Revisions } from '../../../src/domain/revisions';
import type { Alert } from '../../../src/domain/types';
import { revisionsSection } from '../../../src/report/sections/revisions';
import { alertChanges } from '../../../src/app/view/revisionsView';
import { exportTable } from '../../../src/app/view/table';
import { alertChangesSpec } from '../../../src/app/view/tables/revisions';

/** 呼和浩特市's reconciliation alert of the revisions fixture: booked 30 万, received 31 万. */
const reconciliation: Alert = {
  rule: 'reconciliation',
  severity: 'yellow',
  regionCode: '150100',
  fund: 'assistance',
  quarter: '2024Q4',
  value: new Dec('-10000.00'),
  threshold: new Dec('0'),
  text: {
    code: 'alert.reconciliation',
    params: { comparison: 'gt', severity: 'yellow', region: '呼和浩特市', fund: 'assistance', year: 2024, level: 'central', provinceWord: '自治区', booked: '300000.00', received: '310000.00', difference: '-10000.00', threshold: '0', share: null, documents: ['P-2024-1'] },
  },
};

const REVISIONS: Revisions = {
  quarter: '2024Q4',
  comparedQuarter: '2024Q4',
  tables: [],
  indicators: [
    { indicator: 'months_payable', regionCode: '150100', fund: 'assistance', old: new Dec('8.5149871234'), new: new Dec('9.0117') },
    { indicator: 'accumulated_balance', regionCode: '150100', fund: 'assistance', old: new Dec('480000000.00'), new: new Dec('479678033.55') },
  ],
  alerts: { new: [reconciliation], resolved: [], changed: [] },
};

const textOf = (html: string): string => html.replace(/<[^>]+>/g, '|').replace(/\|+/g, '|');

describe('report: changes since the last submission', () => {
  it('prints months payable rounded (8.51 个月), never the raw figure', () => {
    const text = textOf(revisionsSection(REVISIONS, 11, (c) => c, 'zh'));
    expect(text).toContain('|8.51 个月|9.01 个月|+0.50 个月|');
    expect(text).not.toContain('8.5149');
    expect(textOf(revisionsSection(REVISIONS, 11, (c) => c, 'en'))).toContain('|8.51 months|9.01 months|+0.50 months|');
  });

  it('says each alert at the display precision, as the page does; the record to the fen stays in the export', () => {
    const record = renderMessage(reconciliation.text, 'zh');
    expect(record).toContain('-1.00万元');
    for (const lang of ['zh', 'en'] as const) {
      const section = revisionsSection(REVISIONS, 11, (c) => c, lang);
      // No figure with more than two decimals (the record's six) anywhere in the section.
      expect(textOf(section)).not.toMatch(/\d\.\d{3,}/);
      const page = alertChanges(REVISIONS, lang);
      expect(section).toContain(page[0]?.reading ?? 'none');
      expect(page[0]?.reading).not.toMatch(/\d\.\d{3,}/);
      // The export keeps the record sentence.
      expect(exportTable(alertChangesSpec(page, (c) => c, lang), lang).rows[0]?.message).toBe(renderMessage(reconciliation.text, lang));
    }
    expect(alertChanges(REVISIONS, 'zh')[0]?.reading).toContain('差额 -1.00万元');
  });
});
