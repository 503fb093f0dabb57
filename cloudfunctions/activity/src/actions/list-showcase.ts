import { defineAction } from '../../../_shared/action'
import { aggregateRows } from '../../../_shared/db'
import { ANY_ROLE } from '../../../_shared/policy'
import type { ShowcaseItem } from '../../../../types/activity'
import { listShowcaseInput } from '../../../../types/activity.schema'
import type { Page } from '../../../../types/org'
import type { ActivityRecord } from '../../../_shared/records/activity'
import { ACTIVITIES_PAGE_SIZE } from '../activities'
import { visiblePhotos } from '../photos'
import { signupsLookup } from '../../../_shared/records/signup'

const PHOTOS_SHOWN = 6
const REFLECTIONS_SHOWN = 3

type Row = Pick<
  ActivityRecord,
  | '_id'
  | 'orgId'
  | 'kind'
  | 'title'
  | 'place'
  | 'startsAt'
  | 'checkedIn'
  | 'photos'
  | 'photoCount'
  | 'reflectionCount'
> & {
  org: { name?: string }[]
  reflections: { nickname: string; reflection: { text: string } }[]
}

/**
 * 支部风采: activities of the org and every org below it that have approved photos or reflections,
 * latest first. A member asks for their branch; an admin of the 党委 for the whole tree. One round
 * trip after authorization; only approved content is ever read out.
 */
export const listShowcase = defineAction({
  schema: listShowcaseInput,
  readOnly: true,
  policy: { kind: 'org', roles: ANY_ROLE, orgOf: (input) => input.orgId },
  async run({ orgId, page = 0 }, { db }): Promise<Page<ShowcaseItem>> {
    const _ = db.command
    const $ = db.command.aggregate
    const found = await aggregateRows<Row>(
      db
        .collection('activities')
        .aggregate()
        .match(
          _.and([
            { orgPath: orgId, status: 'published' },
            _.or([{ photoCount: _.gt(0) }, { reflectionCount: _.gt(0) }]),
          ]),
        )
        .sort({ startsAt: -1, _id: -1 })
        .skip(page * ACTIVITIES_PAGE_SIZE)
        .limit(ACTIVITIES_PAGE_SIZE + 1)
        .project({
          orgId: 1,
          kind: 1,
          title: 1,
          place: 1,
          startsAt: 1,
          checkedIn: 1,
          photos: 1,
          photoCount: 1,
          reflectionCount: 1,
        })
        .lookup({ from: 'orgs', localField: 'orgId', foreignField: '_id', as: 'org' })
        .lookup(
          signupsLookup(db, 'reflections', [$.eq(['$reflection.status', 'approved'])], (signups) =>
            signups
              .sort({ 'reflection.at': 1 })
              .limit(REFLECTIONS_SHOWN)
              .project({ _id: 0, nickname: 1, 'reflection.text': 1 }),
          ),
        )
        .end(),
    )
    const items = found.slice(0, ACTIVITIES_PAGE_SIZE).map((row): ShowcaseItem => ({
      id: row._id,
      orgId: row.orgId,
      orgName: row.org[0]?.name ?? '',
      kind: row.kind,
      title: row.title,
      place: row.place,
      startsAt: new Date(row.startsAt).toISOString(),
      checkedIn: row.checkedIn,
      photos: visiblePhotos(row, '', false)
        .slice(0, PHOTOS_SHOWN)
        .map(({ id, fileID }) => ({ id, fileID })),
      photoCount: row.photoCount,
      reflections: row.reflections.map((entry) => ({
        nickname: entry.nickname,
        text: entry.reflection.text,
      })),
      reflectionCount: row.reflectionCount,
    }))
    return { items, nextPage: found.length > ACTIVITIES_PAGE_SIZE ? page + 1 : null }
  },
})
