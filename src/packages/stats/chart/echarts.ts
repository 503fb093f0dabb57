// The one place that imports echarts, built small: core + bar + line + grid + the canvas renderer
// (no tooltip, legend or toolbox — the figures are written out beside every chart). Only the stats
// subpackage imports this, so none of it reaches the main package.
// 参考文档：https://echarts.apache.org/handbook/zh/basics/import/#按需引入-echarts-图表和组件
import { BarChart, LineChart, type BarSeriesOption, type LineSeriesOption } from 'echarts/charts'
import { GridComponent, type GridComponentOption } from 'echarts/components'
import * as echarts from 'echarts/core'
import { CanvasRenderer } from 'echarts/renderers'

echarts.use([BarChart, LineChart, GridComponent, CanvasRenderer])

export type ChartOption = echarts.ComposeOption<
  BarSeriesOption | LineSeriesOption | GridComponentOption
>

export { echarts }
