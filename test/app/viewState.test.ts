import { describe, expect, it } from 'vitest';
import { parseSearch, rebaseView, resolveView, sameView, serializeView, type ViewContext } from '../../src/app/view/viewState';

const context: ViewContext = {
  quarters: ['2023Q4', '2024Q1', '2024Q2', '2024Q3', '2024Q4'],
  regionCodes: new Set(['150000', '150900', '150921']),
  rootRegionCode: '150000',
};

describe('view state in the address bar', () => {
  it('makes a change to the view asked for, not the one still on screen: a fund picked while a quarter computes keeps that quarter', () => {
    const drawn = { quarter: '2024Q4', regionCode: '150000', fund: 'resident' } as const;
    const asked = { quarter: '2024Q3', regionCode: '150900', fund: 'resident' } as const;
    expect(rebaseView(asked, drawn, { ...drawn, fund: 'assistance' })).toEqual({ quarter: '2024Q3', regionCode: '150900', fund: 'assistance' });
    expect(rebaseView(asked, drawn, { ...drawn, quarter: '2024Q1' })).toEqual({ quarter: '2024Q1', regionCode: '150900', fund: 'resident' });
    expect(rebaseView(asked, drawn, { ...drawn, regionCode: '150921' })).toEqual({ quarter: '2024Q3', regionCode: '150921', fund: 'resident' });
    // Nothing ahead of the screen: the change as asked.
    expect(rebaseView(drawn, drawn, { ...drawn, fund: 'assistance' })).toEqual({ ...drawn, fund: 'assistance' });
  });

  it('reads a complete, valid address', () => {
    const raw = parseSearch('?q=2024Q2&r=150900&f=assistance');
    expect(raw).toEqual({ quarter: '2024Q2', regionCode: '150900', fund: 'assistance' });
    expect(resolveView(raw, context)).toEqual({ quarter: '2024Q2', regionCode: '150900', fund: 'assistance' });
  });

  it('defaults to the latest quarter, the province and the resident fund', () => {
    expect(resolveView(parseSearch(''), context)).toEqual({ quarter: '2024Q4', regionCode: '150000', fund: 'resident' });
  });

  it('falls back per parameter when a value is invalid, keeping the valid ones', () => {
    expect(resolveView(parseSearch('?q=2031Q1&r=150900&f=resident'), context)).toEqual({
      quarter: '2024Q4',
      regionCode: '150900',
      fund: 'resident',
    });
    expect(resolveView(parseSearch('?q=2024Q1&r=999999&f=assistance'), context)).toEqual({
      quarter: '2024Q1',
      regionCode: '150000',
      fund: 'assistance',
    });
    expect(resolveView(parseSearch('?q=2024Q1&r=150921&f=pension'), context)).toEqual({
      quarter: '2024Q1',
      regionCode: '150921',
      fund: 'resident',
    });
  });

  it('rejects look-alikes: lower-case quarter, numeric-looking codes, script text', () => {
    expect(resolveView(parseSearch('?q=2024q4&r=150900.0&f=<script>'), context)).toEqual({
      quarter: '2024Q4',
      regionCode: '150000',
      fund: 'resident',
    });
    expect(resolveView(parseSearch('?r=%3Cimg%20src%3Dx%3E'), context).regionCode).toBe('150000');
  });

  it('keeps a dataset without quarters usable', () => {
    const empty: ViewContext = { ...context, quarters: [] };
    expect(resolveView(parseSearch('?q=2024Q4'), empty).quarter).toBe('');
  });

  it('writes the three parameters and reads them back', () => {
    const view = { quarter: '2024Q3', regionCode: '150921', fund: 'assistance' as const };
    expect(serializeView(view)).toBe('?q=2024Q3&r=150921&f=assistance');
    expect(resolveView(parseSearch(serializeView(view)), context)).toEqual(view);
    expect(sameView(view, { ...view })).toBe(true);
    expect(sameView(view, { ...view, fund: 'resident' })).toBe(false);
  });
});
