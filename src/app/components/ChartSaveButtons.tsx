// 保存 PNG / 保存 SVG next to a chart: the picture ECharts drew (SVG
// renderer), as a file. PNG is that same SVG drawn on a canvas at 2× from a
// blob: URL — same origin, no network, so the canvas stays exportable. A
// chart whose legend pages on screen ("1/2") is drawn again for the file,
// its legend whole (charts/stillSvg.ts, as the report draws it): a picture
// cannot turn the page, and the names behind the arrows would be lost.
import type { RefObject } from 'react';
import { loadEcharts } from '../../charts/loadEcharts';
import type { ChartOption } from '../../charts/options/chartOption';
import { hasPagedLegend, renderStillSvg } from '../../charts/stillSvg';
import { texts } from '../../domain/lang';
import { useLang } from '../i18n/LangProvider';
import { downloadBytes } from '../data/download';
import { chartFileName, standaloneSvg } from '../view/chartFile';
import '../share.css';

interface ChartSaveButtonsProps {
  /** An element that holds the chart's <svg> (the first one inside is saved). */
  holder: RefObject<HTMLElement | null>;
  title: string;
  /** Region and quarter in the file name, e.g. `150000-2024Q4`. */
  tag: string;
  /** The option drawn: a paged legend is drawn whole in the file. */
  option?: ChartOption;
}

const PNG_SCALE = 2;

const TEXT = texts(
  {
    group: (title: string) => `保存图表 ${title}`,
    pngTitle: '保存为 PNG 图片（2 倍分辨率）',
    png: '保存 PNG',
    svgTitle: '保存为 SVG 矢量图',
    svg: '保存 SVG',
  },
  {
    group: (title: string) => `Save chart ${title}`,
    pngTitle: 'Save as a PNG picture (2× resolution)',
    png: 'Save PNG',
    svgTitle: 'Save as an SVG vector drawing',
    svg: 'Save SVG',
  },
);

/** The chart as a file, at the size drawn on screen; null when nothing is drawn. */
async function chartSvg(holder: HTMLElement | null, title: string, option: ChartOption | undefined): Promise<{ markup: string; width: number; height: number } | null> {
  const svg = holder?.querySelector('.chart svg') ?? holder?.querySelector('svg');
  if (!(svg instanceof SVGSVGElement)) return null;
  const box = svg.getBoundingClientRect();
  const width = Math.round(box.width);
  const height = Math.round(box.height);
  const drawn = option !== undefined && hasPagedLegend(option) ? renderStillSvg(await loadEcharts(), option, width, height) : new XMLSerializer().serializeToString(svg);
  const markup = standaloneSvg(drawn, { title, width, height });
  return { markup, width, height };
}

async function svgToPng(markup: string, width: number, height: number): Promise<Uint8Array> {
  const url = URL.createObjectURL(new Blob([markup], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const image = new Image();
    image.decoding = 'async';
    const loaded = new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error('图表无法转换为 PNG'));
    });
    image.src = url;
    await loaded;
    const canvas = document.createElement('canvas');
    canvas.width = width * PNG_SCALE;
    canvas.height = height * PNG_SCALE;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('浏览器不支持 canvas');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new Error('图表无法转换为 PNG');
    return new Uint8Array(await blob.arrayBuffer());
  } finally {
    URL.revokeObjectURL(url);
  }
}

export function ChartSaveButtons({ holder, title, tag, option }: ChartSaveButtonsProps) {
  const t = TEXT[useLang()];
  const saveSvg = () => {
    void chartSvg(holder.current, title, option).then(
      (svg) => svg && downloadBytes(chartFileName(title, tag, 'svg'), svg.markup, 'image/svg+xml;charset=utf-8'),
      (error: unknown) => window.console.warn(error),
    );
  };
  const savePng = () => {
    void chartSvg(holder.current, title, option)
      .then((svg) => svg && svgToPng(svg.markup, svg.width, svg.height))
      .then(
        (bytes) => bytes && downloadBytes(chartFileName(title, tag, 'png'), bytes, 'image/png'),
        (error: unknown) => window.console.warn(error),
      );
  };
  return (
    <span className="chart-save" role="group" aria-label={t.group(title)} data-testid="chart-save">
      <button type="button" className="chart-save-button" data-testid="save-png" onClick={savePng} title={t.pngTitle}>
        {t.png}
      </button>
      <button type="button" className="chart-save-button" data-testid="save-svg" onClick={saveSvg} title={t.svgTitle}>
        {t.svg}
      </button>
    </span>
  );
}
