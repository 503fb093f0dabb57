import { cloud } from '../../emulator/local-cloud'
import { uploadedImage } from '../../types/uploads.schema'
import { call, callOk, seedDemo, storeContents } from '../helpers/cloud'

/**
 * What broke the product for people on a fresh `npm start`, each as the person saw it (issue 12).
 * They run the real functions on the embedded store.
 */
beforeAll(() => seedDemo())

type Lesson = { blocks: unknown[]; title: string }
const storedLesson = (id: string) =>
  (storeContents().lessons as Array<Record<string, unknown>>).find((doc) => doc._id === id)

describe('a member reads a lesson for a while, goes back and opens it again', () => {
  const lessonId = 'lesson-demo-discipline'

  it('still sees the whole lesson, and so does everyone else', async () => {
    const first = await callOk<Lesson>('member', 'lesson', { action: 'getLesson', lessonId })
    expect(first.blocks.length).toBeGreaterThan(0)
    for (let beat = 0; beat < 3; beat++) {
      // Heartbeats run the progress aggregate ($lookup of the lesson + excluding its body).
      await call('member', 'lesson', {
        action: 'recordProgress',
        lessonId,
        percent: 20 + beat * 10,
        activeSeconds: 10,
      })
    }
    const again = await callOk<Lesson>('member', 'lesson', { action: 'getLesson', lessonId })
    expect(again.blocks).toEqual(first.blocks)
    const secretary = await callOk<Lesson>('secretary', 'lesson', {
      action: 'getLesson',
      lessonId,
    })
    expect(secretary.blocks).toEqual(first.blocks)
    expect(storedLesson(lessonId)).toEqual(expect.objectContaining({ blocks: expect.any(Array) }))
    expect(storedLesson(lessonId)?.history).toBeDefined()
  })
})

describe('a 支委 sends a photo id that names a prototype', () => {
  it.each(['__proto__', 'constructor', 'prototype'])(
    'reviewPhoto("%s") is refused as bad input, writes nothing, and every user carries on',
    async (photoId) => {
      const before = storeContents()
      const reply = await call('committee', 'activity', {
        action: 'reviewPhoto',
        orgId: 'org-branch-1',
        activityId: 'act-demo-themeday-last',
        photoId,
        approve: false,
      })
      expect(reply).toMatchObject({ ok: false, code: 'INVALID_ARGUMENT' })
      expect(storeContents()).toEqual(before)
      expect(Object.prototype).not.toHaveProperty('status')
      // Everyone else's calls still work (a polluted prototype made every strict schema refuse).
      expect((await call('member', 'user', { action: 'getProfile' })).ok).toBe(true)
      expect(
        (await call('secretary', 'org', { action: 'listAudit', orgId: 'org-branch-1' })).ok,
      ).toBe(true)
    },
  )

  it('an event with its own __proto__ field is refused as bad input and changes no prototype', async () => {
    const event = JSON.parse('{"action":"getProfile","__proto__":{"status":"removed"}}')
    const reply = await call('member', 'user', event)
    expect(reply).toMatchObject({ ok: false, code: 'INVALID_ARGUMENT' })
    expect(Object.prototype).not.toHaveProperty('status')
  })

  it('the store itself refuses an update path through __proto__, whoever sends it', async () => {
    const db = cloud.database()
    await expect(
      db
        .collection('activities')
        .doc('act-demo-themeday-last')
        .update({ data: { 'photos.__proto__.status': 'removed' } }),
    ).rejects.toMatchObject({ errCode: expect.any(Number) })
    expect(Object.prototype).not.toHaveProperty('status')
  })
})

describe('a payload nested thousands of levels deep', () => {
  function nested(depth: number): unknown {
    let value: unknown = 'x'
    for (let i = 0; i < depth; i++) value = { a: value }
    return value
  }

  it.each([20, 5_000, 100_000])(
    'depth %i gets the typed envelope INVALID_ARGUMENT, not a crash',
    async (depth) => {
      const before = storeContents()
      const reply = await call('member', 'user', {
        action: 'updateProfile',
        nickname: nested(depth),
      })
      expect(reply).toMatchObject({ ok: false, code: 'INVALID_ARGUMENT' })
      expect(storeContents()).toEqual(before)
    },
  )
})

describe('photos that do not exist or are not the app’s', () => {
  it('storage answers the platform’s not-found status for a missing file, so its photo id fails the file-exists check', async () => {
    const missing = 'cloud://zhibu-local.7a68-zhibu-local/uploads/meeting/202611/never-uploaded.jpg'
    const { fileList } = (await cloud.getTempFileURL({ fileList: [missing] })) as {
      fileList: { status: number; tempFileURL: string }[]
    }
    expect(fileList[0]).toMatchObject({ status: -503003, tempFileURL: '' })
    await expect(cloud.downloadFile({ fileID: missing })).rejects.toMatchObject({
      errCode: -503003,
    })
  })

  const activityPhoto = uploadedImage('activity')
  it.each([
    'cloud://zhibu-local.7a68-zhibu-local/uploads/activity/202611/../../../etc/passwd.png',
    'cloud://zhibu-local.7a68-zhibu-local/uploads/activity/202611/..png',
    'cloud://zhibu-local.7a68-zhibu-local/uploads/activity/202611/page.html',
    'cloud://zhibu-local.7a68-zhibu-local/uploads/activity/202611/run.js',
    'cloud://zhibu-local.7a68-zhibu-local/uploads/issues/202611/other-folder.png',
    'cloud://zhibu-local.7a68-zhibu-local/exports/ledger.png',
    'https://evil.example/uploads/activity/202611/x.png',
  ])('an activity photo id %s is not one the app uploaded', (fileID) => {
    expect(activityPhoto.safeParse(fileID).success).toBe(false)
  })

  it('the photo ids the app makes pass', () => {
    for (const ext of ['jpg', 'png', 'webp', 'gif']) {
      const fileID = `cloud://zhibu-local.7a68-zhibu-local/uploads/activity/202611/mi3k2-8f3a9c1d.${ext}`
      expect(activityPhoto.safeParse(fileID).success).toBe(true)
    }
  })
})
