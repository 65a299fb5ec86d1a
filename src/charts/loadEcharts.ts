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
    return m.echarts;
  });
  return loading;
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
  gateOpen = false;
  void until.then(() => {
    if (pictureGate === until) gateOpen = true;
  });
}

let gateOpen = true;

/** Whether charts with pictures may draw with ECharts at once (the hold is over): a chart mounted later does, as any other. */
export function picturesReleased(): boolean {
  return gateOpen;
}

/** ECharts for a chart drawn as a picture meanwhile (the chart itself loads it at once when the reader points at it). */
export function loadEchartsAfterPicture(): Promise<EchartsLib> {
  return pictureGate.then(loadEcharts);
}

/** ECharts if it has arrived, so a chart mounted later draws at once. */
export function loadedEcharts(): EchartsLib | null {
  return loaded;
}
