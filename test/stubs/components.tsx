/**
 * `@tarojs/components` as plain DOM for jsdom tests. Taro's `onInput`/`onChange` hand over
 * `{ detail: { value } }`, so Input and Textarea do the same.
 */
import type { ReactNode } from 'react'

type Props = {
  children?: ReactNode
  className?: string
  onClick?: (event: unknown) => void
  [key: string]: unknown
}

// Pass through what a test can query (class, role, aria-*, data-*) and the click handler.
function domProps({ className, onClick, ...rest }: Props) {
  const passed: Record<string, unknown> = { className, onClick }
  for (const [key, value] of Object.entries(rest)) {
    if (key === 'role' || key.startsWith('aria-') || key.startsWith('data-')) passed[key] = value
  }
  return passed
}

export const View = (props: Props) => <div {...domProps(props)}>{props.children}</div>
export const Text = (props: Props) => <span {...domProps(props)}>{props.children}</span>
export const ScrollView = View
export const Swiper = View
export const SwiperItem = View
export const Label = (props: Props) => <label {...domProps(props)}>{props.children}</label>
/** A tap on an open-type="agreePrivacyAuthorization" button is the platform's agree event. */
export const Button = (props: Props & { disabled?: boolean }) => {
  const agree =
    props.openType === 'agreePrivacyAuthorization' ? props.onAgreePrivacyAuthorization : null
  const passed = domProps(props)
  const onClick =
    typeof agree === 'function'
      ? (event: unknown) => {
          agree(event)
          props.onClick?.(event)
        }
      : passed.onClick
  return (
    <button type="button" disabled={props.disabled} {...passed} onClick={onClick as never}>
      {props.children}
    </button>
  )
}
export const Image = (props: Props & { src?: string }) => (
  <img alt="" src={props.src} {...domProps(props)} />
)

type FieldProps = Props & {
  value?: string
  placeholder?: string
  maxlength?: number
  onInput?: (event: { detail: { value: string } }) => void
}

export const Input = (props: FieldProps) => (
  <input
    value={props.value ?? ''}
    placeholder={props.placeholder}
    maxLength={props.maxlength}
    onChange={(event) => props.onInput?.({ detail: { value: event.target.value } })}
    {...domProps(props)}
  />
)
export const Textarea = (props: FieldProps) => (
  <textarea
    value={props.value ?? ''}
    placeholder={props.placeholder}
    onChange={(event) => props.onInput?.({ detail: { value: event.target.value } })}
    {...domProps(props)}
  />
)

/**
 * The selector Picker as a <select> over its `range` of labels (change hands over the index); the date
 * and time Pickers as an <input> whose change hands over the typed `YYYY-MM-DD` / `HH:mm`.
 */
export const Picker = (
  props: Props & {
    mode?: string
    range?: string[]
    value?: number | string
    start?: string
    end?: string
    onChange?: (event: { detail: { value: number | string } }) => void
  },
) =>
  props.mode === 'date' || props.mode === 'time' ? (
    <div {...domProps(props)}>
      {props.children}
      <input
        aria-label={`picker-${props.mode}`}
        min={props.start}
        max={props.end}
        value={String(props.value ?? '')}
        onChange={(event) => props.onChange?.({ detail: { value: event.target.value } })}
      />
    </div>
  ) : (
    <div {...domProps(props)}>
      {props.children}
      <select
        aria-label="picker"
        value={props.value ?? 0}
        onChange={(event) => props.onChange?.({ detail: { value: Number(event.target.value) } })}
      >
        {(props.range ?? []).map((label, index) => (
          <option key={label} value={index}>
            {label}
          </option>
        ))}
      </select>
    </div>
  )

/** Switch as a checkbox; change hands over `{ detail: { value: boolean } }`. */
export const Switch = (
  props: Props & {
    checked?: boolean
    onChange?: (event: { detail: { value: boolean } }) => void
  },
) => (
  <input
    type="checkbox"
    checked={props.checked ?? false}
    onChange={(event) => props.onChange?.({ detail: { value: event.target.checked } })}
    {...domProps(props)}
  />
)

export const Progress = (props: Props & { percent?: number }) => (
  <progress value={props.percent ?? 0} max={100} {...domProps(props)} />
)
