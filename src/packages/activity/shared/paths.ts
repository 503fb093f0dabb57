/** Where each activity page lives; every link carries the org, so the server can authorize at once. */
const q = encodeURIComponent

export const activityPaths = {
  list: (orgId: string) => `/packages/activity/list/index?orgId=${q(orgId)}`,
  detail: (orgId: string, id: string) =>
    `/packages/activity/detail/index?orgId=${q(orgId)}&id=${q(id)}`,
  publish: (orgId: string) => `/packages/activity/publish/index?orgId=${q(orgId)}`,
  signIn: (orgId: string, id: string) =>
    `/packages/activity/signin/index?orgId=${q(orgId)}&id=${q(id)}`,
  showcase: (orgId: string) => `/packages/activity/showcase/index?orgId=${q(orgId)}`,
}
