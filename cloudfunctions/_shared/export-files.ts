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

/** The docx library, loaded only when an export runs. */
export type Docx = typeof import('docx')
export type DocxBlock = InstanceType<Docx['Paragraph']> | InstanceType<Docx['Table']>

/** A4 between the default 1-inch margins, in twips: what a table may span. */
export const A4_TEXT_TWIPS = 9026

export function loadDocx(): Promise<Docx> {
  return import('docx')
}

/** A Word 台账: a centred title, the line under it (period, who exported it when), then `body`. */
export async function titledDocument(
  docx: Docx,
  { title, subtitle, body }: { title: string; subtitle: string; body: DocxBlock[] },
): Promise<Buffer> {
  const { AlignmentType, Document, HeadingLevel, Packer, Paragraph, TextRun } = docx
  const document = new Document({
    creator: '智慧支部',
    title,
    sections: [
      {
        children: [
          new Paragraph({
            heading: HeadingLevel.TITLE,
            alignment: AlignmentType.CENTER,
            children: [new TextRun(title)],
          }),
          new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun(subtitle)] }),
          ...body,
        ],
      },
    ],
  })
  return Packer.toBuffer(document)
}

/**
 * A table with its header row in bold (repeated on every page), rows that do not split across pages,
 * and fixed column widths in twips.
 */
export function gridTable(
  docx: Docx,
  columns: { header: string; twips: number }[],
  rows: string[][],
): InstanceType<Docx['Table']> {
  const { Paragraph, Table, TableCell, TableLayoutType, TableRow, TextRun, WidthType } = docx
  const line = (texts: string[], bold: boolean, tableHeader = false) =>
    new TableRow({
      cantSplit: true,
      tableHeader,
      children: texts.map(
        (text, index) =>
          new TableCell({
            width: { size: columns[index].twips, type: WidthType.DXA },
            children: [new Paragraph({ children: [new TextRun({ text, bold })] })],
          }),
      ),
    })
  return new Table({
    width: { size: columns.reduce((sum, c) => sum + c.twips, 0), type: WidthType.DXA },
    columnWidths: columns.map((column) => column.twips),
    layout: TableLayoutType.FIXED,
    rows: [
      line(
        columns.map((column) => column.header),
        true,
        true,
      ),
      ...rows.map((row) => line(row, false)),
    ],
  })
}
