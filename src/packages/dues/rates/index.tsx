import { Input, Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { useState } from 'react'
import { formatFen, type RateBand, type RatesView } from '../../../../types/dues'
import { PageRoot } from '../../../components/page-root'
import { PageState } from '../../../components/page-state'
import { bandLabels, draftOf, percentText, ratesFromDraft, type RatesDraft } from './rate-table'
import { useRates } from './use-rates'
import '../../../components/card/index.css'
import '../dues.css'

const GROUPS = [
  { key: 'employed', title: '在职党员（每月工资收入，税后）' },
  { key: 'retired', title: '离退休党员（每月离退休费）' },
] as const

/**
 * 党费标准: the rates the branch's dues are worked out by — the 2008 规定's unless its 书记/副书记 set
 * the branch's own. Everyone in the branch may read it; a change applies to declarations from then on.
 */
export default function DuesRatesPage() {
  const { state, retry, save, reset, busy, error } = useRates()
  const [draft, setDraft] = useState<RatesDraft | null>(null)
  const [problem, setProblem] = useState('')
  if (state.status === 'loading') return <PageState kind="loading" text="正在读取党费标准…" />
  if (state.status === 'error') {
    return <PageState kind="error" message={state.message} onRetry={retry} />
  }
  const view = state.data
  const submit = async () => {
    if (!draft) return
    const rates = ratesFromDraft(draft, view.rates)
    if (typeof rates === 'string') return setProblem(rates)
    setProblem('')
    const refused = await save(rates)
    if (refused) setProblem(refused)
    else setDraft(null)
  }
  return (
    <PageRoot className="card-page">
      {error ? <Text className="banner banner--error">{error}</Text> : null}
      <View className="card card--stack" data-testid="dues-rates-source">
        <Text className="card__title">{view.custom ? '本支部的党费标准' : '按规定标准'}</Text>
        <Text className="card__meta">
          {view.custom
            ? '由支部书记设定；修改只影响之后的申报，已申报的按原标准。'
            : '中组部《关于中国共产党党费收缴、使用和管理的规定》（2008 年）。'}
        </Text>
      </View>
      {GROUPS.map((group) => (
        <BandCard
          key={group.key}
          title={group.title}
          bands={view.rates[group.key]}
          editing={draft?.[group.key] ?? null}
          onEdit={(index, value) =>
            draft &&
            setDraft({
              ...draft,
              [group.key]: draft[group.key].map((old, at) => (at === index ? value : old)),
            })
          }
        />
      ))}
      <View className="card card--stack" data-testid="dues-rates-fixed">
        <Text className="card__title">学生、无固定收入、农民党员及领取最低生活保障金的党员</Text>
        {draft ? (
          <View className="dues-rate-row">
            <Text>每月定额（元）</Text>
            <Input
              className="dues-rate-input"
              data-testid="dues-rates-fixed-input"
              type="digit"
              value={draft.fixedYuan}
              onInput={(event) => setDraft({ ...draft, fixedYuan: event.detail.value })}
            />
          </View>
        ) : (
          <Text className="card__meta">
            每月 {formatFen(view.rates.fixedFen)} 元，或经支部研究免交
          </Text>
        )}
      </View>
      <Editing
        view={view}
        draft={draft}
        problem={problem}
        busy={busy}
        onStart={() => setDraft(draftOf(view.rates))}
        onCancel={() => {
          setDraft(null)
          setProblem('')
        }}
        onSave={() => void submit()}
        onReset={() => void reset()}
      />
    </PageRoot>
  )
}

function BandCard({
  title,
  bands,
  editing,
  onEdit,
}: {
  title: string
  bands: RateBand[]
  editing: string[] | null
  onEdit: (index: number, value: string) => void
}) {
  const labels = bandLabels(bands)
  return (
    <View className="card card--stack" data-testid="dues-rates-band">
      <Text className="card__title">{title}</Text>
      {bands.map((band, index) => (
        <View key={labels[index]} className="dues-rate-row">
          <Text>{labels[index]}</Text>
          {editing ? (
            <View className="dues-rate-edit">
              <Input
                className="dues-rate-input"
                type="digit"
                value={editing[index]}
                onInput={(event) => onEdit(index, event.detail.value)}
              />
              <Text>%</Text>
            </View>
          ) : (
            <Text className="dues-rate-percent">{percentText(band.basisPoints)}%</Text>
          )}
        </View>
      ))}
    </View>
  )
}

function Editing(props: {
  view: RatesView
  draft: RatesDraft | null
  problem: string
  busy: string
  onStart: () => void
  onCancel: () => void
  onSave: () => void
  onReset: () => void
}) {
  const { view, draft, problem, busy } = props
  if (!view.canEdit) {
    return <Text className="dues-hint">党费标准由支部书记或副书记设定。</Text>
  }
  if (!draft) {
    return (
      <View className="card card--stack">
        <Button className="dues-rates-edit" block onClick={props.onStart}>
          修改本支部标准
        </Button>
        {view.custom ? (
          <Button
            className="dues-rates-reset"
            block
            loading={busy === 'reset'}
            onClick={props.onReset}
          >
            恢复规定标准
          </Button>
        ) : null}
      </View>
    )
  }
  return (
    <View className="card card--stack">
      {problem ? <Text className="banner banner--error">{problem}</Text> : null}
      <Button
        className="dues-rates-save"
        type="primary"
        block
        loading={busy === 'save'}
        onClick={props.onSave}
      >
        保存
      </Button>
      <Button className="dues-rates-cancel" block onClick={props.onCancel}>
        取消
      </Button>
      <Text className="dues-hint">档次的金额界限按规定不变，只改比例和定额。</Text>
    </View>
  )
}
