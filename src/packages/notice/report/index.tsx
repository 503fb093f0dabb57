import { Progress, Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { PageState } from '../../../components/page-state'
import { useReadReport } from './use-read-report'
import { PageRoot } from '../../../components/page-root'
import '../../../components/card/index.css'
import '../notice.css'
import './index.css'

const percent = (read: number, expected: number) =>
  expected === 0 ? 0 : Math.round((read / expected) * 100)

export default function ReadReportPage() {
  const { state, retry, remind, reminding, remindError } = useReadReport()
  if (state.status === 'loading') return <PageState kind="loading" />
  if (state.status === 'error') {
    return <PageState kind="error" code={state.code} message={state.message} onRetry={retry} />
  }
  const report = state.data
  const unread = report.expected - report.read
  return (
    <PageRoot className="card-page read-report">
      <View className="card card--stack">
        <Text className="read-report__total">
          已签阅 {report.read} / {report.expected} 人
        </Text>
        <Progress
          percent={percent(report.read, report.expected)}
          strokeWidth={8}
          activeColor="#c8161d"
        />
      </View>
      {report.byBranch.map((branch) => (
        <View
          key={branch.orgId}
          className="card card--stack read-report__branch"
          data-org={branch.orgId}
        >
          <Text className="card__title">{branch.orgName}</Text>
          <Text className="card__meta">
            已读 {branch.read} · 未读 {branch.expected - branch.read}
          </Text>
          <Progress
            percent={percent(branch.read, branch.expected)}
            strokeWidth={6}
            activeColor="#c8161d"
          />
        </View>
      ))}
      {remindError ? <Text className="banner banner--error">{remindError}</Text> : null}
      {unread > 0 ? (
        <View className="read-report__actions">
          <Button
            className="read-report__remind"
            type="primary"
            block
            loading={reminding}
            disabled={reminding}
            onClick={() => void remind()}
          >
            提醒未签阅的 {unread} 人
          </Button>
          <Text className="notice-hint">只会提醒开启了通知提醒的同志，每人每次同意只发一条。</Text>
        </View>
      ) : (
        <Text className="notice-hint">全部已签阅。</Text>
      )}
    </PageRoot>
  )
}
