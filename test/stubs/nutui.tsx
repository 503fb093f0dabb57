/**
 * The NutUI components the app uses, as plain DOM for jsdom tests. Every `@nutui/nutui-react-taro`
 * path (component JS and its `style/css`) maps here, so only named exports are used.
 */
import {
  cloneElement,
  createContext,
  isValidElement,
  useContext,
  useEffect,
  useReducer,
  useState,
  type ReactNode,
} from 'react'

type Base = { children?: ReactNode; className?: string; 'data-testid'?: string }

export const Button = ({
  children,
  className,
  disabled,
  loading,
  onClick,
  'data-testid': testId,
}: Base & { disabled?: boolean; loading?: boolean; onClick?: () => void }) => (
  <button
    type="button"
    data-testid={testId}
    className={['nut-button', className].filter(Boolean).join(' ')}
    disabled={disabled}
    aria-busy={loading || undefined}
    onClick={onClick}
  >
    {children}
  </button>
)

export const Avatar = ({ children, className, src }: Base & { src?: string }) => (
  <div className={['nut-avatar', className].filter(Boolean).join(' ')}>
    {src ? <img alt="" src={src} /> : children}
  </div>
)

export const Cell = ({
  className,
  title,
  description,
  extra,
  onClick,
}: Base & {
  title?: ReactNode
  description?: ReactNode
  extra?: ReactNode
  onClick?: () => void
}) => (
  <div className={['nut-cell', className].filter(Boolean).join(' ')} onClick={onClick}>
    <span className="nut-cell-title">{title}</span>
    {description ? <span className="nut-cell-description">{description}</span> : null}
    {extra ? <span className="nut-cell-extra">{extra}</span> : null}
  </div>
)

export const CellGroup = ({ children, className, title }: Base & { title?: ReactNode }) => (
  <div className={['nut-cell-group', className].filter(Boolean).join(' ')}>
    {title ? <div className="nut-cell-group-title">{title}</div> : null}
    {children}
  </div>
)

/** A tiny form store with NutUI's shape: FormItem owns its child's value by `name`. */
class FormStore {
  private values: Record<string, unknown> = {}
  private listeners = new Set<() => void>()
  private seeded = false

  seed(initialValues: Record<string, unknown> = {}) {
    if (this.seeded) return
    this.values = { ...initialValues }
    this.seeded = true
  }
  getFieldValue = (name: string) => this.values[name]
  getFieldsValue = (_names: string[] | true) => ({ ...this.values })
  setFieldsValue = (values: Record<string, unknown>) => {
    Object.assign(this.values, values)
    this.listeners.forEach((listener) => listener())
  }
  subscribe(listener: () => void) {
    this.listeners.add(listener)
    return () => {
      this.listeners.delete(listener)
    }
  }
}

const FormContext = createContext<FormStore | null>(null)

export const FormItem = ({
  children,
  className,
  label,
  name = '',
}: Base & { label?: ReactNode; name?: string }) => {
  const store = useContext(FormContext)
  const [, rerender] = useReducer((count: number) => count + 1, 0)
  useEffect(() => store?.subscribe(rerender), [store])
  const field =
    store && isValidElement<{ value?: unknown; onChange?: (value: unknown) => void }>(children)
      ? cloneElement(children, {
          value: store.getFieldValue(name) ?? '',
          onChange: (value: unknown) => store.setFieldsValue({ [name]: value }),
        })
      : children
  return (
    <label className={['nut-form-item', className].filter(Boolean).join(' ')}>
      <span className="nut-form-item-label">{label}</span>
      {field}
    </label>
  )
}

function FormRoot({
  children,
  className,
  footer,
  form,
  initialValues,
}: Base & { footer?: ReactNode; form?: FormStore; initialValues?: Record<string, unknown> }) {
  const [ownStore] = useState(() => new FormStore())
  const store = form ?? ownStore
  store.seed(initialValues)
  return (
    <FormContext.Provider value={store}>
      <div className={['nut-form', className].filter(Boolean).join(' ')}>
        {children}
        {footer}
      </div>
    </FormContext.Provider>
  )
}

export const Form = Object.assign(FormRoot, {
  Item: FormItem,
  useForm: () => [useState(() => new FormStore())[0]] as const,
})

export const Input = ({
  className,
  'data-testid': testId,
  value,
  placeholder,
  maxLength,
  type,
  onChange,
}: Base & {
  value?: string
  placeholder?: string
  maxLength?: number
  type?: string
  onChange?: (value: string) => void
}) => (
  <input
    className={['nut-input', className].filter(Boolean).join(' ')}
    data-testid={testId}
    value={value ?? ''}
    placeholder={placeholder}
    maxLength={maxLength}
    inputMode={type === 'number' ? 'numeric' : undefined}
    onChange={(event) => onChange?.(event.target.value)}
  />
)

export const TextArea = ({
  className,
  'data-testid': testId,
  value,
  placeholder,
  maxLength,
  autoSize,
  onChange,
}: Base & {
  value?: string
  placeholder?: string
  maxLength?: number
  autoSize?: boolean
  onChange?: (value: string) => void
}) => (
  <textarea
    className={['nut-textarea', className].filter(Boolean).join(' ')}
    data-testid={testId}
    data-auto-size={autoSize ? 'true' : undefined}
    value={value ?? ''}
    placeholder={placeholder}
    maxLength={maxLength}
    onChange={(event) => onChange?.(event.target.value)}
  />
)

/**
 * NutUI's Dialog: drawn while `visible`; 确定 awaits `onConfirm` and then calls `onClose` unless
 * onConfirm threw (as NutUI does), 取消 calls `onCancel`.
 */
export const Dialog = ({
  children,
  className,
  visible,
  title,
  confirmText,
  cancelText,
  onConfirm,
  onCancel,
  onClose,
}: Base & {
  visible?: boolean
  title?: ReactNode
  confirmText?: ReactNode
  cancelText?: ReactNode
  onConfirm?: () => unknown
  onCancel?: () => void
  onClose?: () => void
}) => {
  if (!visible) return null
  const confirm = async () => {
    try {
      await onConfirm?.()
    } catch {
      return
    }
    onClose?.()
  }
  return (
    <div role="dialog" className={['nut-dialog', className].filter(Boolean).join(' ')}>
      <div className="nut-dialog-header">{title}</div>
      <div className="nut-dialog-content">{children}</div>
      <button type="button" className="nut-dialog-footer-cancel" onClick={onCancel}>
        {cancelText ?? '取消'}
      </button>
      <button type="button" className="nut-dialog-footer-ok" onClick={() => void confirm()}>
        {confirmText ?? '确定'}
      </button>
    </div>
  )
}

export default {}
