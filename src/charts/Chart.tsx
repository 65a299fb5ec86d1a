// The one chart component: an ECharts instance created once per mount,
// updated in place with setOption, resized with its container, disposed on
// unmount. `data-state="ready"` tells tests (and screen readers via
// aria-busy) that the current option has finished drawing.
//
// Until ECharts has loaded (its own chunk, see loadEcharts.ts) a chart whose
// exact option was drawn at build time shows that picture instead; ECharts
// then draws the same option underneath and the picture goes.
import { useContext, useEffect, useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';
import type { ECharts } from 'echarts/core';
import { loadEcharts, loadEchartsAfterPicture, loadedEcharts, picturesReleased, type EchartsLib } from './loadEcharts';
import { PrerenderedCharts, PrerenderWidth, closestPicture, pictureKey } from './prerendered';
import type { ChartOption } from './options/chartOption';

export interface ChartClick {
  dataIndex: number;
  seriesIndex: number;
  componentType: string;
}

export interface ChartProps {
  option: ChartOption;
  height: number;
  testId: string;
  /** What the chart shows, for assistive technology (the table below has the numbers). */
  label: string;
  onClick?: (click: ChartClick) => void;
}

type DrawState = 'drawing' | 'ready';

// Set on the element directly: a draw finishing is ECharts' event, not React
// state, and re-rendering the container for it would gain nothing.
function markState(element: HTMLElement, state: DrawState): void {
  element.setAttribute('data-state', state);
  element.setAttribute('aria-busy', String(state !== 'ready'));
}

/**
 * The option without its tooltip unless the pointer is over the chart.
 * ECharts builds a tooltip's HTML box with every draw that replaces the
 * option, and placing it reads the chart's offset: a forced layout of the
 * whole page per chart per click (a third of a click's time with a hundred
 * counties on screen). Nobody sees a tooltip before pointing at the chart.
 */
function withoutTooltip(option: ChartOption, pointerInside: boolean): ChartOption {
  const drawn: ChartOption = { ...option, animation: false };
  if (!pointerInside) delete drawn.tooltip;
  return drawn;
}

interface Size {
  width: number;
  height: number;
}

function resizeTo(chart: ECharts, current: RefObject<Size | null>, size: Size): void {
  const was = current.current;
  if (was && was.width === size.width && was.height === size.height) return;
  current.current = size;
  chart.resize(size);
}

export function Chart({ option, height, testId, label, onClick }: ChartProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const hostRef = useRef<HTMLDivElement>(null);
  const chartRef = useRef<ECharts | null>(null);
  const onClickRef = useRef(onClick);
  // What was last drawn, as JSON (callbacks left out): an equal option is not drawn again,
  // so the engine taking over from the build-time snapshot moves nothing on screen.
  const drawnRef = useRef<string | null>(null);
  // The size ECharts draws at, as last given to it.
  const sizeRef = useRef<Size | null>(null);
  const pointerInsideRef = useRef(false);
  // Whether the option on screen carries its tooltip (see withoutTooltip).
  const tooltipOnRef = useRef(false);
  const pictures = useContext(PrerenderedCharts);
  // A chart with a build-time picture shows it first even when ECharts is here (holdPictureCharts).
  const [lib, setLib] = useState<EchartsLib | null>(() =>
    picturesReleased() || pictures[pictureKey(JSON.stringify(option), height)] === undefined ? loadedEcharts() : null,
  );
  // Once ECharts has drawn, build-time pictures are done with for this chart.
  const [live, setLive] = useState(false);
  // The container's width when it mounted, to pick the picture drawn closest to it.
  const prerenderWidth = useContext(PrerenderWidth);
  const [mountWidth, setMountWidth] = useState<number | null>(prerenderWidth);
  const json = useMemo(() => JSON.stringify(option), [option]);
  const picture = live || mountWidth === null ? undefined : closestPicture(pictures[pictureKey(json, height)], mountWidth)?.svg;

  useEffect(() => {
    onClickRef.current = onClick;
  }, [onClick]);

  // Drawn as its picture: ECharts when the page lets it (holdPictureCharts) or the pointer comes.
  // Hashing the option matters only until ECharts draws this chart.
  const hasPicture = useMemo(() => lib === null && pictures[pictureKey(json, height)] !== undefined, [lib, pictures, json, height]);
  const [pointed, setPointed] = useState(false);
  useEffect(() => {
    if (lib) return undefined;
    let mounted = true;
    void (hasPicture && !pointed && !picturesReleased() ? loadEchartsAfterPicture() : loadEcharts()).then((loaded) => {
      if (mounted) setLib(() => loaded);
    });
    return () => {
      mounted = false;
    };
  }, [lib, hasPicture, pointed]);

  // Before the first paint, once: a picture only stands in until ECharts draws.
  const mountedWithoutEcharts = useRef(lib === null);
  useLayoutEffect(() => {
    if (mountedWithoutEcharts.current) setMountWidth(containerRef.current?.clientWidth ?? 0);
  }, []);

  // Before ECharts: the picture, when there is one, is the drawn chart. Another picture (a
  // city's view clicked before the engine is ready) is a draw too: drawing, then ready.
  useLayoutEffect(() => {
    const element = containerRef.current;
    if (!element || chartRef.current) return;
    markState(element, 'drawing');
    if (picture !== undefined) markState(element, 'ready');
  }, [picture]);

  useEffect(() => {
    const element = containerRef.current;
    const host = hostRef.current;
    if (!lib || !element || !host) return undefined;
    const chart = lib.init(host, null, { renderer: 'svg' });
    chartRef.current = chart;
    // One listener for the instance's life: every draw (option or resize) ends in `finished`.
    chart.on('finished', () => {
      markState(element, 'ready');
      setLive(true);
    });
    chart.on('click', (params) => {
      if (params.componentType !== 'series' || typeof params.dataIndex !== 'number') return;
      onClickRef.current?.({
        dataIndex: params.dataIndex,
        seriesIndex: params.seriesIndex ?? 0,
        componentType: params.componentType,
      });
    });
    sizeRef.current = { width: chart.getWidth(), height: chart.getHeight() };
    // Sizes from the observer, never read back from the DOM: ECharts' own
    // resize() measures the element, a forced layout of the whole page.
    const observer = new ResizeObserver((entries) => {
      const box = entries[entries.length - 1]?.contentRect;
      if (box) resizeTo(chart, sizeRef, { width: box.width, height: box.height });
    });
    observer.observe(host);
    // Printing lays the page out at the paper's width, and no ResizeObserver runs before the sheet is drawn:
    // a chart kept its screen width and ran into the table beside it. Its size is read here, in the print layout, and again after.
    const printing = typeof window.matchMedia === 'function' ? window.matchMedia('print') : null;
    const fitPrint = (): void => {
      const box = host.getBoundingClientRect();
      if (box.width > 0 && box.height > 0) resizeTo(chart, sizeRef, { width: box.width, height: box.height });
    };
    printing?.addEventListener('change', fitPrint);
    return () => {
      printing?.removeEventListener('change', fitPrint);
      observer.disconnect();
      chart.dispose();
      chartRef.current = null;
      drawnRef.current = null;
      sizeRef.current = null;
    };
  }, [lib]);

  useEffect(() => {
    const chart = chartRef.current;
    const element = containerRef.current;
    const size = sizeRef.current;
    if (!chart || !element || !size) return;
    // A new height comes with new bars: one draw at the new size, not one before and one after.
    const resized = size.height !== height;
    if (json !== drawnRef.current) {
      drawnRef.current = json;
      // Over a picture of this very option the chart is already drawn: redrawing it underneath changes nothing.
      if (picture === undefined) markState(element, 'drawing');
      // Same instance, new option: no animation, so a click is answered in one frame.
      chart.setOption(withoutTooltip(option, pointerInsideRef.current), { notMerge: true, lazyUpdate: resized });
      tooltipOnRef.current = pointerInsideRef.current;
    }
    if (resized) resizeTo(chart, sizeRef, { width: size.width, height });
  }, [lib, json, option, picture, height]);

  // The tooltip joins the chart when the pointer does (see withoutTooltip).
  const onPointerEnter = (): void => {
    pointerInsideRef.current = true;
    if (!pointed) setPointed(true);
    const chart = chartRef.current;
    if (!chart || tooltipOnRef.current || option.tooltip === undefined) return;
    chart.setOption({ tooltip: option.tooltip });
    tooltipOnRef.current = true;
  };

  return (
    <div
      ref={containerRef}
      className="chart"
      data-testid={testId}
      role="img"
      aria-label={label}
      style={{ height }}
      onPointerEnter={onPointerEnter}
      onPointerLeave={() => {
        pointerInsideRef.current = false;
      }}
    >
      {/* The drawing's own text (ticks, names) would be read after the label: the label and the table below say it. */}
      <div ref={hostRef} className="chart-host" aria-hidden="true" />
      {picture !== undefined && (
        <div className="chart-picture" aria-hidden="true" dangerouslySetInnerHTML={{ __html: picture }} />
      )}
    </div>
  );
}
