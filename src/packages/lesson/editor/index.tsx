import { Image, Text, View } from '@tarojs/components'
import { Button, Input, TextArea } from '@nutui/nutui-react-taro'
import { countBodyChars, estimateReadingSeconds, readingMinutes } from '../../../../types/lesson'
import { LESSON_LIMITS } from '../../../../types/lesson.schema'
import { PageState } from '../../../components/page-state'
import { UploadProblem } from '../../../components/upload-problem'
import { fileUrl } from '../../../platform/files'
import { HOLD_MESSAGES } from '../shared/copy'
import { parseTags, type EditableBlock } from './draft-store'
import { useEditor, type EditorReady } from './use-editor'
import { PageRoot } from '../../../components/page-root'
import '../../../components/card/index.css'
import '../shared/lesson.css'
import './index.css'
import { PrivacyPrompt } from '../../../components/privacy-prompt'

export default function LessonEditorPage() {
  const editor = useEditor()
  const { state } = editor
  if (state.status === 'loading') return <PageState kind="loading" />
  if (state.status === 'error') {
    return (
      <PageState kind="error" code={state.code} message={state.message} onRetry={editor.retry} />
    )
  }
  return <EditorForm ready={state} editor={editor} />
}

type Editor = ReturnType<typeof useEditor>

function EditorForm({ ready, editor }: { ready: EditorReady; editor: Editor }) {
  const { draft } = ready
  const blocks = draft.blocks.map(({ key: _key, ...block }) => block)
  const seconds = estimateReadingSeconds(draft.title, draft.summary, blocks)
  const tags = parseTags(draft.tagsText)
  // Saving waits for an image on its way, so the draft sent has it.
  const busy = editor.busy !== '' || editor.images.uploading > 0
  return (
    <PageRoot className="card-page lesson-editor">
      {ready.restored ? (
        <Text className="editor-notice editor-restored">已恢复你上次没有保存的内容</Text>
      ) : null}
      {ready.lessonStatus === 'rejected' && ready.reviewNote ? (
        <Text className="lesson-row__note editor-review-note">退回意见：{ready.reviewNote}</Text>
      ) : null}
      {ready.hold ? (
        <Text className="lesson-banner-error editor-hold">{HOLD_MESSAGES[ready.hold]}</Text>
      ) : null}

      <View className="editor-card">
        <Text className="editor-scope">发布范围：{ready.orgName || '本组织'}及下级组织的党员</Text>
        <Text className="editor-label">标题</Text>
        <Input
          className="editor-title"
          value={draft.title}
          maxLength={LESSON_LIMITS.title}
          placeholder="标题（4–40 字）"
          onChange={(value) => editor.setField('title', value)}
        />
        <Text className="editor-label">导语</Text>
        <TextArea
          className="editor-summary"
          value={draft.summary}
          maxLength={LESSON_LIMITS.summary}
          autoSize
          placeholder="导语：一两句话说清这一课讲什么，会显示在学习列表里"
          onChange={(value) => editor.setField('summary', value)}
        />
        <Text className="editor-label">标签</Text>
        <Input
          className="editor-tags"
          value={draft.tagsText}
          placeholder="标签，用空格分开，如：党史 基层治理（最多 5 个）"
          onChange={(value) => editor.setField('tagsText', value)}
        />
        {tags.length > LESSON_LIMITS.tags ? (
          <Text className="lesson-error">最多 {LESSON_LIMITS.tags} 个标签</Text>
        ) : null}
      </View>

      <View className="editor-card">
        <Text className="editor-section-title">正文</Text>
        {draft.blocks.map((block, index) => (
          <BlockEditor
            key={block.key}
            block={block}
            first={index === 0}
            last={index === draft.blocks.length - 1}
            editor={editor}
          />
        ))}
        <View className="editor-add">
          <Button
            data-testid="editor-add-text"
            size="small"
            disabled={draft.blocks.length >= LESSON_LIMITS.blocks}
            onClick={editor.addText}
          >
            ＋ 段落
          </Button>
          <Button
            className="editor-add-image"
            size="small"
            loading={editor.images.uploading > 0}
            disabled={busy || draft.blocks.length >= LESSON_LIMITS.blocks}
            onClick={editor.addImage}
          >
            ＋ 图片
          </Button>
        </View>
      </View>

      <Text className="editor-estimate">
        约 {countBodyChars(blocks)} 字 · 阅读约 {readingMinutes(seconds)} 分钟（按每分钟约 400
        字估算，3–5 分钟最合适）
      </Text>

      <View className="lesson-bar editor-bar">
        <UploadProblem
          problem={editor.images.problem}
          canRetry={editor.images.canRetry}
          onRetry={() => void editor.images.retry()}
        />
        {editor.error ? <Text className="lesson-error editor-error">{editor.error}</Text> : null}
        <View className="lesson-bar__buttons">
          <Button
            className="editor-save"
            loading={editor.busy === 'saving'}
            disabled={busy}
            onClick={editor.save}
          >
            保存草稿
          </Button>
          <Button
            data-testid="editor-submit"
            type="primary"
            loading={editor.busy === 'submitting'}
            disabled={busy}
            onClick={editor.submit}
          >
            提交审核
          </Button>
        </View>
        <Text className="editor-hint">
          提交后由支部书记或上级管理员审核，通过后本组织党员即可学习
        </Text>
      </View>
      <PrivacyPrompt />
    </PageRoot>
  )
}

function BlockEditor({
  block,
  first,
  last,
  editor,
}: {
  block: EditableBlock
  first: boolean
  last: boolean
  editor: Editor
}) {
  return (
    <View className={`editor-block editor-block--${block.kind}`}>
      {block.kind === 'text' ? (
        <TextArea
          className="editor-block__text"
          value={block.text}
          maxLength={LESSON_LIMITS.textBlock}
          autoSize
          placeholder="写一段正文"
          onChange={(text) => editor.setBlock(block.key, { text })}
        />
      ) : (
        <View className="editor-block__figure">
          <Image
            className="editor-block__image"
            src={fileUrl(block.fileID)}
            mode="widthFix"
            nativeProps={{ alt: block.caption || '课件图片' }}
          />
          <Input
            className="editor-block__caption"
            value={block.caption}
            maxLength={LESSON_LIMITS.caption}
            placeholder="图片说明（选填）"
            onChange={(caption) => editor.setBlock(block.key, { caption })}
          />
        </View>
      )}
      <View className="editor-block__actions">
        {!first ? (
          <Text className="editor-block__action" onClick={() => editor.moveBlock(block.key, -1)}>
            上移
          </Text>
        ) : null}
        {!last ? (
          <Text className="editor-block__action" onClick={() => editor.moveBlock(block.key, 1)}>
            下移
          </Text>
        ) : null}
        <Text
          className="editor-block__action editor-block__remove"
          onClick={() => editor.removeBlock(block.key)}
        >
          删除
        </Text>
      </View>
    </View>
  )
}
