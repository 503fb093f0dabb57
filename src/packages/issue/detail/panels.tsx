import { Text, Textarea, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { useState, type ReactNode } from 'react'
import { PhotoPicker } from '../shared/photo-picker'
import type { AssigneesState } from './use-issue-detail'

interface PanelFrameProps {
  title: string
  className: string
  error: string
  busy: boolean
  submitText: string
  submitTestId: string
  onSubmit: () => void
  onCancel: () => void
  children: ReactNode
}

/** A form under the case; it stays open (with what was typed) when the server refuses. */
function PanelFrame(props: PanelFrameProps) {
  return (
    <View className={`card issue-panel ${props.className}`}>
      <Text className="issue-section__title">{props.title}</Text>
      {props.children}
      {props.error ? (
        <Text className="issue-panel__error issue-step-error">{props.error}</Text>
      ) : null}
      <View className="issue-panel__actions">
        <Button className="issue-panel-cancel" onClick={props.onCancel}>
          取消
        </Button>
        <Button
          data-testid={props.submitTestId}
          type="primary"
          loading={props.busy}
          disabled={props.busy}
          onClick={props.onSubmit}
        >
          {props.submitText}
        </Button>
      </View>
    </View>
  )
}

interface TextPanelProps {
  error: string
  busy: boolean
  onCancel: () => void
}

function useText() {
  const [text, setText] = useState('')
  return { text, onInput: (event: { detail: { value: string } }) => setText(event.detail.value) }
}

interface ReasonPanelProps extends TextPanelProps {
  onSubmit: (reason: string) => void
}

/** A step that needs a written reason: 不予受理 (the handler) or 重新办理 (the submitter). */
function ReasonPanel({
  name,
  title,
  submitText,
  placeholder,
  onSubmit,
  ...rest
}: ReasonPanelProps & { name: string; title: string; submitText: string; placeholder: string }) {
  const { text, onInput } = useText()
  return (
    <PanelFrame
      {...rest}
      title={title}
      className={`issue-${name}-panel`}
      submitText={submitText}
      submitTestId={`issue-${name}-submit`}
      onSubmit={() => onSubmit(text)}
    >
      <Textarea
        className={`zhibu-textbox issue-textarea issue-${name}-reason`}
        value={text}
        maxlength={200}
        placeholder={placeholder}
        onInput={onInput}
      />
    </PanelFrame>
  )
}

export function RejectPanel(props: ReasonPanelProps) {
  return (
    <ReasonPanel
      {...props}
      name="reject"
      title="不予受理"
      submitText="确定"
      placeholder="请写明原因和建议的办理渠道，提交人会看到"
    />
  )
}

export function ReopenPanel(props: ReasonPanelProps) {
  return (
    <ReasonPanel
      {...props}
      name="reopen"
      title="申请重新办理（只能申请一次）"
      submitText="提交"
      placeholder="哪里还没解决？"
    />
  )
}

export function ReplyPanel({
  onSubmit,
  ...rest
}: TextPanelProps & { onSubmit: (body: string, photos: string[]) => void }) {
  const { text, onInput } = useText()
  const [photos, setPhotos] = useState<string[]>([])
  return (
    <PanelFrame
      {...rest}
      title="答复提交人"
      className="issue-reply-panel"
      submitText="发送答复"
      submitTestId="issue-reply-submit"
      onSubmit={() => onSubmit(text, photos)}
    >
      <Textarea
        className="zhibu-textbox issue-textarea"
        data-testid="issue-reply-body"
        value={text}
        maxlength={1000}
        placeholder="写清楚办理结果：做了什么、什么时候、还需要提交人做什么"
        onInput={onInput}
      />
      <PhotoPicker photos={photos} onChange={setPhotos} />
    </PanelFrame>
  )
}

export function ConfirmPanel({
  initialConsent,
  onSubmit,
  ...rest
}: TextPanelProps & {
  initialConsent: boolean
  onSubmit: (rating: number, comment: string, publicConsent: boolean) => void
}) {
  const { text, onInput } = useText()
  const [rating, setRating] = useState(0)
  const [consent, setConsent] = useState(initialConsent)
  const [problem, setProblem] = useState('')
  return (
    <PanelFrame
      {...rest}
      error={rest.error || problem}
      title="确认办结并评价"
      className="issue-confirm-panel"
      submitText="确认办结"
      submitTestId="issue-confirm-submit"
      onSubmit={() => {
        if (rating < 1) {
          setProblem('请先点星星给办理结果打分')
          return
        }
        setProblem('')
        onSubmit(rating, text, consent)
      }}
    >
      <View className="issue-stars">
        {[1, 2, 3, 4, 5].map((value) => (
          <Text
            key={value}
            className={`issue-star ${value <= rating ? 'issue-star--on' : ''}`}
            data-value={value}
            onClick={() => setRating(value)}
          >
            ★
          </Text>
        ))}
      </View>
      <Textarea
        className="zhibu-textbox issue-textarea issue-confirm-comment"
        value={text}
        maxlength={200}
        placeholder="说说对办理结果的看法（选填）"
        onInput={onInput}
      />
      <View className="issue-row">
        <Text className="issue-row__label">同意办结后公示（不显示个人信息）</Text>
        <View
          className={`issue-toggle issue-confirm-consent ${consent ? 'issue-toggle--on' : ''}`}
          role="switch"
          aria-checked={consent}
          onClick={() => setConsent(!consent)}
        />
      </View>
    </PanelFrame>
  )
}

export function AssignPanel({
  assignees,
  error,
  busy,
  onAssign,
  onCancel,
}: {
  assignees: AssigneesState
  error: string
  busy: boolean
  onAssign: (memberId: string) => void
  onCancel: () => void
}) {
  return (
    <View className="card issue-panel issue-assign-panel">
      <Text className="issue-section__title">指派给谁办理</Text>
      {assignees.status === 'loading' ? <Text className="issue-section__hint">加载中…</Text> : null}
      {assignees.status === 'error' ? (
        <Text className="issue-panel__error">{assignees.message}</Text>
      ) : null}
      {assignees.status === 'ready'
        ? assignees.options.map((option) => (
            <View
              key={option.memberId}
              className={`issue-assignee ${busy ? 'issue-assignee--busy' : ''}`}
              data-id={option.memberId}
              onClick={() => (busy ? undefined : onAssign(option.memberId))}
            >
              <Text className="issue-assignee__name">{option.nickname}</Text>
              <Text className="issue-assignee__role">{option.roleLabel}</Text>
            </View>
          ))
        : null}
      {error ? <Text className="issue-panel__error issue-step-error">{error}</Text> : null}
      <View className="issue-panel__actions">
        <Button className="issue-panel-cancel" onClick={onCancel}>
          取消
        </Button>
      </View>
    </View>
  )
}
