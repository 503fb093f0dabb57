import { Text, View } from '@tarojs/components'
import { Button, Form, FormItem, Input } from '@nutui/nutui-react-taro'
// Form draws its rows with Cell; on-demand import brings Cell's JS but not its CSS.
import { PageRoot } from '../../../components/page-root'
import '@nutui/nutui-react-taro/dist/es/packages/cell/style/css'
import '@nutui/nutui-react-taro/dist/es/packages/cellgroup/style/css'
import type { UserProfile } from '../../../../types/user'
import { PageState } from '../../../components/page-state'
import { useProfileForm, type ProfileFields } from './use-profile-form'
import './index.css'

export default function ProfilePage() {
  const { load, saving, saveError, save, retry } = useProfileForm()

  if (load.status === 'loading') return <PageState kind="loading" />
  if (load.status === 'error') {
    return <PageState kind="error" message={load.message} onRetry={() => void retry()} />
  }
  return (
    <ProfileForm
      profile={load.profile}
      saving={saving}
      saveError={saveError}
      onSave={(fields) => void save(fields)}
    />
  )
}

interface ProfileFormProps {
  profile: UserProfile
  saving: boolean
  saveError: string
  onSave: (fields: ProfileFields) => void
}

function ProfileForm({ profile, saving, saveError, onSave }: ProfileFormProps) {
  // NutUI's FormItem owns its field's value by `name`; read them all back on save.
  const [form] = Form.useForm()
  const initialValues: ProfileFields = { nickname: profile.nickname, phone: '' }
  const currentPhone = profile.phoneMasked

  return (
    <PageRoot className="profile">
      <Form form={form} initialValues={initialValues} labelPosition="left">
        <FormItem name="nickname" label="昵称">
          <Input className="profile-nickname" maxLength={20} placeholder="请输入昵称" />
        </FormItem>
        <FormItem name="phone" label="手机号">
          <Input
            className="profile-phone"
            type="number"
            maxLength={11}
            placeholder={currentPhone ? `当前 ${currentPhone}，不改可留空` : '请输入 11 位手机号'}
          />
        </FormItem>
      </Form>
      <Text className="profile-hint">
        手机号只保存打码后的形式（如 138****5678），完整号码不会被保存。
      </Text>
      {saveError ? <Text className="profile-error">{saveError}</Text> : null}
      <View className="profile-actions">
        <Button
          className="profile-save"
          type="primary"
          block
          loading={saving}
          disabled={saving}
          onClick={() => onSave(form.getFieldsValue(true) as ProfileFields)}
        >
          保存
        </Button>
      </View>
    </PageRoot>
  )
}
