// The one chart component: an ECharts instance created once per mount,
// updated in place with setOption, resized with its container, disposed on
// unmount. `data-state="ready"` tells tests (and screen readers via
// aria-busy) that the current option has finished drawing.
import { useEffect, useRef } from 'react';
import { echarts } from './echarts';
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

export function Chart({ option, height, testId, label, onClick }: ChartProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const chartRef = useRef<echarts.ECharts | null>(null);
  const onClickRef = useRef(onClick);
  // What was last drawn, as JSON (callbacks left out): an equal option is not drawn again,
  // so the engine taking over from the build-time snapshot moves nothing on screen.
  const drawnRef = useRef<string | null>(null);

  useEffect(() => {
    onClickRef.current = onClick;
  }, [onClick]);

  useEffect(() => {
    const element = containerRef.current;
    if (!element) return undefined;
    const chart = echarts.init(element, null, { renderer: 'svg' });
    chartRef.current = chart;
    // One listener for the instance's life: every draw (option or resize) ends in `finished`.
    chart.on('finished', () => markState(element, 'ready'));
    chart.on('click', (params) => {
      if (params.componentType !== 'series' || typeof params.dataIndex !== 'number') return;
      onClickRef.current?.({
        dataIndex: params.dataIndex,
        seriesIndex: params.seriesIndex ?? 0,
        componentType: params.componentType,
      });
    });
    const observer = new ResizeObserver(() => chart.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      chart.dispose();
      chartRef.current = null;
      drawnRef.current = null;
    };
  }, []);

  useEffect(() => {
    const chart = chartRef.current;
    const element = containerRef.current;
    if (!chart || !element) return;
    const json = JSON.stringify(option);
    if (json === drawnRef.current) return;
    drawnRef.current = json;
    markState(element, 'drawing');
    // Same instance, new option: no animation, so a click is answered in one frame.
    chart.setOption({ ...option, animation: false }, { notMerge: true });
  }, [option]);

  useEffect(() => {
    chartRef.current?.resize();
  }, [height]);

  return (
    <div
      ref={containerRef}
      className="chart"
      data-testid={testId}
      role="img"
      aria-label={label}
      style={{ height }}
    />
  );
}
