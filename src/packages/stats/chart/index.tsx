import { Canvas, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { memo, useEffect, useRef, useState } from 'react'
import { findChartCanvas } from './canvas'
import { echarts, type ChartOption } from './echarts'
import './index.css'

export interface StatsChartProps {
  /** Names the chart; each mounted chart's canvas id adds a counter to it, so it is unique. */
  id: string
  option: ChartOption
  /** Read out instead of the drawing (the figures are also written beside the chart). */
  label: string
}

type Chart = ReturnType<typeof echarts.init>

/** Pages stay mounted under the one opened on top of them (H5 keeps them in the DOM): ids per mount. */
let mounted = 0

/**
 * An echarts chart on a `Canvas type="2d"`, for the weapp and H5 alike. The canvas is created once and
 * kept (re-rendering it in H5 would reset its size); a new option redraws the same chart.
 */
export const StatsChart = memo(function StatsChart({ id: name, option, label }: StatsChartProps) {
  const [id] = useState(() => `${name}-${++mounted}`)
  const chart = useRef<Chart | null>(null)
  const latest = useRef(option)
  latest.current = option

  useEffect(() => {
    let cancelled = false
    let retry: ReturnType<typeof setTimeout> | undefined
    // The canvas node exists once the page's render reached the view layer: ask after the next
    // tick, and again a few times if it is not there yet (a slow phone, a long page).
    const draw = (attempt: number) => {
      void findChartCanvas(id).then((found) => {
        if (cancelled) return
        if (!found || found.width === 0) {
          if (attempt < 5) retry = setTimeout(() => draw(attempt + 1), 100 * (attempt + 1))
          return
        }
        chart.current = echarts.init(found.canvas as HTMLCanvasElement, undefined, {
          width: found.width,
          height: found.height,
          devicePixelRatio: found.dpr,
        })
        chart.current.setOption(latest.current)
      })
    }
    Taro.nextTick(() => draw(0))
    return () => {
      cancelled = true
      clearTimeout(retry)
      chart.current?.dispose()
      chart.current = null
    }
  }, [id])

  useEffect(() => {
    chart.current?.setOption(option, true)
  }, [option])

  return (
    <View className="stats-chart" role="img" aria-label={label}>
      <Canvas type="2d" id={id} canvasId={id} className="stats-chart__canvas" />
    </View>
  )
})
