import { Input, Picker, Text, Textarea, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import {
  CONTACT_LABELS,
  CONTACT_PREFERENCES,
  ISSUE_CATEGORIES,
  ISSUE_CATEGORY_LABELS,
  ISSUE_DUE_DAYS,
} from '../../../../types/issue'
import { PageState } from '../../../components/page-state'
import { PrivacyPrompt } from '../../../components/privacy-prompt'
import { CAN_PICK_ON_MAP } from '../shared/location'
import { PhotoPicker } from '../shared/photo-picker'
import type { IssueDraft } from './use-issue-draft'
import { useSubmitIssue, type BranchesState } from './use-submit-issue'
import { useErrorInView } from '../../../hooks/use-error-in-view'
import { PageRoot } from '../../../components/page-root'
import '../../../components/card/index.css'
import '../shared/issue.css'
import './index.css'

/** Up to this many branches are shown as buttons; a longer list is a picker. */
const SHORT_LIST = 8

export default function SubmitIssuePage() {
  const form = useSubmitIssue()
  useErrorInView(form.error, '.issue-submit-error')
  const { draft, update, done } = form

  if (done) {
    return (
      <PageRoot className="issue-page issue-submitted">
        <PageState
          kind="empty"
          title={done.issue.held ? '已收到，正在审核' : '提交成功'}
          description={done.message}
          action={
            <Button data-testid="issue-view-progress" type="primary" onClick={form.viewProgress}>
              查看办理进度
            </Button>
          }
        />
      </PageRoot>
    )
  }

  return (
    <PageRoot className="issue-page issue-submit-page">
      {form.restored ? (
        <Text className="banner banner--calm" data-testid="issue-draft-restored">
          已恢复上次没提交的草稿，可以接着写。
        </Text>
      ) : null}

      <View className="card">
        <Text className="issue-section__title">反映给</Text>
        <BranchPicker
          branches={form.branches}
          orgId={draft.orgId}
          onChoose={form.chooseOrg}
          onRetry={() => void form.reloadBranches()}
        />
      </View>

      <View className="card">
        <Text className="issue-section__title">问题类别</Text>
        <View className="issue-chips">
          {ISSUE_CATEGORIES.map((category) => (
            <Text
              key={category}
              className={`issue-chip ${draft.category === category ? 'issue-chip--on' : ''}`}
              data-testid="issue-category"
              data-key={category}
              onClick={() => update({ category })}
            >
              {ISSUE_CATEGORY_LABELS[category]}
            </Text>
          ))}
        </View>
        {draft.category ? (
          <Text className="issue-section__hint">
            这类问题支部一般在 {ISSUE_DUE_DAYS[draft.category]} 天内答复，逾期会提请上级督办。
          </Text>
        ) : null}
      </View>

      <View className="card">
        <Text className="issue-section__title">发生了什么</Text>
        <Textarea
          className="zhibu-textbox issue-textarea"
          data-testid="issue-body"
          value={draft.body}
          maxlength={1000}
          placeholder="说说问题在哪里、持续多久、影响了谁（至少 5 个字）"
          onInput={(event) => update({ body: event.detail.value })}
        />
        <Text className="issue-counter">{draft.body.length}/1000</Text>
        <PhotoPicker photos={draft.photos} onChange={(photos) => update({ photos })} />
      </View>

      <View className="card">
        <Text className="issue-section__title">地点（选填）</Text>
        <Input
          className="issue-input"
          data-testid="issue-place"
          value={draft.placeName}
          maxlength={50}
          placeholder="如：幸福小区 3 号楼东侧"
          onInput={(event) =>
            update({ placeName: event.detail.value, latitude: null, longitude: null })
          }
        />
        {CAN_PICK_ON_MAP ? (
          <Text className="issue-link issue-pick-place" onClick={() => void form.pickPlace()}>
            在地图上选点
          </Text>
        ) : null}
      </View>

      <ContactSection draft={draft} update={update} />

      {form.error ? (
        <Text className="banner banner--error issue-submit-error">{form.error}</Text>
      ) : null}

      <View className="issue-bottom-bar">
        <Button
          data-testid="issue-submit"
          type="primary"
          loading={form.busy}
          disabled={form.busy}
          onClick={() => void form.submit()}
        >
          {form.busy ? '正在提交…' : '提交'}
        </Button>
      </View>

      <PrivacyPrompt />
    </PageRoot>
  )
}

function BranchPicker({
  branches,
  orgId,
  onChoose,
  onRetry,
}: {
  branches: BranchesState
  orgId: string
  onChoose: (orgId: string) => void
  onRetry: () => void
}) {
  if (branches.status === 'loading') return <Text className="issue-section__hint">加载支部…</Text>
  if (branches.status === 'error') {
    return (
      <Text className="issue-section__hint issue-branches-error" onClick={onRetry}>
        {branches.message}（点此重试）
      </Text>
    )
  }
  const { options, mineIds } = branches
  // One's own branches first.
  const ordered = [
    ...options.filter((option) => mineIds.includes(option.id)),
    ...options.filter((option) => !mineIds.includes(option.id)),
  ]
  if (ordered.length <= SHORT_LIST) {
    return (
      <View className="issue-chips issue-branches">
        {ordered.map((option) => (
          <Text
            key={option.id}
            className={`issue-chip ${option.id === orgId ? 'issue-chip--on' : ''}`}
            data-testid="issue-branch-option"
            data-id={option.id}
            onClick={() => onChoose(option.id)}
          >
            {option.name}
            {mineIds.includes(option.id) ? '（我的支部）' : ''}
          </Text>
        ))}
      </View>
    )
  }
  const index = ordered.findIndex((option) => option.id === orgId)
  return (
    <Picker
      mode="selector"
      className="issue-branch-picker"
      range={ordered.map((option) => option.name)}
      value={Math.max(0, index)}
      onChange={(event) => onChoose(ordered[Number(event.detail.value)]?.id ?? '')}
    >
      <View className="issue-picker">
        <Text className={`issue-branch ${index < 0 ? 'issue-branch--empty' : ''}`}>
          {index >= 0 ? ordered[index].name : '请选择支部或社区'}
        </Text>
        <Text className="issue-link">更换</Text>
      </View>
    </Picker>
  )
}

function Toggle({
  on,
  label,
  testId,
  onChange,
}: {
  on: boolean
  label: string
  testId: string
  onChange: () => void
}) {
  return (
    <View
      className={`issue-toggle ${on ? 'issue-toggle--on' : ''}`}
      data-testid={testId}
      role="switch"
      aria-checked={on}
      aria-label={label}
      onClick={onChange}
    />
  )
}

function ContactSection({
  draft,
  update,
}: {
  draft: IssueDraft
  update: (changes: Partial<IssueDraft>) => void
}) {
  return (
    <View className="card">
      <Text className="issue-section__title">希望怎样联系你</Text>
      <View className="issue-chips">
        {CONTACT_PREFERENCES.map((contact) => {
          const disabled = draft.anonymous && contact !== 'in_app'
          const on = (draft.anonymous ? 'in_app' : draft.contact) === contact
          return (
            <Text
              key={contact}
              className={`issue-chip ${on ? 'issue-chip--on' : ''} ${disabled ? 'issue-chip--disabled' : ''}`}
              data-testid="issue-contact"
              data-key={contact}
              onClick={() => (disabled ? undefined : update({ contact }))}
            >
              {CONTACT_LABELS[contact]}
            </Text>
          )
        })}
      </View>
      {!draft.anonymous && draft.contact === 'phone' ? (
        <Input
          className="issue-input issue-contact-phone"
          type="number"
          maxlength={11}
          value={draft.contactPhone}
          placeholder="手机号（只给办理人看）"
          onInput={(event) => update({ contactPhone: event.detail.value })}
        />
      ) : null}

      <View className="issue-row">
        <View>
          <Text className="issue-row__label">匿名反映</Text>
          <Text className="issue-row__hint">
            办理人看不到你是谁，进度只有你自己能看到；匿名时只能在小程序里答复。
          </Text>
        </View>
        <Toggle
          on={draft.anonymous}
          label="匿名反映"
          testId="issue-anonymous"
          onChange={() => update({ anonymous: !draft.anonymous })}
        />
      </View>
      <View className="issue-row">
        <View>
          <Text className="issue-row__label">办结后可以公示</Text>
          <Text className="issue-row__hint">
            同意后，支部可把办理结果放到公示栏，不显示你的姓名、电话和照片。
          </Text>
        </View>
        <Toggle
          on={draft.publicConsent}
          label="办结后可以公示"
          testId="issue-public-consent"
          onChange={() => update({ publicConsent: !draft.publicConsent })}
        />
      </View>
    </View>
  )
}
