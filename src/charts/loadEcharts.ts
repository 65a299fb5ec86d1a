// ECharts (with zrender, most of the page's JavaScript) is a chunk of its
// own: the first screen shows build-time pictures of its charts and needs
// none of it. The app asks for it as it starts, so it is here by the time
// anyone hovers or clicks a chart, but lets it replace the pictures only
// later (holdPictureCharts).
import type { echarts as Echarts } from './echarts';

export type EchartsLib = typeof Echarts;

let loaded: EchartsLib | null = null;
let loading: Promise<EchartsLib> | null = null;

export function loadEcharts(): Promise<EchartsLib> {
  loading ??= import('./echarts').then((m) => {
    loaded = m.echarts;
    warmUp(m.echarts);
    return m.echarts;
  });
  return loading;
}

/**
 * One tiny bar chart drawn off screen and dropped: ECharts' first chart on a
 * page runs much code for the first time (~0.1–0.2 s on a busy 2-core
 * machine). With the first screen's pictures held (holdPictureCharts), the
 * first live chart would otherwise be the one a reader's early click asks for.
 */
function warmUp(lib: EchartsLib): void {
  if (typeof document === 'undefined') return;
  const host = document.createElement('div');
  host.style.cssText = 'position:absolute;left:-10000px;top:0;width:64px;height:32px';
  document.body.appendChild(host);
  try {
    const chart = lib.init(host, null, { renderer: 'svg', width: 64, height: 32 });
    chart.setOption({ animation: false, xAxis: { type: 'category', data: ['a'] }, yAxis: { type: 'value' }, series: [{ type: 'bar', data: [1], label: { show: true } }] });
    chart.dispose();
  } catch {
    // Only a head start: the real charts draw (or report) for themselves.
  } finally {
    host.remove();
  }
}

let pictureGate: Promise<void> = Promise.resolve();

/**
 * A chart shown as its build-time picture needs ECharts only to be hovered
 * or clicked: its ECharts waits for `until` (the app: the engine ready), so
 * that it takes no CPU from the engine's start. The page's other charts
 * load ECharts at once.
 */
export function holdPictureCharts(until: Promise<void>): void {
  pictureGate = until;
}

/** ECharts for a chart drawn as a picture meanwhile (the chart itself loads it at once when the reader points at it). */
export function loadEchartsAfterPicture(): Promise<EchartsLib> {
  return pictureGate.then(loadEcharts);
}

/** ECharts if it has arrived, so a chart mounted later draws at once. */
export function loadedEcharts(): EchartsLib | null {
  return loaded;
}
