// The pair of forms on two tabs ("Việc" | "Tiền", read-xlsx.ts measureSheets) where only the Việc
// tab writes the forms' unit line for both, "Đơn vị tính: việc; nghìn đồng", and the Tiền tab,
// titled "… TÍNH BẰNG TIỀN", states no unit. A tab's unit line is its table's (README), so the
// money was read in đồng, the default: 1000× too small, exit 0, nothing said (traps28 t39). The
// workbook states a money unit, for the money of the tab it is joined with: thads cannot tell
// whether the Tiền tab is in it, so it is refused, never read against what the workbook says.
// A Việc tab's line naming the cases' unit only ("Đơn vị tính: việc") says nothing of money.
import { ThadsError } from '../../errors.js';
import type { FileReport } from '../file-report.js';
import { UNIT_EXPONENT } from '../units.js';

/** The refusal of a pair whose money tab states no unit while its cases tab's unit line gives money one other than đồng; null otherwise. */
export function pairUnitUnsaid(file: string, halves: readonly FileReport[]): ThadsError | null {
  const money = halves.find((r) => r.measures.length === 1 && r.measures[0] === 'money');
  const cases = halves.find((r) => r.measures.length === 1 && r.measures[0] === 'cases');
  if (!money || !cases || money.moneyUnitFrom !== 'default') return null;
  const stated = cases.moneyUnitStated;
  if (stated === null || stated.unit === 'dong') return null;
  const [moneyTab, casesTab] = [money.sheet?.name ?? '', cases.sheet?.name ?? ''];
  const times = (10 ** UNIT_EXPONENT[stated.unit]).toLocaleString('en-US');
  return new ThadsError(
    'UNIT_UNREADABLE',
    `the unit line "${stated.text}" on tab "${casesTab}" gives money in ${stated.unit}, but tab "${moneyTab}", whose money is joined with its cases, states no unit: read in đồng, the default, amounts written in ${stated.unit} would come out ${times}× too small`,
    { ...stated.location, file, sheet: casesTab },
    `write the unit line on the "${moneyTab}" tab too (as on "${casesTab}"), or pass --money-unit ${stated.unit} (--money-unit dong if the "${moneyTab}" tab is in đồng)`,
  );
}
