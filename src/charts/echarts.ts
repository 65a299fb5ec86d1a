// ECharts with only what our builders use, so the bundle carries no unused
// chart types. SVG renderer: bars are DOM elements (testable, crisp in print).
import * as echarts from 'echarts/core';
import { BarChart, CustomChart, LineChart } from 'echarts/charts';
import {
  GridComponent,
  LegendComponent,
  LegendScrollComponent,
  MarkAreaComponent,
  MarkLineComponent,
  TooltipComponent,
} from 'echarts/components';
// LabelLayout: series' labelLayout (hideOverlap), so bar figures that would collide on a phone are left out.
import { LabelLayout } from 'echarts/features';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([
  BarChart,
  CustomChart,
  LineChart,
  GridComponent,
  LegendComponent,
  LegendScrollComponent,
  TooltipComponent,
  MarkLineComponent,
  MarkAreaComponent,
  LabelLayout,
  SVGRenderer,
]);

export { echarts };
