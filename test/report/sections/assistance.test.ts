// 地区风险排名's lead sentence names the region with the most alerts, and
// says there are none when none of the regions below has one (not "most
// alerts: 东城区 (0 red)").
import { describe, expect, it } from 'vitest';
import { Dec } from '../../../src/domain/money';
import { renderReport } from '../../../src/report/report';
import { analysisWithTheGap } from '../cityWithoutCounties';
import { alertText } from '../../domain/messages/samples';

const report = (withAlert: boolean, lang: 'zh' | 'en' = 'zh'): string => {
  const analysis = analysisWithTheGap();
  if (withAlert) {
    analysis.alerts = [
      { rule: 'months_payable', severity: 'red', regionCode: '110101', fund: 'assistance', quarter: '2024Q4', value: new Dec('-6.22'), threshold: new Dec(3), text: alertText('110101') },
    ];
  }
  return renderReport({ analysis, previous: null, lastYear: null, regionCode: '110000', datasetLabel: 'test', generatedAt: new Date('2025-01-15T00:00:00Z'), lang });
};

describe('report: 地区风险排名', () => {
  it('no alert below: says so', () => {
    expect(report(false)).toContain('本季度各下级地区均无预警。');
    expect(report(false)).not.toContain('预警最多的是');
    expect(report(false, 'en')).toContain('No region below has an alert this quarter.');
  });

  it('an alert below: names the region and its red count', () => {
    expect(report(true)).toContain('预警最多的是东城区（红色 1 条）。');
    expect(report(true)).not.toContain('均无预警');
  });
});
