import { randomBytes } from 'node:crypto'
import { deflateSync } from 'node:zlib'
import { signupId } from '../../cloudfunctions/_shared/records/signup'
import { cloud } from '../local-cloud'
import { DEMO_MEMBERS } from './org-tree'
import { addAll, type SeedDb } from './seed-db'
import { DAY_MS, HOUR_MS, MINUTE_MS } from '../../types/time'

/** CRC-32 as PNG chunks want it. */
function crc32(bytes: Buffer): number {
  let crc = ~0
  for (const byte of bytes) {
    crc ^= byte
    for (let bit = 0; bit < 8; bit++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1))
  }
  return ~crc >>> 0
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(body))
  return Buffer.concat([length, body, crc])
}

/** A small gradient PNG, so demo photos show as pictures without shipping image files. */
function gradientPng([r1, g1, b1]: number[], [r2, g2, b2]: number[], width = 240, height = 160) {
  const rows: Buffer[] = []
  for (let y = 0; y < height; y++) {
    const row = Buffer.alloc(1 + width * 3)
    for (let x = 0; x < width; x++) {
      const t = (x + y) / (width + height)
      row[1 + x * 3] = Math.round(r1 + (r2 - r1) * t)
      row[2 + x * 3] = Math.round(g1 + (g2 - g1) * t)
      row[3 + x * 3] = Math.round(b1 + (b2 - b1) * t)
    }
    rows.push(row)
  }
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header[8] = 8 // bit depth
  header[9] = 2 // RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ])
}

const PALETTES = [
  [
    [200, 22, 29],
    [255, 196, 87],
  ],
  [
    [34, 94, 168],
    [140, 210, 230],
  ],
  [
    [46, 125, 50],
    [200, 230, 160],
  ],
  [
    [120, 60, 160],
    [250, 180, 200],
  ],
]

async function demoPhoto(name: string, palette: number): Promise<string> {
  const [from, to] = PALETTES[palette % PALETTES.length]
  const { fileID } = (await cloud.uploadFile({
    cloudPath: `uploads/activity/202611/demo-${name}.png`,
    fileContent: gradientPng(from, to),
  })) as { fileID: string }
  return fileID
}

function nicknameOf(openid: string): string {
  return DEMO_MEMBERS.find((member) => member.openid === openid)?.nickname ?? '微信用户'
}

function monthKey(time: Date): string {
  return new Date(time.getTime() + 8 * HOUR_MS).toISOString().slice(0, 7)
}

/** The ancestors of the demo branches, and the branch itself. */
const PATHS: Record<string, string[]> = {
  'org-branch-1': ['org-committee', 'org-general', 'org-branch-1'],
  'org-branch-2': ['org-committee', 'org-general', 'org-branch-2'],
}

interface DemoActivity {
  _id: string
  orgId: string
  kind: 'themeDay' | 'volunteer' | 'study' | 'other'
  title: string
  body: string
  place: string
  startsAt: Date
  hours: number
  signUpBy: Date
  capacity: number
  cover?: string
  cancelReason?: string
  /** openid → checked in? */
  signups: [string, boolean][]
  photos?: { fileID: string; by: string; status: 'approved' | 'pending' }[]
  reflections?: { by: string; text: string; status: 'approved' | 'held' }[]
}

/**
 * Activities of 第一党支部 in every state the pages show — open for sign-up, full, happening now
 * (check-in open), held last month with photos and 心得 (one of each awaiting review), cancelled — and
 * one held by 第二党支部, so the 党委's 支部风采 spans branches.
 */
export async function seedActivities(db: SeedDb, now: Date): Promise<void> {
  const at = (offset: number) => new Date(now.getTime() + offset)
  const [cover, photoA, photoB, photoC, photoD, photoE] = await Promise.all(
    ['cover-volunteer', 'themeday-1', 'themeday-2', 'themeday-3', 'themeday-pending', 'b2-1'].map(
      (name, index) => demoPhoto(name, index),
    ),
  )
  const activities: DemoActivity[] = [
    {
      _id: 'act-demo-volunteer',
      orgId: 'org-branch-1',
      kind: 'volunteer',
      title: '“美丽家园”社区环境整治志愿服务',
      body: '清理楼道杂物、整理共享单车停放点。请穿便于活动的衣服，手套和工具由社区提供。',
      place: '幸福社区党群服务中心门口集合',
      startsAt: at(3 * DAY_MS),
      hours: 3,
      signUpBy: at(2 * DAY_MS),
      capacity: 15,
      cover,
      signups: [
        ['o_demo_committee', false],
        ['o_demo_01', false],
        ['o_demo_04', false],
        ['o_demo_10', false],
      ],
    },
    {
      _id: 'act-demo-study',
      orgId: 'org-branch-1',
      kind: 'study',
      title: '读书分享会：《习近平新时代中国特色社会主义思想学习纲要》',
      body: '每人准备 5 分钟的读书体会。',
      place: '党员活动室',
      startsAt: at(5 * DAY_MS),
      hours: 2,
      signUpBy: at(4 * DAY_MS),
      capacity: 3,
      signups: [
        ['o_demo_secretary', false],
        ['o_demo_deputy', false],
        ['o_demo_13', false],
      ],
    },
    {
      _id: 'act-demo-themeday-now',
      orgId: 'org-branch-1',
      kind: 'themeDay',
      title: '本月主题党日：重温入党誓词',
      body: '集体重温入党誓词，学习《中国共产党章程》总纲部分。请佩戴党员徽章。',
      place: '党员活动室',
      startsAt: at(-20 * MINUTE_MS),
      hours: 2,
      signUpBy: at(-DAY_MS),
      capacity: 30,
      signups: [
        ['o_demo_secretary', true],
        ['o_demo_committee', true],
        ['o_demo_member', false],
        ['o_demo_07', false],
        ['o_demo_16', false],
      ],
    },
    {
      _id: 'act-demo-themeday-last',
      orgId: 'org-branch-1',
      kind: 'themeDay',
      title: '上月主题党日：参观革命历史纪念馆',
      body: '乘公交前往纪念馆，集体参观并开展现场教学。',
      place: '市革命历史纪念馆',
      startsAt: at(-25 * DAY_MS),
      hours: 4,
      signUpBy: at(-27 * DAY_MS),
      capacity: 20,
      signups: [
        ['o_demo_secretary', true],
        ['o_demo_committee', true],
        ['o_demo_member', true],
        ['o_demo_01', true],
        ['o_demo_19', true],
        ['o_demo_22', false],
      ],
      photos: [
        { fileID: photoA, by: 'o_demo_secretary', status: 'approved' },
        { fileID: photoB, by: 'o_demo_committee', status: 'approved' },
        { fileID: photoC, by: 'o_demo_secretary', status: 'approved' },
        { fileID: photoD, by: 'o_demo_01', status: 'pending' },
      ],
      reflections: [
        {
          by: 'o_demo_member',
          text: '站在先烈的照片前，更能体会今天的幸福来之不易。',
          status: 'approved',
        },
        {
          by: 'o_demo_committee',
          text: '现场教学很生动，回去要把学到的用到社区工作中。',
          status: 'approved',
        },
        { by: 'o_demo_19', text: '活动很好！另外有兼职日结的朋友可以找我。', status: 'held' },
      ],
    },
    {
      _id: 'act-demo-cancelled',
      orgId: 'org-branch-1',
      kind: 'other',
      title: '党员健步走',
      body: '',
      place: '滨河公园',
      startsAt: at(2 * DAY_MS),
      hours: 2,
      signUpBy: at(DAY_MS),
      capacity: 40,
      cancelReason: '天气预报有大雨，改期另行通知',
      signups: [],
    },
    {
      _id: 'act-demo-b2-volunteer',
      orgId: 'org-branch-2',
      kind: 'volunteer',
      title: '关爱独居老人上门服务',
      body: '两人一组走访独居老人，帮忙打扫卫生、检查燃气。',
      place: '幸福社区二期',
      startsAt: at(-12 * DAY_MS),
      hours: 3,
      signUpBy: at(-13 * DAY_MS),
      capacity: 10,
      signups: [
        ['o_demo_02', true],
        ['o_demo_05', true],
        ['o_demo_08', true],
      ],
      photos: [{ fileID: photoE, by: 'o_demo_02', status: 'approved' }],
      reflections: [
        { by: 'o_demo_05', text: '老人们拉着我们的手说谢谢，很温暖。', status: 'approved' },
      ],
    },
  ]

  await addAll(
    db,
    'activities',
    activities.map((activity) => {
      const photos = Object.fromEntries(
        (activity.photos ?? []).map((photo, index) => [
          `pdemo${activity._id.slice(9)}${index}`.replace(/[^A-Za-z0-9]/g, ''),
          {
            fileID: photo.fileID,
            by: photo.by,
            byNickname: nicknameOf(photo.by),
            at: new Date(activity.startsAt.getTime() + (index + 1) * HOUR_MS),
            status: photo.status,
            traceId: '',
          },
        ]),
      )
      return {
        _id: activity._id,
        orgId: activity.orgId,
        orgPath: PATHS[activity.orgId],
        kind: activity.kind,
        title: activity.title,
        body: activity.body,
        place: activity.place,
        startsAt: activity.startsAt,
        endsAt: new Date(activity.startsAt.getTime() + activity.hours * HOUR_MS),
        signUpBy: activity.signUpBy,
        capacity: activity.capacity,
        signedUp: activity.signups.length,
        checkedIn: activity.signups.filter(([, checkedIn]) => checkedIn).length,
        cover: activity.cover ?? '',
        status: activity.cancelReason ? 'cancelled' : 'published',
        cancelReason: activity.cancelReason ?? '',
        monthKey: monthKey(activity.startsAt),
        signInSecret: randomBytes(32).toString('hex'),
        coverPending: false,
        photos,
        photoCount: (activity.photos ?? []).filter((photo) => photo.status === 'approved').length,
        reflectionCount: (activity.reflections ?? []).filter((r) => r.status === 'approved').length,
        createdBy: activity.orgId === 'org-branch-1' ? 'o_demo_secretary' : 'o_demo_02',
        createdAt: at(-30 * DAY_MS),
      }
    }),
  )

  await addAll(
    db,
    'signups',
    activities.flatMap((activity) =>
      activity.signups.map(([openid, checkedIn], index) => {
        const reflection = activity.reflections?.find((entry) => entry.by === openid)
        return {
          _id: signupId(activity._id, openid),
          activityId: activity._id,
          orgId: activity.orgId,
          openid,
          nickname: nicknameOf(openid),
          status: 'signedUp',
          signedUpAt: new Date(activity.signUpBy.getTime() - (index + 1) * HOUR_MS),
          checkedIn,
          checkedInAt: checkedIn ? activity.startsAt : null,
          reflection: reflection
            ? {
                text: reflection.text,
                status: reflection.status,
                verdict: reflection.status === 'approved' ? 'pass' : 'review',
                at: new Date(activity.startsAt.getTime() + 5 * HOUR_MS),
              }
            : null,
        }
      }),
    ),
  )
}
