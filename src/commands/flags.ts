// The options each command takes, typed: what cli.ts parses and the commands read.
import type { GroupLevel } from '../domain/aggregate.js';
import type { Dec } from '../domain/decimal.js';
import type { Measure } from '../domain/fields.js';
import type { EncodingName } from '../input/decode.js';
import type { NumberFormat } from '../input/numbers.js';
import type { Delimiter } from '../input/sniff.js';
import type { MoneyUnit } from '../input/units.js';
import type { Lang } from '../output/format-number.js';

export const SUMMARY_FORMATS = ['table', 'csv', 'tsv', 'json', 'markdown', 'text', 'svg', 'html', 'xlsx'] as const;
export type SummaryFormat = (typeof SUMMARY_FORMATS)[number];
export const CHECK_FORMATS = ['text', 'json', 'github'] as const;
export type CheckFormat = (typeof CHECK_FORMATS)[number];

/** How files are read: every command that reads files has these. */
export interface ReadFlags {
  config?: string;
  year?: number;
  province?: string;
  measure?: Measure;
  moneyUnit?: MoneyUnit;
  numberFormat?: NumberFormat;
  encoding?: EncodingName;
  delimiter?: Delimiter;
  sheet?: string;
  acceptTotalMismatch?: boolean;
  totalGuess?: boolean;
}

/** What summarize and check share besides reading: targets and how rates meet them. */
export interface InputFlags extends ReadFlags {
  rateDecimals?: number;
  gapBasis?: 'exact' | 'rounded';
  targetCases?: Dec;
  targetMoney?: Dec;
  strict?: boolean;
  quiet?: boolean;
  failBelowTarget?: boolean;
}

export interface SummarizeFlags extends InputFlags {
  by: GroupLevel[];
  format?: SummaryFormat;
  lang?: Lang;
  unit?: MoneyUnit;
  previous?: string[];
  only?: string[];
  output?: string;
  excel?: boolean;
  wide?: boolean;
  color: boolean;
}

export interface CheckFlags extends InputFlags {
  format: CheckFormat;
}
