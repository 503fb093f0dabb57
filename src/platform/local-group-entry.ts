import type { GroupCloudId } from './group-entry'

/**
 * H5 preview only (the weapp build compiles every caller out): the local gateway simulates opening the
 * app from a card in WeChat group G. Contract: `?fromGroup=G` in the page URL, and
 * POST /__local/group-entry {groupId} → {cloudID} (401 without a demo identity).
 */
export function localGroupId(): string | null {
  const hashQuery = window.location.hash.split('?')[1] ?? ''
  return (
    new URLSearchParams(hashQuery).get('fromGroup') ||
    new URLSearchParams(window.location.search).get('fromGroup') ||
    null
  )
}

export async function fetchLocalGroupCloudId(): Promise<GroupCloudId> {
  const groupId = localGroupId()
  if (!groupId) return { ok: false, message: '请从微信群里打开卡片' }
  try {
    const res = await fetch('/__local/group-entry', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ groupId }),
    })
    if (res.status === 401) return { ok: false, message: '本地预览：请先选择一个演示身份' }
    if (!res.ok) return { ok: false, message: '读取群信息失败，请换一个群编号重试' }
    const body = (await res.json()) as { cloudID?: unknown }
    if (typeof body.cloudID !== 'string') {
      return { ok: false, message: '本地服务出错了，请稍后重试' }
    }
    return { ok: true, cloudID: body.cloudID }
  } catch {
    return { ok: false, message: '连不上本地服务，请确认已运行 npm start 后重试' }
  }
}
