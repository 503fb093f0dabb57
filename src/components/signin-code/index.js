/* global Component */
// A native weapp component (not React): the host's sign-in screen redraws every second, and a native
// component keeps those updates inside itself instead of re-rendering the Taro page tree.
// 参考文档：https://developers.weixin.qq.com/miniprogram/dev/framework/custom-component/
// It lives in the main package (two subpackages use it), so it draws no QR itself: the page hands it
// the image (src/components/signin-code-view), and qrcode-generator stays in those subpackages.

function secondsUntil(iso, now) {
  const at = Date.parse(iso)
  if (Number.isNaN(at)) return 0
  return Math.max(0, Math.ceil((at - now) / 1000))
}

Component({
  options: { addGlobalClass: false },
  properties: {
    /** Six digits, read aloud or typed by members. */
    code: { type: String, value: '' },
    // One-word property names: WXML maps hyphenated attributes to camelCase properties, and Taro
    // writes the JSX prop names as they are, so camelCase names would not reach the component.
    // 参考文档：https://developers.weixin.qq.com/miniprogram/dev/framework/custom-component/component.html
    /** The QR as an image source (a GIF data URL of signInQrText); members scan it with scanCode. */
    qrsrc: { type: String, value: '' },
    /** ISO time when the code rotates. */
    rotates: { type: String, value: '' },
    attended: { type: Number, value: 0 },
    expected: { type: Number, value: 0 },
    /** One line under the code telling people how to sign in (a meeting's and an activity's differ). */
    hint: { type: String, value: '' },
  },
  data: { digits: [], secondsLeft: 0 },
  observers: {
    code(code) {
      this.setData({ digits: String(code || '').split('') })
    },
    rotates() {
      this.expired = false
      this.tick()
    },
  },
  lifetimes: {
    attached() {
      this.timer = setInterval(() => this.tick(), 1000)
    },
    detached() {
      clearInterval(this.timer)
    },
  },
  methods: {
    /** Counts down to the rotation and asks the page for the next code once, when it is due. */
    tick() {
      const secondsLeft = secondsUntil(this.data.rotates, Date.now())
      if (secondsLeft !== this.data.secondsLeft) this.setData({ secondsLeft })
      if (secondsLeft === 0 && this.data.rotates && !this.expired) {
        this.expired = true
        this.triggerEvent('expire', { rotatesAt: this.data.rotates })
      }
    },
    onRefresh() {
      this.triggerEvent('refresh', {})
    },
  },
})
