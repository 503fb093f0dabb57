import Taro from '@tarojs/taro'
import { useCallback, useRef, useState } from 'react'
import type { ErrorCode, Reply } from '../../types/errors'

export interface RunOptions<T> {
  /** The toast once it went through. */
  done?: string
  /** What to do with the answer once it went through (show it, close a form, open the next page). */
  then?: (data: T) => void | Promise<void>
  /** Load the page again afterwards; yes by default when the hook was given a `reload`. */
  reload?: boolean
  /** The caller shows the refusal beside its own form, so `error` (the page's banner) stays as it is. */
  inline?: boolean
  /** What to say when the action itself failed (no reply: an upload or a platform call threw). */
  failed?: string
}

export interface ActionOptions {
  /** Loads the page's data again after an action went through. */
  reload?: () => Promise<unknown>
  /** Refusals after which the page loads again too, because what it shows has moved on. */
  reloadOn?: readonly ErrorCode[]
}

const FAILED = '没有完成，请检查网络后重试'
/** Returned (not shown) when a second tap arrives while an action runs. */
export const STILL_BUSY = '请等上一步完成'

/**
 * With an icon, WeChat shows at most 7 characters of a toast; longer ones go without the icon.
 * 参考文档：https://developers.weixin.qq.com/miniprogram/dev/api/ui/interaction/wx.showToast.html
 */
export function toastDone(title: string): void {
  void Taro.showToast({ title, icon: title.length <= 7 ? 'success' : 'none' })
}

/**
 * A page's actions, one at a time: `busy` names the one running (so only its button spins), `error`
 * holds the last refusal for the page's banner, a toast says when one went through, and the page's
 * data is loaded again so counts and lists stay true. `run` resolves to '' when it went through, or
 * to the message shown.
 */
export function useAction<K extends string = string>(options: ActionOptions = {}) {
  const [busy, setBusy] = useState<K | ''>('')
  const [error, setError] = useState('')
  const running = useRef(false)
  const latest = useRef(options)
  latest.current = options

  const run = useCallback(
    async <T>(key: K, action: () => Promise<Reply<T>>, how: RunOptions<T> = {}) => {
      if (running.current) return STILL_BUSY
      running.current = true
      setBusy(key)
      if (!how.inline) setError('')
      const { reload, reloadOn = [] } = latest.current
      try {
        let reply: Reply<T>
        try {
          reply = await action()
        } catch (thrown) {
          const message = how.failed ?? ((thrown as Error | undefined)?.message || FAILED)
          reply = { ok: false, code: 'INTERNAL', message }
        }
        if (!reply.ok) {
          if (!how.inline) setError(reply.message)
          if (reload && reloadOn.includes(reply.code)) await reload()
          return reply.message
        }
        if (how.done) toastDone(how.done)
        await how.then?.(reply.data)
        if (reload && how.reload !== false) await reload()
        return ''
      } finally {
        running.current = false
        setBusy('')
      }
    },
    [],
  )

  return { busy, error, setError, run }
}

/** A hook's `run`, for helpers that take it. */
export type RunAction<K extends string> = ReturnType<typeof useAction<K>>['run']
