// A chart on screen as a file of its own: the SVG that ECharts drew, made to
// stand alone (namespaces, a white page under it, its title), and the name
// the file is saved under.
import { safeFileName } from '../data/download';

export interface SvgFileMeta {
  /** The chart's title; becomes the SVG's <title> (what viewers and screen readers show). */
  title: string;
  width: number;
  height: number;
}

const SVG_NS = 'http://www.w3.org/2000/svg';
const XLINK_NS = 'http://www.w3.org/1999/xlink';

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * The serialised <svg> of a chart as a standalone file. On screen the chart
 * sits on the card's white; alone it would be transparent (black in some
 * viewers), so a white rectangle goes under everything. Width and height
 * are written so that an image viewer (and the PNG canvas) knows the size.
 */
export function standaloneSvg(markup: string, meta: SvgFileMeta): string {
  const svg = markup.trim();
  const open = /^<svg\b[^>]*?>/.exec(svg);
  if (!open || open[0].endsWith('/>')) throw new Error('not an <svg> element with content');
  // Width and height are set to the size drawn; the namespaces are added when missing.
  let tag = open[0].replace(/\s(width|height)="[^"]*"/g, '');
  const attrs = [`width="${meta.width}"`, `height="${meta.height}"`];
  if (!/\sxmlns="/.test(tag)) attrs.unshift(`xmlns="${SVG_NS}"`);
  if (!/\sxmlns:xlink="/.test(tag) && /xlink:/.test(svg)) attrs.push(`xmlns:xlink="${XLINK_NS}"`);
  tag = tag.replace(/^<svg\b/, `<svg ${attrs.join(' ')}`);
  const under = `<title>${escapeXml(meta.title)}</title><rect x="0" y="0" width="${meta.width}" height="${meta.height}" fill="#ffffff"/>`;
  return `${tag}${under}${svg.slice(open[0].length)}`;
}

/** `救助对象参保率排名-150000-2024Q4.png`: what, where, when; characters Windows refuses become `_`. */
export function chartFileName(title: string, tag: string, ext: 'png' | 'svg'): string {
  return `${safeFileName(tag ? `${title}-${tag}` : title)}.${ext}`;
}
