import JSZip from 'jszip'

/** A .docx opened as Word reads it: its paragraphs' text in order, and each table as rows of cell text. */
export interface DocxContent {
  text: string[]
  tables: string[][][]
}

const textOf = (xml: string) =>
  [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
    .map((match) => match[1])
    .join('')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')

/** Opens a generated .docx (a zip with word/document.xml) and reads its text and tables. */
export async function readDocx(content: Buffer): Promise<DocxContent> {
  const zip = await JSZip.loadAsync(content)
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? ''
  if (!xml.includes('<w:body>')) throw new Error('not a Word document: no word/document.xml body')
  const tables = [...xml.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map((table) =>
    [...table[1].matchAll(/<w:tr(?: [^>]*)?>([\s\S]*?)<\/w:tr>/g)].map((row) =>
      [...row[1].matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((cell) => textOf(cell[1])),
    ),
  )
  const outside = xml.replace(/<w:tbl>[\s\S]*?<\/w:tbl>/g, '')
  const text = [...outside.matchAll(/<w:p(?: [^>]*)?>([\s\S]*?)<\/w:p>/g)]
    .map((paragraph) => textOf(paragraph[1]))
    .filter(Boolean)
  return { text, tables }
}
