/**
 * H5 preview only. Taro's router scrolls each page inside its own div.taro_page, and a ScrollView is
 * its own scroller too; where nothing inside them takes focus (Taro's views do not), a keyboard cannot
 * scroll them (axe-core: scrollable-region-focusable). Each scroller is made focusable as it appears.
 * weapp has neither the elements nor a keyboard.
 */
const SCROLLERS = '.taro_page:not([tabindex]), taro-scroll-view-core:not([tabindex])'

export function focusableScrollers(): void {
  if (process.env.TARO_ENV !== 'h5' || typeof MutationObserver === 'undefined') return
  let pending = false
  const mark = () => {
    pending = false
    document
      .querySelectorAll(SCROLLERS)
      .forEach((scroller) => scroller.setAttribute('tabindex', '0'))
  }
  new MutationObserver(() => {
    if (pending) return
    pending = true
    requestAnimationFrame(mark)
  }).observe(document.body, { childList: true, subtree: true })
  mark()
}
