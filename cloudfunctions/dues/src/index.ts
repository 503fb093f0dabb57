import type { ActionsFor } from '../../_shared/action'
import { createRouter } from '../../_shared/router'
import type { DuesActions } from '../../../types/dues'
import { confirmPayment } from './actions/confirm-payment'
import { correctPayment } from './actions/correct-payment'
import { declareBase } from './actions/declare-base'
import { exportLedger } from './actions/export-ledger'
import { getBase } from './actions/get-base'
import { getMyDues } from './actions/get-my-dues'
import { markPaid } from './actions/mark-paid'
import { monthOverview } from './actions/month-overview'
import { publicSummary } from './actions/public-summary'
import { getRates, setRates } from './actions/rates'
import { recordPayment } from './actions/record-payment'
import { remindUnpaid } from './actions/remind-unpaid'

const actions: ActionsFor<DuesActions> = {
  declareBase,
  getBase,
  getMyDues,
  markPaid,
  confirmPayment,
  recordPayment,
  correctPayment,
  monthOverview,
  remindUnpaid,
  publicSummary,
  exportLedger,
  getRates,
  setRates,
}

export const main = createRouter('dues', actions)
