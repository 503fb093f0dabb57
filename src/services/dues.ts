import type { DuesActions } from '../../types/dues'
import type {
  ConfirmPaymentInput,
  CorrectPaymentInput,
  DeclareBaseInput,
  ExportDuesLedgerInput,
  GetMyDuesInput,
  MarkPaidInput,
  MonthOverviewInput,
  OrgRefInput,
  PublicSummaryInput,
  RecordPaymentInput,
  SetRatesInput,
} from '../../types/dues.schema'
import { cloudFunction } from '../platform/cloud'

const dues = cloudFunction<DuesActions>('dues')

export function getMyDues(input: GetMyDuesInput) {
  return dues('getMyDues', input)
}

/** One's own base (no `memberId`), or a member's by the 支委会. */
export function declareBase(input: DeclareBaseInput) {
  return dues('declareBase', input)
}

export function markPaid(input: MarkPaidInput) {
  return dues('markPaid', input)
}

export function monthOverview(input: MonthOverviewInput) {
  return dues('monthOverview', input)
}

/** 一键提醒 the month's unpaid; counts only. */
export function remindUnpaid(input: MonthOverviewInput) {
  return dues('remindUnpaid', input)
}

export function confirmPayment(input: ConfirmPaymentInput) {
  return dues('confirmPayment', input)
}

export function recordPayment(input: RecordPaymentInput) {
  return dues('recordPayment', input)
}

/** 更正: a new entry with a signed amount and its reason (nothing is ever edited). */
export function correctPayment(input: CorrectPaymentInput) {
  return dues('correctPayment', input)
}

export function publicSummary(input: PublicSummaryInput) {
  return dues('publicSummary', input)
}

/** The 党费台账 (Excel) of a month or up to a year, for the 支委会. */
export function exportDuesLedger(input: ExportDuesLedgerInput) {
  return dues('exportLedger', input)
}

/** 党费标准: the table in force and whether this person may change it. */
export function getRates(input: OrgRefInput) {
  return dues('getRates', input)
}

/** The 书记/副书记 set the branch's own table, or go back to the 规定's (`rates: null`). */
export function setRates(input: SetRatesInput) {
  return dues('setRates', input)
}
