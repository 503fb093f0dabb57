import { randomBytes } from 'node:crypto'
import type { Worksheet } from 'exceljs'
import type { LedgerFile } from '../../types/meeting'
import { shanghaiDay } from '../../types/time'
import { cloud } from './cloud'

/**
 * What every 台账 export shares (三会一课 in `meeting`, 党费 in `dues`): where its files go, how an
 * Excel sheet prints, and storing a file with a temporary download URL.
 */

/** `exports/<domain>/<orgId>/<Shanghai date>-<random>`: one folder per export, not guessable. */
export function exportFolder(domain: string, orgId: string, now: Date): string {
  return `exports/${domain}/${orgId}/${shanghaiDay(now)}-${randomBytes(6).toString('hex')}`
}

/** Uploads a generated file to cloud storage; its fileID and a temporary URL (about 2 hours). */
export async function storeExport(
  cloudPath: string,
  content: Buffer,
  name: string,
): Promise<LedgerFile> {
  const { fileID } = await cloud.uploadFile({ cloudPath, fileContent: content })
  const { fileList } = (await cloud.getTempFileURL({ fileList: [fileID] })) as {
    fileList: { tempFileURL?: string }[]
  }
  return { fileID, url: fileList[0]?.tempFileURL ?? '', name }
}

/** A workbook as the 台账 exports write it (exceljs loaded only when an export runs). */
export async function newWorkbook(createdAt: Date) {
  const { Workbook } = await import('exceljs')
  const workbook = new Workbook()
  workbook.creator = '智慧支部'
  workbook.created = createdAt
  return workbook
}

/** A sheet with its header row in bold. */
export function headedSheet(
  workbook: Awaited<ReturnType<typeof newWorkbook>>,
  name: string,
  columns: { header: string; key: string; width: number }[],
): Worksheet {
  const sheet = workbook.addWorksheet(name)
  sheet.columns = columns
  sheet.getRow(1).font = { bold: true }
  return sheet
}

/** Print setup: A4 landscape, one page wide, the header row on every page, text wrapped at the top. */
export function printable(sheet: Worksheet): void {
  sheet.pageSetup = {
    ...sheet.pageSetup,
    paperSize: 9,
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: '1:1',
  }
  sheet.eachRow((row) => {
    row.alignment = { wrapText: true, vertical: 'top' }
  })
}
