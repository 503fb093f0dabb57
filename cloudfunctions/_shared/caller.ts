import { cloud } from './cloud'

/** Who is calling, as the platform says — never taken from the event. */
export interface Caller {
  openid: string
  appid: string
  /** 'wx_client' from the app, 'wx_trigger' from a timer; a call from another function appends ',scf'. */
  source: string
}

export function identifyCaller(): Caller {
  const context = cloud.getWXContext()
  return {
    openid: typeof context.OPENID === 'string' ? context.OPENID : '',
    appid: typeof context.APPID === 'string' ? context.APPID : '',
    source: typeof context.SOURCE === 'string' ? context.SOURCE : '',
  }
}
