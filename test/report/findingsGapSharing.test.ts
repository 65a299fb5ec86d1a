// Found by the province sweep (Guangdong's 东莞市, Hainan's 儋州市 and 省直辖县级
// cities have no counties): the report's gap-sharing finding told the reader
// to assign shares to "东莞市本级及所属旗县" and listed a county part of 0.00,
// and the English sentence read "gap of 2024 4.78 thousand yuan". A city
// without counties now carries the rest itself, said so; the year comes first.
import { describe, expect, it } from 'vitest';
import type { Analysis } from '../../src/domain/types';
import { findings } from '../../src/report/findings';
import { Dec } from '../../src/domain/money';
import { shareGap } from '../../src/domain/shareGap';
import { analysisWithTheGap, THE_GAP_INPUT } from './cityWithoutCounties';

const analysis = (): Analysis => analysisWithTheGap();

describe('the gap-sharing finding of a city without counties', () => {
  // cityWithoutCounties.ts: gap 668,783.52 = balance 190,847.07 + the city's 477,936.45.
  it('says the city carries the rest itself, in Chinese', () => {
    const f = findings(analysis(), null, null, '110101').find((x) => x.topic === 'gap_sharing');
    expect(f?.text).toBe('东城区 城乡医疗救助基金 2024年缺口 66.88万元，累计结余弥补 19.08万元，剩余 47.79万元：无下辖县区，由地市本级承担 47.79万元。');
    expect(f?.proposal).toBe('按缺口分担办法由东城区本级弥补，合计 47.79万元。');
  });

  it('and in English, with the year before the gap', () => {
    const f = findings(analysis(), null, null, '110101', 'en').find((x) => x.topic === 'gap_sharing');
    expect(f?.text).toBe(
      '东城区 medical assistance fund 2024 gap 668.78 thousand yuan, covered by the accumulated balance 190.85 thousand yuan, remaining 477.94 thousand yuan: no counties, so the city bears 477.94 thousand yuan.',
    );
    expect(f?.proposal).toBe('Have 东城区 cover 477.94 thousand yuan itself by the gap-sharing rules.');
  });

  // Its own unpaid dues of 10,000.00 (a 省直辖县's obligations) come first: 1.00万元 + 46.79万元 = 47.79万元 remaining.
  it('names the part it owes itself', () => {
    const owing = { ...analysis(), sharing: [shareGap({ ...THE_GAP_INPUT, ownShortfall: new Dec('10000.00') })] };
    const zh = findings(owing, null, null, '110101').find((x) => x.topic === 'gap_sharing');
    expect(zh?.text).toBe('东城区 城乡医疗救助基金 2024年缺口 66.88万元，累计结余弥补 19.08万元，剩余 47.79万元：无下辖县区，本级应缴未缴 1.00万元，由地市本级承担 46.79万元。');
    const en = findings(owing, null, null, '110101', 'en').find((x) => x.topic === 'gap_sharing');
    expect(en?.text).toContain('remaining 477.94 thousand yuan: no counties, its own shortfall 10.00 thousand yuan, so the city bears 467.94 thousand yuan.');
  });
});
