import type { cloud } from '../local-cloud'

export type SeedDb = ReturnType<typeof cloud.database>

/** Seeds write through the real SDK, like any function would. */
export async function addAll(db: SeedDb, collection: string, docs: object[]): Promise<void> {
  for (const data of docs) await db.collection(collection).add({ data })
}
