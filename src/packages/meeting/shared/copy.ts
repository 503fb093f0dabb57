export const MISSING_MEETING = '链接缺少会议信息，请从支部首页的“三会一课”重新进入'
