// Money in a table cell. Chinese cells say 万元 each, as the pages always
// have. English readers count in millions, and "12.3456 million yuan" in
// every cell makes a table wider than its card, so an English cell is the
// figure in million yuan (the precision formatWan gives English) and the
// unit is said once, in the column head or the table's note.
import type { Lang } from '../../domain/lang';
import { Dec, formatNumber, formatWan, type Decimal } from '../../domain/money';

const MILLION = new Dec(1_000_000);
/** formatWan's places in Chinese; English shows two more (100 yuan either way). */
const WAN_PLACES = 2;

export function moneyCell(d: Decimal, lang: Lang): string {
  return lang === 'zh' ? formatWan(d, WAN_PLACES) : formatNumber(d.div(MILLION), WAN_PLACES + 2);
}

/** A column head over moneyCell figures: as it is in Chinese (each cell carries 万元); "(million yuan)" added in English. */
export function moneyHead(head: string, lang: Lang): string {
  return lang === 'zh' ? head : `${head} (million yuan)`;
}
