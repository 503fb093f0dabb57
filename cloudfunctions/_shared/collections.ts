import { COLLECTION_NAMES, type CollectionName } from '../../deploy/manifest'

/**
 * Every collection the app uses, from the deploy manifest (the one list). Like the WeChat cloud
 * console, the emulator creates exactly these and answers -502005 (collection does not exist) for any
 * other name; `npm run deploy` creates the same ones in the real environment.
 */
export const COLLECTIONS: readonly CollectionName[] = COLLECTION_NAMES

export type { CollectionName }
