import { describe, expect, it } from 'vitest';
import { DEFAULT_ROUTE, parseRoute, serializeLocation } from '../../src/app/view/route';
import { parseSearch } from '../../src/app/view/viewState';

const view = { quarter: '2024Q4', regionCode: '150900', fund: 'assistance' as const };

describe('page and page settings in the address bar', () => {
  it('the overview keeps the addresses of the first version (no page parameter)', () => {
    expect(parseRoute('?q=2024Q4&r=150900&f=assistance')).toEqual(DEFAULT_ROUTE);
    expect(serializeLocation(view, DEFAULT_ROUTE)).toBe('?q=2024Q4&r=150900&f=assistance');
  });

  it('writes the page first, then the view, and reads both back', () => {
    const url = serializeLocation(view, { ...DEFAULT_ROUTE, page: 'sharing' });
    expect(url).toBe('?page=sharing&q=2024Q4&r=150900&f=assistance');
    expect(parseRoute(url).page).toBe('sharing');
    expect(parseSearch(url)).toEqual({ quarter: '2024Q4', regionCode: '150900', fund: 'assistance' });
  });

  it('keeps the alert filters of the alerts page, and only there', () => {
    const route = {
      ...DEFAULT_ROUTE,
      page: 'alerts' as const,
      alerts: { severity: 'red' as const, rule: 'coverage' as const, fund: 'resident' as const, region: '150900', page: 3 },
    };
    const url = serializeLocation(view, route);
    expect(url).toBe('?page=alerts&q=2024Q4&r=150900&f=assistance&sev=red&rule=coverage&af=resident&ar=150900&pg=3');
    expect(parseRoute(url)).toEqual(route);
    // Leaving the page drops its filters from the address.
    expect(serializeLocation(view, { ...route, page: 'overview' })).toBe('?q=2024Q4&r=150900&f=assistance');
  });

  it('the report page has its own address and no settings beyond the view', () => {
    const url = serializeLocation(view, { ...DEFAULT_ROUTE, page: 'report' });
    expect(url).toBe('?page=report&q=2024Q4&r=150900&f=assistance');
    expect(parseRoute(url).page).toBe('report');
  });

  it('keeps the pot of the allocation page', () => {
    const url = serializeLocation(view, { ...DEFAULT_ROUTE, page: 'allocation', pot: 'emergency' });
    expect(url).toBe('?page=allocation&q=2024Q4&r=150900&f=assistance&pot=emergency');
    expect(parseRoute(url).pot).toBe('emergency');
  });

  it('keeps the stress scenario of the stress page, and only there, so a link reopens it', () => {
    const route = { ...DEFAULT_ROUTE, page: 'stress' as const, stress: { income: '-0.1', expenditure: '0.1', insured: '-0.05', delay: '1' } };
    const url = serializeLocation(view, route);
    expect(url).toBe('?page=stress&q=2024Q4&r=150900&f=assistance&income=-0.1&expenditure=0.1&insured=-0.05&delay=1');
    expect(parseRoute(url)).toEqual(route);
    // Raw text: the page checks it against the policy's ranges (and refuses "ten percent").
    expect(parseRoute('?page=stress&income=ten%20percent').stress.income).toBe('ten percent');
    expect(serializeLocation(view, { ...route, page: 'overview' })).toBe('?q=2024Q4&r=150900&f=assistance');
  });

  it('falls back to defaults on anything unknown', () => {
    expect(parseRoute('?page=admin&sev=purple&rule=drop&af=pension&ar=<img>&pot=lottery&pg=-2')).toEqual(DEFAULT_ROUTE);
    expect(parseRoute('?page=alerts&pg=0').alerts.page).toBe(1);
  });

  it('an address not resolved yet keeps only the parts it names', () => {
    const raw = { quarter: '2024Q3', regionCode: null, fund: 'assistance' };
    expect(serializeLocation(raw, { ...DEFAULT_ROUTE, page: 'data' })).toBe('?page=data&q=2024Q3&f=assistance');
    expect(serializeLocation(raw, DEFAULT_ROUTE)).toBe('?q=2024Q3&f=assistance');
    const none = { quarter: null, regionCode: null, fund: null };
    expect(serializeLocation(none, { ...DEFAULT_ROUTE, page: 'alerts', alerts: { ...DEFAULT_ROUTE.alerts, severity: 'red' } })).toBe('?page=alerts&sev=red');
    expect(serializeLocation(none, DEFAULT_ROUTE)).toBe('?');
  });
});
