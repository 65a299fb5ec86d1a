// ECharts (with zrender, most of the page's JavaScript) is a chunk of its
// own: the first screen shows build-time pictures of its charts and needs
// none of it. The app asks for it as it starts, so it is here by the time
// anyone hovers or clicks a chart.
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

/** ECharts if it has arrived, so a chart mounted later draws at once. */
export function loadedEcharts(): EchartsLib | null {
  return loaded;
}
