// The one script that runs before the page is parsed (a classic script in
// index.html's head; no inline script is allowed, scripts/build/csp.ts):
// the build's first screen is the built-in dataset's overview in Chinese,
// so an address that asks for a view, a page, the big screen or English —
// or a reader whose stored language is English — gets none of it: it is
// hidden before it is drawn (styles.css, `no-first-screen`). Otherwise the
// first chart is on screen at the first frame after the HTML is parsed,
// and is marked so (the bench's first_chart_ms, src/app/perfMarks.ts). The
// language rule is readLang's (src/app/i18n/langParam.ts), with its
// constants; test/scripts/firstScreenGate.test.ts holds the two equal.
import { DEFAULT_LANG, LANGS } from '../../src/domain/lang.js';
import { LANG_PARAM, LANG_STORAGE_KEY } from '../../src/app/i18n/langParam.js';
import { MARK_FIRST_CHART } from '../../src/app/perfMarks.js';
import { FIRST_SCREEN_CLASS, NO_FIRST_SCREEN_CLASS } from '../../src/app/firstScreenClasses.js';

export { FIRST_SCREEN_CLASS, NO_FIRST_SCREEN_CLASS };

export function firstScreenGateScript(): string {
  const c = JSON.stringify;
  return `(function () {
  var params = new URLSearchParams(location.search), langs = ${c(LANGS)}, stored = null, other = false;
  try { stored = localStorage.getItem(${c(LANG_STORAGE_KEY)}); } catch (e) {}
  params.forEach(function (v, k) { if (k !== ${c(LANG_PARAM)}) other = true; });
  var asked = params.get(${c(LANG_PARAM)});
  var lang = langs.indexOf(asked) >= 0 ? asked : langs.indexOf(stored) >= 0 ? stored : ${c(DEFAULT_LANG)};
  if (other || lang !== ${c(DEFAULT_LANG)}) { document.documentElement.classList.add(${c(NO_FIRST_SCREEN_CLASS)}); return; }
  document.addEventListener('readystatechange', function () {
    if (document.readyState !== 'interactive' || !document.querySelector(${c(`.${FIRST_SCREEN_CLASS} .chart-picture`)})) return;
    requestAnimationFrame(function () {
      if (performance.getEntriesByName(${c(MARK_FIRST_CHART)}, 'mark').length === 0) performance.mark(${c(MARK_FIRST_CHART)});
    });
  });
})();
`;
}
