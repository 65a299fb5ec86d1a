// The first-screen gate (a classic script before the page is parsed) keeps
// the build's first screen — the built-in overview in Chinese — to exactly
// the addresses the page's own render would draw it for: no view, page or
// big-screen parameter, and readLang's language Chinese.
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { firstScreenGateScript, NO_FIRST_SCREEN_CLASS } from '../../scripts/snapshot/firstScreenGate';
import { LANG_PARAM, readLang } from '../../src/app/i18n/langParam';
import { MARK_FIRST_CHART } from '../../src/app/perfMarks';

function runGate(search: string, stored: string | null, picture = true) {
  const classes = new Set<string>();
  const listeners: (() => void)[] = [];
  const frames: (() => void)[] = [];
  const marks: string[] = [];
  const document = {
    readyState: 'loading',
    documentElement: { classList: { add: (c: string) => classes.add(c) } },
    addEventListener: (_type: string, f: () => void) => listeners.push(f),
    querySelector: () => (picture ? {} : null),
  };
  runInNewContext(firstScreenGateScript(), {
    URLSearchParams,
    location: { search },
    localStorage: { getItem: () => stored },
    document,
    requestAnimationFrame: (f: () => void) => frames.push(f),
    performance: { getEntriesByName: (n: string) => marks.filter((m) => m === n), mark: (n: string) => marks.push(n) },
  });
  document.readyState = 'interactive';
  for (const f of listeners) f();
  for (const f of frames) f();
  return { shown: !classes.has(NO_FIRST_SCREEN_CLASS), marks };
}

describe('first-screen gate', () => {
  const searches = ['', '?lang=zh', '?lang=en', '?lang=xx', '?q=2024Q4', '?r=150900', '?f=assistance', '?page=alerts', '?screen=1', '?lang=zh&q=2024Q4'];
  const stores = [null, 'zh', 'en', 'fr'];

  it("shows it exactly where the page's own render is the default overview in Chinese", () => {
    for (const search of searches) {
      for (const stored of stores) {
        const onlyLang = [...new URLSearchParams(search).keys()].every((k) => k === LANG_PARAM);
        const expected = onlyLang && readLang(search, stored) === 'zh';
        expect(runGate(search, stored).shown, `${search} stored ${stored}`).toBe(expected);
      }
    }
    expect(runGate('', null).shown).toBe(true);
    expect(runGate('', 'en').shown).toBe(false);
    expect(runGate('?lang=zh', 'en').shown).toBe(true);
  });

  it('marks the first chart once the HTML is parsed, and only where it shows a picture', () => {
    expect(runGate('', null).marks).toEqual([MARK_FIRST_CHART]);
    expect(runGate('?page=alerts', null).marks).toEqual([]);
    expect(runGate('', null, false).marks).toEqual([]);
  });
});
