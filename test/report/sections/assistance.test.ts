// 地区风险排名's lead sentence names the region with the most alerts, and
// says there are none when none of the regions below has one (not "most
// alerts: 东城区 (0 red)"). 医疗救助资助参保's tables: the regions (or the
// categories) choose each money column's unit, and the 合计 row reads in it.
import { describe, expect, it } from 'vitest';
import { Dec } from '../../../src/domain/money';
import { renderReport } from '../../../src/report/report';
import type { Region, SubsidyDemandRow } from '../../../src/domain/types';
import { analysisWithTheGap, BEIJING, DONGCHENG } from '../cityWithoutCounties';
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

const d = (yuan: string) => new Dec(yuan);
const XICHENG: Region = { code: '110102', name: '西城区', level: 'city', parentCode: '110000', tier: null };

/** A region's due: 特困人员 × 400.00 and 低保对象 × 180.00. */
function demand(regionCode: string, level: 'province' | 'city', tekun: number, dibao: number, paid: string): SubsidyDemandRow {
  const tekunDue = d('400').times(tekun);
  const dibaoDue = d('180').times(dibao);
  return {
    regionCode,
    level,
    quarter: '2024Q4',
    demand: {
      total: tekunDue.plus(dibaoDue),
      byCategory: [
        { category: 'tekun', persons: tekun, standard: d('400'), amount: tekunDue },
        { category: 'dibao', persons: dibao, standard: d('180'), amount: dibaoDue },
      ],
    },
    paid: d(paid),
  };
}

/** The text of each cell of each row of table `id`, a total row's led by 'T'. */
function tableText(html: string, id: string): string[][] {
  const table = new RegExp(`<table id="${id}">([\\s\\S]*?)</table>`).exec(html)?.[1] ?? '';
  return [...table.matchAll(/<tr([^>]*)>([\s\S]*?)<\/tr>/g)].map((r) => {
    const cells = [...r[2]!.matchAll(/<t[hd][^>]*>([^<]*)<\/t[hd]>/g)].map((c) => c[1]!);
    return /class="total"/.test(r[1]!) ? ['T', ...cells] : cells;
  });
}

describe('report 医疗救助资助参保: the regions choose the unit, the 合计 row reads in it', () => {
  // 东城区: 5,359 × 400 + 35,933 × 180 = 2,143,600 + 6,467,940 = 8,611,540.00 due, 8,587,340.00 paid (24,200.00 short).
  // 西城区: 564 × 400 + 3,738 × 180 = 225,600 + 672,840 = 898,440.00 due, 897,440.00 paid (1,000.00 short).
  // The province, its other cities not listed here: 225,000 × 400 + 332,296 × 180 = 90,000,000 + 59,813,280
  // = 149,813,280.00 due (1.50亿), 149,386,000.00 paid (427,280.00 short).
  const rows = [demand('110101', 'city', 5_359, 35_933, '8587340'), demand('110102', 'city', 564, 3_738, '897440'), demand('110000', 'province', 225_000, 332_296, '149386000')];
  const analysis = analysisWithTheGap([BEIJING, DONGCHENG, XICHENG]);
  analysis.subsidyDemand = rows;
  const html = renderReport({ analysis, previous: null, lastYear: null, regionCode: '110000', datasetLabel: 'test', generatedAt: new Date('2025-01-15T00:00:00Z'), lang: 'zh' });

  it('分地区测算与实际资助: a city\'s due reads 861.15 万元, the province 14,981.33 万元 (not 0.09 and 1.50 亿元)', () => {
    expect(tableText(html, 'table-subsidy-region')).toEqual([
      ['地区', '测算应资助（万元）', '实际资助（万元）', '差额（万元）', '实际 ÷ 测算'],
      // 8,611,540 / 10,000 = 861.154 → 861.15; 8,587,340 → 858.734 → 858.73; due − paid = 24,200 → +2.42 (as on screen); 8,587,340 / 8,611,540 = 99.719%.
      ['东城区', '861.15', '858.73', '+2.42', '99.72%'],
      ['西城区', '89.84', '89.74', '+0.10', '99.89%'],
      // 149,813,280 / 10,000 = 14,981.328 → 14,981.33; 149,386,000 → 14,938.60; 427,280 → +42.73; 99.715%.
      ['T', '北京市合计', '14,981.33', '14,938.60', '+42.73', '99.71%'],
    ]);
    // 861.154 and 14,981.328 万元 are rounded: the table says the parts may miss the total.
    expect(html).toContain('注：金额按列头单位四舍五入到两位小数，分项之和与合计可能有尾差。');
  });

  it('分类别资助标准与测算: the categories choose the unit (万元), the 合计 row reads in it', () => {
    // 特困人员 90,000,000.00 and 低保对象 59,813,280.00 are below 1亿: 万元; the total 149,813,280.00 reads 14,981.33 in it.
    expect(tableText(html, 'table-subsidy-category')).toEqual([
      ['救助类别', '人数', '人均资助（元）', '测算金额（万元）'],
      ['特困人员', '225,000', '400.00', '9,000.00'],
      ['低保对象', '332,296', '180.00', '5,981.33'],
      ['T', '合计', '557,296', '', '14,981.33'],
    ]);
  });
});
