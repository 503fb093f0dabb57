/** The pipeline stage isolation.ts inserts to copy what flows into a stage that may write into it. */
export const COPY_STAGE = '$zhibuCopyDocuments'
