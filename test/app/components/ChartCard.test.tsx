// A chart card with nothing to draw says so, and only that: no buttons, no
// table, and no note on how to read a chart that is not there ("click a bar",
// "the axis is zoomed") under its 没有…数据 line.
import { renderToStaticMarkup } from 'react-dom/server';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ChartCard } from '../../../src/app/components/ChartCard';
import { LangProvider } from '../../../src/app/i18n/LangProvider';
import { tableSpec } from '../../../src/app/view/table';

const NOTE = '点击条形可查看下一级地区。';
const EMPTY = '该地区本季度没有救助对象参保数据。';

const card = (rows: readonly { name: string }[]): string =>
  renderToStaticMarkup(
    <LangProvider>
      <ChartCard
        title="救助对象参保率排名"
        subtitle="衡阳市下级地区"
        empty={EMPTY}
        chart={{ testId: 'chart-coverage', option: {}, height: 200, label: '' }}
        spec={tableSpec(rows, (r) => r.name, [{ key: 'name', head: '地区', kind: 'text', value: (r) => r.name }])}
        note={NOTE}
      />
    </LangProvider>,
  );

describe('ChartCard', () => {
  beforeAll(() => vi.stubGlobal('window', { location: { search: '' }, localStorage: { getItem: () => null } }));
  afterAll(() => vi.unstubAllGlobals());

  it('no rows: the empty line, without the reading note', () => {
    const html = card([]);
    expect(html).toContain(EMPTY);
    expect(html).not.toContain(NOTE);
    expect(html).not.toContain('数据表');
  });

  it('rows: the reading note under the chart, and the table', () => {
    const html = card([{ name: '珠晖区' }]);
    expect(html).toContain(NOTE);
    expect(html).not.toContain(EMPTY);
    expect(html).toContain('珠晖区');
  });
});
