// What a link asked for and the page could not show, said under the header
// instead of silently showing something else: data other than the data the
// link was copied on (dataParam.ts), a quarter or a region the data on
// screen do not have (the view falls back to the latest quarter and the top
// region, viewState.ts).
import { texts } from '../../domain/lang';
import { quarterLabel } from '../../domain/quarter';
import type { Quarter } from '../../domain/types';
import type { Dataset } from '../data/datasetTypes';
import { useLang } from '../i18n/LangProvider';
import type { RegionTree } from '../view/regionTree';
import { DATA_NAME_MAX, otherData, quote } from '../view/dataParam';
import type { RawViewState } from '../view/viewState';

const TEXT = texts(
  {
    otherData: (named: string, shown: string) =>
      `此链接是在载入数据“${named}”时复制的，本页现在显示的是“${shown}”：所见数字不是链接发送者看到的。链接不含数据本身，请用“载入数据”打开同一份数据。`,
    quarter: (asked: string, shown: string) => `链接所指的季度“${asked}”不在当前数据中，显示的是${shown}。`,
    region: (asked: string, shown: string) => `链接所指的地区（代码 ${asked}）不在当前数据中，显示的是${shown}。`,
  },
  {
    otherData: (named: string, shown: string) =>
      `This link was copied while the data “${named}” were loaded; this page now shows “${shown}”, so its numbers are not the ones the sender saw. A link carries no data: open the same data with “Load data”.`,
    quarter: (asked: string, shown: string) => `The quarter the link asks for, “${asked}”, is not in the data on screen; showing ${shown}.`,
    region: (asked: string, shown: string) => `The region the link asks for (code ${asked}) is not in the data on screen; showing ${shown}.`,
  },
);

interface LinkNotesProps {
  /** The data the address names (useAddressData). */
  addressData: string | null;
  dataset: Dataset | undefined;
  raw: RawViewState;
  quarters: readonly Quarter[];
  quarter: Quarter | null;
  tree: RegionTree;
}

export function LinkNotes({ addressData, dataset, raw, quarters, quarter, tree }: LinkNotesProps) {
  const lang = useLang();
  const t = TEXT[lang];
  const notes: { key: string; text: string }[] = [];
  const other = otherData(addressData, dataset);
  if (other !== null && dataset) notes.push({ key: 'data', text: t.otherData(quote(other, DATA_NAME_MAX), quote(dataset.name[lang], DATA_NAME_MAX)) });
  if (raw.quarter !== null && quarter !== null && quarters.length > 0 && !quarters.includes(raw.quarter)) {
    notes.push({ key: 'quarter', text: t.quarter(quote(raw.quarter, 24), quarterLabel(quarter, lang)) });
  }
  if (raw.regionCode !== null && tree.root && !tree.byCode.has(raw.regionCode)) {
    notes.push({ key: 'region', text: t.region(quote(raw.regionCode, 24), tree.root.name) });
  }
  if (notes.length === 0) return null;
  return (
    <div className="card link-notes" role="note" data-testid="link-notes">
      {notes.map((n) => (
        <p key={n.key} data-testid={`link-note-${n.key}`}>
          {n.text}
        </p>
      ))}
    </div>
  );
}
