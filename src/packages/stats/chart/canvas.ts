import Taro from '@tarojs/taro'
import { echarts } from './echarts'

/** What echarts draws on: a canvas element (H5) or a weapp canvas 2d node behind a small wrapper. */
export interface ChartCanvas {
  canvas: unknown
  width: number
  height: number
  dpr: number
}

let weappReady = false

/**
 * In the weapp there is no DOM: echarts measures text on a canvas of its own, which must come from
 * createOffscreenCanvas (base library 2.16.1+).
 * 参考文档：https://developers.weixin.qq.com/miniprogram/dev/api/canvas/wx.createOffscreenCanvas.html
 */
function prepareWeapp() {
  if (weappReady) return
  weappReady = true
  echarts.setPlatformAPI({
    createCanvas: () =>
      Taro.createOffscreenCanvas({
        type: '2d',
        width: 1,
        height: 1,
      }) as unknown as HTMLCanvasElement,
  })
}

/**
 * The canvas 2d node as echarts (zrender's single-canvas mode) expects it: a 2d context and a
 * settable drawing size. A weapp node has no DOM events, so listeners are accepted and ignored.
 * 参考文档：https://developers.weixin.qq.com/miniprogram/dev/component/canvas.html
 */
interface CanvasNode {
  width: number
  height: number
  getContext(type: '2d'): unknown
}

function weappCanvas(node: CanvasNode) {
  return {
    getContext: (type: '2d') => node.getContext(type),
    get width() {
      return node.width
    },
    set width(value: number) {
      node.width = value
    },
    get height() {
      return node.height
    },
    set height(value: number) {
      node.height = value
    },
    addEventListener() {},
    removeEventListener() {},
    attachEvent() {},
    detachEvent() {},
  }
}

/** getWindowInfo, not the unmaintained getSystemInfoSync (see lesson/reader/measure.ts). */
function pixelRatio(): number {
  return Taro.getWindowInfo().pixelRatio || 1
}

/**
 * Finds the `<Canvas type="2d" id>` once it is on screen. The weapp answers through a selector query
 * for the node; in H5 Taro's canvas is a custom element holding a real <canvas> (its selector query
 * does not hand out that node for a React-rendered canvas), so it is read from the DOM.
 * 参考文档：https://developers.weixin.qq.com/miniprogram/dev/api/wxml/NodesRef.fields.html
 */
export async function findChartCanvas(id: string): Promise<ChartCanvas | null> {
  if (process.env.TARO_ENV === 'h5') {
    const host = document.getElementById(id) as
      | (HTMLElement & {
          componentOnReady?: () => Promise<unknown>
        })
      | null
    // Taro's H5 canvas sizes its <canvas> when it renders: draw only after that.
    await host?.componentOnReady?.()
    const canvas = host?.querySelector('canvas')
    if (!host || !canvas) return null
    const { width, height } = host.getBoundingClientRect()
    return { canvas, width, height, dpr: window.devicePixelRatio || 1 }
  }
  prepareWeapp()
  return new Promise((resolve) => {
    Taro.createSelectorQuery()
      .select(`#${id}`)
      .fields({ node: true, size: true })
      .exec((results: { node?: CanvasNode; width: number; height: number }[]) => {
        const found = results?.[0]
        if (!found?.node) return resolve(null)
        resolve({
          canvas: weappCanvas(found.node),
          width: found.width,
          height: found.height,
          dpr: pixelRatio(),
        })
      })
  })
}
