// 八、问题与建议: the findings, worst first, each with its proposal.
import type { Lang } from '../../domain/lang';
import { SEVERITY_LABEL } from '../../domain/labels';
import { findingLabel, type Finding } from '../findings';
import { esc } from '../html';
import { sectionOpen } from './heading';

export function problemsSection(list: readonly Finding[], n: number, lang: Lang = 'zh'): string {
  const en = lang === 'en';
  const items = list.map((f) => {
    const sev = f.severity === null ? 'info' : f.severity;
    const chip = f.severity === null ? (en ? 'Note' : '提示') : SEVERITY_LABEL[f.severity][lang];
    return (
      `<li class="finding sev-${sev}" data-topic="${esc(f.topic)}" data-region="${esc(f.regionCode)}">` +
      `<span class="chip chip-${sev}">${esc(chip)}</span> <strong>${esc(findingLabel(f, lang))}</strong>${en ? ': ' : '：'}${esc(f.text)}` +
      (f.proposal ? `<div class="proposal">${en ? 'Proposal: ' : '建议：'}${esc(f.proposal)}</div>` : '') +
      '</li>'
    );
  });
  return `${sectionOpen(n, 'findings', en ? 'Problems and proposals' : '问题与建议', lang)}<ol class="findings">\n${items.join('\n')}\n</ol></section>`;
}
