// The report's only stylesheet, inline: system CJK fonts (nothing to
// download), A4 print with a running header and page numbers, and a single
// column on a phone with tables that scroll sideways.
import type { Lang } from '../domain/lang';
import { cssString } from './html';

/** The page counter at the foot of each printed page. */
const PAGE_COUNTER: Record<Lang, string> = {
  zh: '"第 " counter(page) " 页 / 共 " counter(pages) " 页"',
  en: '"Page " counter(page) " of " counter(pages)',
};

/** English paragraphs are not indented like Chinese ones (两字缩进). */
const ENGLISH_EXTRA = `
p, p.note, p.lead { text-indent: 0; }
td.fund { white-space: normal; }
.title-block .region, .title-block h1, .sample-label { letter-spacing: normal; }
`;

export function reportCss(runningHeader: string, lang: Lang = 'zh'): string {
  return `
:root { --ink: #1f2d3d; --muted: #5b6b7c; --line: #d5dde6; --head: #eef2f7; --red: #d64541; --orange: #e67e22; --yellow: #e0a800; --blue: #3c8dbc; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; color: var(--ink); background: #f4f6f9; font: 15px/1.7 "Noto Serif CJK SC", "Source Han Serif SC", "Songti SC", SimSun, "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", serif; }
main { max-width: 940px; margin: 24px auto; padding: 40px 56px; background: #fff; box-shadow: 0 1px 4px rgba(0,0,0,.08); }
h1, h2, h3, .chip, figcaption, th, caption { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif; }
.title-block { text-align: center; border-bottom: 3px double #b22222; padding-bottom: 18px; margin-bottom: 28px; }
.title-block .region { font-size: 20px; letter-spacing: .1em; margin: 0; }
.title-block h1 { font-size: 28px; margin: 6px 0 10px; color: #8b1a1a; letter-spacing: .06em; }
.title-block .meta { color: var(--muted); font-size: 13px; margin: 2px 0; }
.sample-label { display: inline-block; border: 1.5px solid var(--red); color: var(--red); padding: 0 10px; border-radius: 3px; font-weight: 700; letter-spacing: .2em; text-indent: 0; }
.summary { background: #f8fafc; border-left: 4px solid #8b1a1a; padding: 10px 16px; margin: 0 0 20px; }
h2 { font-size: 20px; margin: 36px 0 12px; padding-bottom: 4px; border-bottom: 1px solid var(--line); }
h3 { font-size: 16px; margin: 22px 0 8px; }
p { margin: 6px 0 10px; text-indent: 2em; }
p.note, p.lead { text-indent: 2em; }
.table-wrap { overflow-x: auto; -webkit-overflow-scrolling: touch; margin: 8px 0 16px; }
table { border-collapse: collapse; width: 100%; font-size: 13px; font-variant-numeric: tabular-nums; }
caption { caption-side: top; text-align: right; color: var(--muted); font-size: 12px; padding-bottom: 2px; }
th, td { border: 1px solid var(--line); padding: 4px 8px; vertical-align: top; }
th { background: var(--head); font-weight: 600; white-space: nowrap; }
td.num, th.num { text-align: right; white-space: nowrap; }
/* A region's (a fund's) name on one line: a city's three characters were broken over three lines in a narrow column, while the figures beside it had room. */
td.name, td.fund { white-space: nowrap; }
/* A months-payable cell may read "overdrawn (computed -0.60)": it wraps rather than push the table past the paper. */
td.num.wraps { white-space: normal; }
tr.total td { font-weight: 700; background: #fafbfd; }
tr.sev-red td:first-child { box-shadow: inset 4px 0 0 var(--red); }
tr.sev-orange td:first-child { box-shadow: inset 4px 0 0 var(--orange); }
tr.sev-yellow td:first-child { box-shadow: inset 4px 0 0 var(--yellow); }
tr.sev-blue td:first-child { box-shadow: inset 4px 0 0 var(--blue); }
figure.chart { margin: 12px 0 20px; break-inside: avoid; page-break-inside: avoid; }
figure.chart figcaption { font-size: 13px; color: var(--muted); text-align: center; margin-bottom: 4px; }
figure.chart svg { display: block; width: 100%; height: auto; }
ol.findings { padding-left: 1.6em; }
ol.findings li { margin: 0 0 10px; break-inside: avoid; page-break-inside: avoid; }
.proposal { color: var(--muted); font-size: 14px; margin-top: 2px; }
.chip { display: inline-block; font-size: 12px; line-height: 18px; padding: 0 6px; border-radius: 3px; color: #fff; background: var(--muted); }
.chip-red { background: var(--red); } .chip-orange { background: var(--orange); } .chip-yellow { background: var(--yellow); color: #1f2d3d; } .chip-blue { background: var(--blue); } .chip-info { background: #6c7a89; }
.print-header { display: none; }
footer.report-end { margin-top: 32px; color: var(--muted); font-size: 12px; text-align: center; }
@media (max-width: 640px) {
  body { font-size: 15px; background: #fff; }
  main { margin: 0; padding: 16px 14px; box-shadow: none; }
  .title-block h1 { font-size: 22px; }
  h2 { font-size: 18px; }
  table { font-size: 12px; }
}
@page { size: A4; margin: 20mm 16mm 18mm; @top-center { content: ${cssString(runningHeader)}; font-size: 9pt; color: #5b6b7c; } @bottom-center { content: ${PAGE_COUNTER[lang]}; font-size: 9pt; color: #5b6b7c; } }
@page :first { @top-center { content: none; } }
@media print {
  body { background: #fff; font-size: 10.5pt; }
  main { max-width: none; margin: 0; padding: 0; box-shadow: none; }
  .report-section { break-before: page; page-break-before: always; }
  /* The first page carries the title, the summary and the first section, not a title and white space. */
  .summary + .report-section { break-before: auto; page-break-before: auto; }
  .table-wrap { overflow: visible; }
  table { font-size: 9pt; }
  /* On the paper's width the heads wrap and the names do not: a long head ("Months payable, change on a year")
     gives up room to the province total's name, not the table its margin (a table wider than the paper shrank every page to fit it). */
  th:not(.name):not(.fund) { white-space: normal; }
  thead { display: table-header-group; }
  tr, td, th { break-inside: avoid; page-break-inside: avoid; }
  h2, h3, caption { break-after: avoid; page-break-after: avoid; }
  /* A caption and a header at a page's foot, its rows all on the next page: the header keeps its first rows,
     the last row (a total) its two rows above, a short table stays whole and its note stays under it. */
  thead { break-after: avoid; page-break-after: avoid; }
  tbody tr:nth-child(-n+2), tbody tr:nth-last-child(-n+2) { break-before: avoid; page-break-before: avoid; }
  .table-wrap.short { break-inside: avoid; page-break-inside: avoid; }
  .table-wrap + p.note { break-before: avoid; page-break-before: avoid; }
}
${lang === 'en' ? ENGLISH_EXTRA : ''}`;
}
