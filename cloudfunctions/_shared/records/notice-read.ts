/** One row in `noticeReads`: a person signed for a notice (opened it), once. */
export interface NoticeReadRecord {
  _id: string
  noticeId: string
  openid: string
  /** The org the person read it in, for the read report. */
  orgId: string
  readAt: Date
}

/** One receipt per notice and reader: opening twice at once writes it once. */
export function noticeReadId(noticeId: string, openid: string): string {
  return `${noticeId}_${openid}`
}
