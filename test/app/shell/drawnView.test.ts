// Which view an answer is drawn for: the engine's as asked; the first
// screen's stand-in where it holds the view, else the last view it held,
// kept on screen (never on the data page), else nothing yet.
import { describe, expect, it } from 'vitest';
import { FIRST_SCREEN_PAGES, REACH_PAGES } from '../../../src/app/data/snapshot';
import { drawnView, type AskedView } from '../../../src/app/shell/drawnView';

const FIRST = { regionCodes: ['150000'], pages: FIRST_SCREEN_PAGES };
const REACH = { regionCodes: ['150000', '150900'], pages: REACH_PAGES };
const root: AskedView = { regionCode: null, page: 'overview' };
const city: AskedView = { regionCode: '150900', page: 'overview' };
const county: AskedView = { regionCode: '150921', page: 'overview' };

describe('drawnView', () => {
  it('draws the engine\'s answer for the view asked, its own or a placeholder', () => {
    expect(drawnView(null, true, county, city, false)).toEqual({ ...county, kept: false });
    expect(drawnView(null, false, { regionCode: '150921', page: 'report' }, null, false)).toEqual({ regionCode: '150921', page: 'report', kept: false });
  });

  it('draws the stand-in for the views it holds: the root\'s first screen, and with its reach a city\'s view and the sharing page', () => {
    expect(drawnView(FIRST, true, root, null, false)).toEqual({ ...root, kept: false });
    expect(drawnView(FIRST, true, { regionCode: '150000', page: 'alerts' }, null, false)).toEqual({ regionCode: '150000', page: 'alerts', kept: false });
    expect(drawnView(FIRST, true, city, root, false)).toEqual({ ...root, kept: true });
    expect(drawnView(REACH, true, city, root, false)).toEqual({ ...city, kept: false });
    expect(drawnView(REACH, true, { regionCode: '150900', page: 'sharing' }, city, false)).toEqual({ regionCode: '150900', page: 'sharing', kept: false });
  });

  it('keeps the last view it held for one it does not: a county, another page, another quarter', () => {
    expect(drawnView(REACH, true, county, city, false)).toEqual({ ...city, kept: true });
    expect(drawnView(REACH, true, { regionCode: '150900', page: 'allocation' }, city, false)).toEqual({ ...city, kept: true });
    // Another quarter: the stand-in is only a placeholder there, even for a view it holds.
    expect(drawnView(REACH, false, city, city, false)).toEqual({ ...city, kept: true });
  });

  it('draws nothing when it has held no view yet, and keeps nothing on the data page', () => {
    expect(drawnView(REACH, true, county, null, false)).toBeNull();
    expect(drawnView(REACH, true, { regionCode: null, page: 'data' }, root, false)).toBeNull();
  });

  it('on the big screen holds any page of the regions it has', () => {
    expect(drawnView(FIRST, true, { regionCode: null, page: 'stress' }, null, true)).toEqual({ regionCode: null, page: 'stress', kept: false });
    expect(drawnView(FIRST, true, county, root, true)).toEqual({ ...root, kept: true });
  });
});
