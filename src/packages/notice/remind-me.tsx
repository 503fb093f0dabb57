import { RemindMe } from '../../components/remind-me'

/** 有通知未签阅时提醒我: lets the branch remind this person once about a notice they have not signed. */
export function NoticeRemindMe() {
  return (
    <RemindMe
      template="noticeReminder"
      label="有通知未签阅时提醒我"
      done="已开启，有通知未签阅时会提醒你一次"
    />
  )
}
