import { cloud, localDatabase } from '../../emulator/local-cloud'
import { refuseAdds } from '../../test/helpers/cloud'
import type { CollectionName } from './collections'
import { addOnce, countOf, isDuplicateId, updatedCount } from './db'

const db = cloud.database()
const stored = (id: string) =>
  localDatabase()
    .dump()
    .noticeReads.find((doc) => (doc as { _id: string })._id === id)

describe('addOnce', () => {
  it('adds a new document, and answers "exists" for the same _id without touching the first', async () => {
    expect(await addOnce(db, 'noticeReads', { _id: 'once-1', readAt: 'first' })).toBe('added')
    expect(await addOnce(db, 'noticeReads', { _id: 'once-1', readAt: 'second' })).toBe('exists')
    expect(stored('once-1')).toEqual({ _id: 'once-1', readAt: 'first' })
  })

  it('of concurrent adds of one _id, exactly one is "added"', async () => {
    const answers = await Promise.all(
      Array.from({ length: 8 }, (_, n) => addOnce(db, 'noticeReads', { _id: 'once-2', n })),
    )
    expect(answers.filter((answer) => answer === 'added')).toHaveLength(1)
  })

  it('throws when the collection does not exist, instead of answering "exists"', async () => {
    const unlisted = 'notInTheManifest' as CollectionName
    await expect(addOnce(db, unlisted, { _id: 'x' })).rejects.toMatchObject({ errCode: -502005 })
  })

  it('throws a store failure that is not a duplicate id, and nothing is written', async () => {
    const restore = refuseAdds('noticeReads')
    try {
      await expect(addOnce(db, 'noticeReads', { _id: 'once-3' })).rejects.toMatchObject({
        errCode: -502001,
      })
    } finally {
      restore()
    }
    expect(stored('once-3')).toBeUndefined()
  })
})

describe('isDuplicateId', () => {
  it('knows the duplicate-key answers of the server, the emulator and CloudBase', () => {
    expect(
      isDuplicateId({
        errCode: -502001,
        errMsg: '[FailedOperation] E11000 duplicate key error collection: x index: _id_',
      }),
    ).toBe(true)
    expect(isDuplicateId({ errCode: -501001, code: 'DATABASE_DUPLICATE_WRITE' })).toBe(true)
  })

  it('does not take other failures, or no error at all, for a duplicate', () => {
    expect(isDuplicateId({ errCode: -502001, errMsg: 'database request fail' })).toBe(false)
    expect(isDuplicateId(new Error('socket hang up'))).toBe(false)
    expect(isDuplicateId(undefined)).toBe(false)
  })
})

describe('updatedCount and countOf', () => {
  it('read the number an update changed and a count found', async () => {
    await addOnce(db, 'noticeReads', { _id: 'count-1', noticeId: 'count-test' })
    await addOnce(db, 'noticeReads', { _id: 'count-2', noticeId: 'count-test' })
    const reads = db.collection('noticeReads')
    expect(await countOf(reads.where({ noticeId: 'count-test' }).count())).toBe(2)
    const write = reads.where({ noticeId: 'count-test' }).update({ data: { seen: true } })
    expect(await updatedCount(write)).toBe(2)
    expect(
      await updatedCount(reads.where({ noticeId: 'none' }).update({ data: { seen: 1 } })),
    ).toBe(0)
  })
})
