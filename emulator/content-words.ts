/**
 * The local stand-in for WeChat's content security: a short word list, so tests and demos can show the
 * pass / review / risky paths. Production decides with msgSecCheck v2.
 */
const RISKY_WORDS = ['赌博', '博彩', '毒品', '枪支', '代开发票', '色情']
const REVIEW_WORDS = ['刷单', '兼职日结', '私下转账', '加微信领']

export interface TextVerdict {
  suggest: 'pass' | 'review' | 'risky'
  /** WeChat's labels: 100 normal, 20001 political, 20002 porn, 20006 illegal, 20008 fraud, 21000 other. */
  label: number
}

export function judgeText(content: string): TextVerdict {
  if (RISKY_WORDS.some((word) => content.includes(word))) return { suggest: 'risky', label: 20006 }
  if (REVIEW_WORDS.some((word) => content.includes(word)))
    return { suggest: 'review', label: 20008 }
  return { suggest: 'pass', label: 100 }
}
