// The one field table (SPEC §2). Canonical CSV columns, JSON keys, English and Vietnamese
// labels, header aliases and the config schema's alias names are derived from it; the
// relations between figures live in relations.ts, per statistics regime.

export const MEASURES = ['cases', 'money'] as const;
export type Measure = (typeof MEASURES)[number];

export const FIELD_KEYS = [
  'carried_over',
  'new',
  'total',
  'delegated',
  'withdrawn',
  'to_execute',
  'with_conditions',
  'completed',
  'terminated',
  'reduced',
  'in_progress',
  'postponed',
  'suspended',
  'other',
  'without_conditions',
  'deferred',
  'resolved',
  'carried_forward',
] as const;
export type FieldKey = (typeof FIELD_KEYS)[number];

export interface FieldDef {
  readonly key: FieldKey;
  /** position in FIELD_KEYS, used as the index into figure arrays */
  readonly index: number;
  /** JSON key */
  readonly camel: string;
  /** short labels for tables and reports */
  readonly label: { readonly en: string; readonly vi: string };
  /** further header spellings (Vietnamese and English), matched after folding */
  readonly aliases: readonly string[];
  /** money only (giảm thi hành án is a money concept) */
  readonly moneyOnly: boolean;
  /** how hints and README name it in a sentence ("total accepted") */
  readonly phrase: string;
}

interface FieldSpec {
  en: string;
  vi: string;
  aliases: string[];
  moneyOnly?: boolean;
  /** the label in lower case unless given */
  phrase?: string;
}

const SPECS: Record<FieldKey, FieldSpec> = {
  carried_over: { en: 'Carried over', vi: 'Năm trước chuyển sang', aliases: ['Số cũ chuyển sang', 'Cũ chuyển sang', 'Chuyển sang', 'Số năm trước chuyển sang', 'Kỳ trước chuyển sang', 'Số kỳ trước chuyển sang'] },
  new: { en: 'New', vi: 'Thụ lý mới', aliases: ['Mới thụ lý', 'Số thụ lý mới', 'Thụ lý mới trong năm', 'Mới thụ lý trong năm', 'Số thụ lý mới trong năm', 'Newly accepted'] },
  // "Tổng số giải quyết", "Tổng số phải giải quyết" (TT 06/2019 forms, the ministry's reports:
  // "Tổng số giải quyết | Số cũ chuyển sang | Thụ lý mới", 8.169 = 2.548 + 5.621): the cases to
  // be resolved in the year, carried over + new — total accepted, checked as it is; never a part
  // of resolved ("Giải quyết xong", "Tổng số giải quyết xong" are resolved; "đã giải quyết" is
  // no total, headers.ts).
  total: { en: 'Total', vi: 'Tổng số thụ lý', aliases: ['Tổng thụ lý', 'Thụ lý', 'Số thụ lý', 'Total accepted', 'Tổng số giải quyết', 'Tổng số phải giải quyết'], phrase: 'total accepted' },
  delegated: { en: 'Delegated', vi: 'Ủy thác', aliases: ['Ủy thác đi', 'Ủy thác thi hành án', 'Entrusted'] },
  withdrawn: { en: 'Withdrawn', vi: 'Thu hồi, hủy quyết định', aliases: ['Thu hồi', 'Hủy quyết định', 'Thu hồi, hủy quyết định THA', 'Thu hồi hủy quyết định thi hành án'] },
  to_execute: { en: 'To execute', vi: 'Tổng số phải thi hành', aliases: ['Phải thi hành', 'Số phải thi hành', 'To be enforced'] },
  // "… thi hành án", "… THA": the forms' own words; "Chưa có điều kiện …" is without_conditions (below).
  with_conditions: {
    en: 'With conditions',
    vi: 'Có điều kiện',
    aliases: ['Có điều kiện thi hành', 'Có điều kiện giải quyết', 'Có điều kiện thi hành án', 'Có điều kiện THA', 'Có điều kiện THADS', 'Có điều kiện thi hành án dân sự', 'Số có điều kiện', 'Enforceable'],
  },
  completed: { en: 'Completed', vi: 'Thi hành xong', aliases: ['TH xong', 'THA xong', 'Fully enforced'] },
  terminated: { en: 'Terminated', vi: 'Đình chỉ', aliases: ['Đình chỉ thi hành', 'Đình chỉ thi hành án', 'Đình chỉ THA', 'Đình chỉ thi hành án dân sự', 'Đình chỉ THADS'] },
  // The forms' spellings: "Miễn, giảm thi hành án", "Được miễn, giảm…", "Xét miễn, giảm nghĩa vụ thi hành án".
  reduced: {
    en: 'Reduced',
    vi: 'Giảm thi hành án',
    aliases: [
      'Giảm', 'Miễn giảm', 'Giảm thi hành', 'Miễn, giảm thi hành án', 'Miễn giảm THA', 'Được miễn, giảm', 'Được miễn, giảm thi hành án', 'Được giảm thi hành án',
      'Xét miễn, giảm', 'Xét miễn, giảm thi hành án', 'Giảm nghĩa vụ thi hành án',
      // a half of "miễn, giảm" alone (traps30 rp: "Miễn" refused UNKNOWN_RESOLVED_PART); beside the
      // other half's column the two are summed (input/headers.ts reducedHalf)
      'Miễn', 'Miễn thi hành án', 'Miễn nghĩa vụ thi hành án',
      'Miễn, giảm nghĩa vụ thi hành án', 'Xét miễn, giảm nghĩa vụ thi hành án', 'Được miễn, giảm nghĩa vụ thi hành án',
    ],
    moneyOnly: true,
  },
  in_progress: { en: 'In progress', vi: 'Đang thi hành', aliases: ['Đang thi hành án', 'Đang tổ chức thi hành'] },
  postponed: { en: 'Postponed', vi: 'Hoãn', aliases: ['Hoãn thi hành', 'Hoãn thi hành án'] },
  suspended: { en: 'Suspended', vi: 'Tạm đình chỉ', aliases: ['Tạm đình chỉ thi hành', 'Tạm đình chỉ thi hành án', 'Tạm đình chỉ THA'] },
  other: { en: 'Other', vi: 'Trường hợp khác', aliases: ['Khác', 'Lý do khác'] },
  without_conditions: {
    en: 'Without conditions',
    vi: 'Chưa có điều kiện',
    aliases: ['Chưa điều kiện', 'Chưa có điều kiện thi hành', 'Chưa có điều kiện giải quyết', 'Chưa có điều kiện thi hành án', 'Chưa có điều kiện THA', 'Chưa có điều kiện THADS', 'Chưa có điều kiện thi hành án dân sự', 'Not yet enforceable'],
  },
  // From statistics year 2020 (TT 06/2019): postponed or suspended outside "có điều kiện".
  deferred: {
    en: 'Deferred',
    vi: 'Hoãn, tạm đình chỉ',
    aliases: ['Hoãn, tạm đình chỉ thi hành án', 'Hoãn thi hành án, tạm đình chỉ thi hành án', 'Hoãn và tạm đình chỉ', 'Số hoãn, tạm đình chỉ', 'Postponed or suspended', 'Postponed and suspended'],
  },
  // "Đã giải quyết": the cases dealt with, in the past tense (traps30 r4: refused UNKNOWN_RESOLVED_PART
  // beside "Thi hành xong"); never "Tổng số giải quyết", the cases to resolve (total above).
  resolved: { en: 'Resolved', vi: 'Giải quyết xong', aliases: ['Thi hành xong (giải quyết xong)', 'Tổng số giải quyết xong', 'Tổng giải quyết xong', 'Số giải quyết xong', 'Đã giải quyết'] },
  carried_forward: { en: 'Carried forward', vi: 'Chuyển kỳ sau', aliases: ['Chuyển sang kỳ sau', 'Chuyển năm sau'] },
};

/**
 * Words after a field's name that say it in full, no other figure: "Thi hành xong toàn bộ" (the
 * cases executed in full, as reports set them against "thi hành được một phần", partly executed,
 * which are still in progress) is completed. Read after each of the field's spellings
 * (input/headers.ts); "Thi hành xong một phần" stays unknown.
 */
export const IN_FULL_WORDS: Partial<Record<FieldKey, readonly string[]>> = { completed: ['toàn bộ'] };

/**
 * Sub-column labels that name a part only under their group: "Cũ | Mới", "Năm trước chuyển sang
 * | Thụ lý trong năm" under "Tổng số thụ lý" (the accepted cases: carried over + new). Alone, or
 * under any other group, "Mới" names nothing ("Thụ lý trong năm" alone may be the year's total
 * accepted): read so only under a group naming the field on the left (input/headers.ts partUnder).
 */
export const PART_LABELS: Partial<Record<FieldKey, Partial<Record<FieldKey, readonly string[]>>>> = {
  total: {
    carried_over: ['Cũ', 'Số cũ'],
    new: ['Mới', 'Số mới', 'Mới trong năm', 'Số mới trong năm', 'Thụ lý trong năm', 'Số thụ lý trong năm'],
  },
};

/**
 * A figure group split below the header into its plan and what was done: "Giải quyết xong" over
 * "Chỉ tiêu giao | Thực hiện" (the count the target asks, the count resolved). The done column is
 * the group's own figure; alone, or under a group without a plan's column beside it, these words
 * name nothing (input/headers.ts planOrDone, input/layout.ts planSplitAt).
 */
export const DONE_LABELS: readonly string[] = ['Thực hiện', 'Số thực hiện', 'Thực hiện được', 'Đã thực hiện', 'Kết quả', 'Kết quả thực hiện', 'Thực tế'];
/** A plan's words that are no target's ("Chỉ tiêu giao" is one, headers.ts namesTarget): "Kế hoạch", "KH" beside the done column. */
export const PLAN_LABELS: readonly string[] = ['Kế hoạch', 'KH', 'Kế hoạch giao', 'Kế hoạch được giao'];

function camelCase(key: string): string {
  return key.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
}

export const FIELDS: readonly FieldDef[] = FIELD_KEYS.map((key, index) => {
  const spec = SPECS[key];
  return {
    key,
    index,
    camel: camelCase(key),
    label: { en: spec.en, vi: spec.vi },
    aliases: spec.aliases,
    moneyOnly: spec.moneyOnly ?? false,
    phrase: spec.phrase ?? spec.en.toLowerCase(),
  };
});

export const FIELD_COUNT = FIELDS.length;

export const F = Object.fromEntries(FIELDS.map((f) => [f.key, f.index])) as Record<FieldKey, number>;

export function fieldsOf(measure: Measure): readonly FieldDef[] {
  return measure === 'money' ? FIELDS : FIELDS.filter((f) => !f.moneyOnly);
}

/**
 * Every name a config alias may map a header onto (thads.schema.json's list is generated from
 * it): identity columns, plain fields, and measure_field where the field applies to the measure
 * (`cases_reduced` is not one: reduced is money only).
 */
export function canonicalNames(): string[] {
  return [...IDENTITY_KEYS, ...FIELDS.map((f) => f.key), ...MEASURES.flatMap((m) => FIELDS.filter((f) => m === 'money' || !f.moneyOnly).map((f) => `${m}_${f.key}`))];
}

export const MEASURE_LABEL = {
  cases: { en: 'Cases', vi: 'Việc' },
  money: { en: 'Money', vi: 'Tiền' },
} as const satisfies Record<Measure, { en: string; vi: string }>;

/**
 * Words that name the measure in a header, as prefix or suffix ("Việc có điều kiện", "Có điều
 * kiện (việc)"), or alone as a group cell over a two-row header — English exports write
 * "Amounts", "Value", "Sums of money", "Number of cases" there as well as "Money" and "Cases".
 */
export const MEASURE_WORDS: Record<Measure, readonly string[]> = {
  cases: ['cases', 'case', 'việc', 'số việc', 'về việc', 'tính bằng việc', 'number of cases', 'no. of cases'],
  money: ['money', 'tiền', 'số tiền', 'về tiền', 'giá trị', 'tính bằng tiền', 'amount', 'amounts', 'amount of money', 'amounts of money', 'sum of money', 'sums of money', 'value', 'values'],
};

/** Columns figures derived from the ones above the rate (SPEC §7 summary columns). */
export const RESULT_KEYS = ['rate', 'target', 'gap_pp', 'required', 'above_target', 'met', 'rank', 'rank_of', 'total_change', 'rate_change'] as const;
export type ResultKey = (typeof RESULT_KEYS)[number];

export const RESULT_LABEL: Record<ResultKey, { en: string; vi: string }> = {
  rate: { en: 'Rate', vi: 'Tỷ lệ' },
  target: { en: 'Target', vi: 'Chỉ tiêu' },
  gap_pp: { en: 'Gap (pp)', vi: 'Vượt/thiếu (%)' },
  required: { en: 'Required', vi: 'Phải đạt' },
  above_target: { en: 'Above target', vi: 'Vượt chỉ tiêu' },
  met: { en: 'Met', vi: 'Đạt' },
  rank: { en: 'Rank', vi: 'Xếp thứ' },
  rank_of: { en: 'Of', vi: 'Trên' },
  total_change: { en: 'Change in total', vi: 'Tăng/giảm thụ lý' },
  rate_change: { en: 'Rate change (pp)', vi: 'Tăng/giảm tỷ lệ (%)' },
};

/**
 * The change columns' words for the year they compare with, where it is not the year before
 * (--previous two or more years back, PREVIOUS_YEAR_GAP): "Change in total on 2017", "Tăng/giảm
 * tỷ lệ so với năm 2017 (%)", "So với năm 2017: …" — the paragraph's "so với năm 2017" (output/
 * period-words.ts sinceVi). Under last year's bare labels a two-year change was pasted on as one
 * year's. With the year before (`compared` null) the labels are as ever. Figures of a period
 * shorter than the year (6 or 9 months) are compared with that year's same period, never its
 * whole year: "so với cùng kỳ năm 2017", "on the same period of 2017", as the paragraph says.
 */
export interface ComparedYear {
  readonly year: number;
  /** the figures are of a part of their year (cùng kỳ), not the whole year */
  readonly part: boolean;
}
const CHANGE_ON = {
  en: (c: ComparedYear) => (c.part ? `on the same period of ${c.year}` : `on ${c.year}`),
  vi: (c: ComparedYear) => (c.part ? `so với cùng kỳ năm ${c.year}` : `so với năm ${c.year}`),
} as const;
/** CHANGE_ON's words in any label, for reading thads' own output back: " on 2017", " so với cùng kỳ năm 2017". */
const CHANGE_ON_WORDS = / (?:on(?: the same period of)?|so với(?: cùng kỳ)? năm) (?:19|20)\d\d(?= \(|$)/u;

/** A result's label; a change's names the year compared with (CHANGE_ON) when `compared` is given. */
export function resultLabel(k: ResultKey, lang: 'en' | 'vi', compared: ComparedYear | null = null): string {
  const label = RESULT_LABEL[k][lang];
  if (compared === null || (k !== 'total_change' && k !== 'rate_change')) return label;
  // before a trailing unit: "Rate change on 2017 (pp)", "Tăng/giảm tỷ lệ so với năm 2017 (%)"
  return label.replace(/(?= \(|$)/u, ` ${CHANGE_ON[lang](compared)}`);
}

/**
 * The Excel CSV's opening words of a change column: "So với năm trước", else "So với năm 2017"
 * (CHANGE_ON). Figures of a part of their year (`part`) compared with the year before are compared
 * with its same period, as the paragraph says ("so với cùng kỳ năm 2018"), never its whole year.
 */
export function changeHeaderLead(compared: ComparedYear | null, part = false): string {
  const since = compared !== null ? CHANGE_ON.vi(compared) : part ? SAME_PERIOD_LAST_YEAR : 'so với năm trước';
  return since.charAt(0).toLocaleUpperCase('vi') + since.slice(1);
}

const SAME_PERIOD_LAST_YEAR = 'so với cùng kỳ năm trước';

/** A label of thads' own table with a change's compared year taken out: "Change in total on 2017" → "Change in total". */
export function withoutComparedYear(label: string): string {
  return label.replace(CHANGE_ON_WORDS, '');
}

/** Whether a header is thads' Excel CSV's change column on a named year: "So với năm 2017: việc thụ lý tăng/giảm", "So với cùng kỳ năm 2017: …". */
export function isOwnChangeOnYearHeader(header: string): boolean {
  const text = header.normalize('NFC').trim();
  const year = /^\D*((?:19|20)\d\d): /u.exec(text)?.[1];
  return year !== undefined && [false, true].some((part) => text.startsWith(`${changeHeaderLead({ year: Number(year), part })}: `));
}

/**
 * Whether a header is thads' Excel CSV's change column of figures of a part of their year, on
 * the same period of a year before: "So với cùng kỳ năm trước: …", "So với cùng kỳ năm 2017: …".
 */
export function isOwnSamePeriodChangeHeader(header: string): boolean {
  const text = header.normalize('NFC').trim();
  const year = /^\D*((?:19|20)\d\d): /u.exec(text)?.[1];
  return text.startsWith(`${changeHeaderLead(null, true)}: `) || (year !== undefined && text.startsWith(`${changeHeaderLead({ year: Number(year), part: true })}: `));
}

export const IDENTITY_KEYS = ['province', 'district', 'year'] as const;
export type IdentityKey = (typeof IDENTITY_KEYS)[number];

/**
 * The office column of a form by enforcer, naming both what its rows name: an office's title
 * row, then its enforcers' (input/by-enforcer.ts reads those rows as the office's).
 */
export const OFFICE_ENFORCER_HEADERS: readonly string[] = ['Đơn vị / Chấp hành viên', 'Tên đơn vị / Chấp hành viên', 'Đơn vị / CHV', 'Office / Enforcer'];

/**
 * The office column's header, one rule rather than a list of spellings: (Tên) đơn vị | chi cục |
 * cơ quan | phòng | văn phòng, maybe whose office it is ("THADS", "thi hành án (dân sự)", "THA
 * (dân sự)") and "khu vực" (the Phòng of 2025): "Chi cục THA", "Tên đơn vị thi hành án", "Phòng
 * THADS khu vực". No figure's words follow ("Đơn vị tính" is no office column).
 */
const OFFICE_HEADER = {
  title: ['', 'Tên '],
  noun: ['Đơn vị', 'Chi cục', 'Cơ quan', 'Phòng', 'Văn phòng'],
  of: ['', ' THADS', ' thi hành án', ' thi hành án dân sự', ' THA', ' THA dân sự'],
  area: ['', ' khu vực'],
} as const;

/** OFFICE_HEADER written out, every spelling it allows. */
function officeHeaders(): string[] {
  const { title, noun, of, area } = OFFICE_HEADER;
  return title.flatMap((t) => noun.flatMap((n) => of.flatMap((o) => area.map((a) => `${t}${n}${o}${a}`))));
}

export const IDENTITY: Record<IdentityKey, { label: { en: string; vi: string }; aliases: readonly string[] }> = {
  province: { label: { en: 'Province', vi: 'Tỉnh' }, aliases: ['Tỉnh', 'Tỉnh, thành phố', 'Cục THADS tỉnh', 'Cục THADS', 'Cục', 'Tỉnh/Thành phố', 'Địa phương', 'Tỉnh/TP', 'Tên tỉnh', 'Tên tỉnh, thành phố', 'Cục THADS tỉnh, TP', 'Cục THADS tỉnh, thành phố'] },
  district: {
    label: { en: 'Office', vi: 'Đơn vị' },
    // Spellings of the office column seen in real exports; a file with none of them and a
    // column of names is refused (read-csv.ts), never summed as one office.
    aliases: [
      ...officeHeaders(), 'Đơn vị báo cáo', 'Tên đơn vị báo cáo', 'Đơn vị trực thuộc', 'Office', 'Office name', 'Enforcement office', 'Agency', 'Huyện', 'Quận, huyện', 'Quận/huyện', 'Khu vực', 'Unit', 'Name',
      ...OFFICE_ENFORCER_HEADERS,
    ],
  },
  // "Kỳ báo cáo" may hold "12 tháng" or "Cả năm", the row's own whole year, read as a cell
  // without a year (input/stated-years.ts periodOfYearCell); "6 tháng" is no year and is refused
  // (BAD_NUMBER), never taken for one.
  year: { label: { en: 'Year', vi: 'Năm' }, aliases: ['Năm', 'Năm thống kê', 'Năm báo cáo', 'Niên độ', 'Niên độ báo cáo', 'Kỳ báo cáo'] },
};

/**
 * The label row of thads' own tables (the workbook's, output/xlsx.ts): the identity columns,
 * then for each measure its fields and its results, in the machine CSV's order. The reader
 * knows its own workbook by it (input/layout.ts isThadsOutput).
 */
export function ownTableLabels(measures: readonly Measure[], lang: 'en' | 'vi', compared: ComparedYear | null = null): string[] {
  return [...IDENTITY_KEYS.map((k) => IDENTITY[k].label[lang]), ...measures.flatMap((m) => [...fieldsOf(m).map((f) => f.label[lang]), ...RESULT_KEYS.map((k) => resultLabel(k, lang, compared))])];
}

/**
 * The Vietnamese Excel CSV's label of a measure's field, before money's unit ("Việc có điều kiện",
 * "Tiền thi hành xong"; output/csv.ts vietnameseColumns), and of its rate ("Tỷ lệ việc (%)"): the
 * reader knows thads' own CSV by them (input/layout.ts isThadsOutput), its empty cells unknown.
 */
export function excelFieldLabel(m: Measure, f: FieldDef): string {
  return `${MEASURE_LABEL[m].vi} ${f.label.vi.charAt(0).toLocaleLowerCase('vi')}${f.label.vi.slice(1)}`;
}
export function excelRateLabel(m: Measure): string {
  return `Tỷ lệ ${MEASURE_LABEL[m].vi.toLocaleLowerCase('vi')} (%)`;
}

/** The district cell of thads' machine CSV's total row, its province empty (output/csv.ts): read back, it says the file is thads' own (input/own-total.ts). */
export const TOTAL_LABEL = 'TOTAL';

/** The mark thads' human tables (output/human.ts) print for a value not known: read back, unknown (input/own-human-table.ts). */
export const UNKNOWN_MARK = '—';

/** A measure's columns in thads' human table (terminal, Markdown, HTML), in its order. */
export const HUMAN_COLUMNS = ['total', 'with_conditions', 'resolved', 'rate', 'target', 'gap_pp', 'above_target', 'rank', 'total_change', 'rate_change'] as const;
export type HumanColumnKey = (typeof HUMAN_COLUMNS)[number];

/** The human table's optional columns, each group shown or left out whole (output/human.ts extrasOf). */
export const HUMAN_OPTIONAL = { target: ['target', 'gap_pp', 'above_target'], rank: ['rank'], change: ['total_change', 'rate_change'] } as const satisfies Record<string, readonly HumanColumnKey[]>;
export type HumanOptional = keyof typeof HUMAN_OPTIONAL;

/** A human table column's label: the field's for a figure, else the result's. */
export function humanColumnLabel(k: HumanColumnKey, lang: 'en' | 'vi', compared: ComparedYear | null = null): string {
  return k === 'total' || k === 'with_conditions' || k === 'resolved' ? FIELDS[F[k]]!.label[lang] : resultLabel(k, lang, compared);
}

/** "Việc", "Tiền (tỷ đồng)": the title over a measure's columns; `unitName`, money's display unit in `lang`. */
export function humanMeasureTitle(m: Measure, lang: 'en' | 'vi', unitName: string): string {
  return m === 'money' ? `${MEASURE_LABEL[m][lang]} (${unitName})` : MEASURE_LABEL[m][lang];
}

/** A Markdown header cell: the measure's title folded into its column's label, "Việc: Tổng số thụ lý". */
export function foldedHeader(title: string, label: string): string {
  return title ? `${title}: ${label}` : label;
}

/** Columns that are known and carry nothing to add up (row numbers, notes): ignored silently. */
export const IGNORED_HEADERS: readonly string[] = ['STT', 'TT', 'Số TT', 'Số thứ tự', 'Thứ tự', 'No', 'No.', 'Ghi chú', 'Note', 'Notes', 'Mã đơn vị', 'Mã'];

/**
 * Columns that name a person, not an office (one row per enforcer): never the office column.
 * Matched folded (no diacritics, any case): "Ho ten CHV" is "Họ tên CHV"; "CHV" the forms'
 * shortening of "Chấp hành viên", "thụ lý" the enforcer who holds the cases (they were refused OFFICE_COLUMN_MISSING).
 */
export const PERSON_HEADERS: readonly string[] = [
  'Chấp hành viên', 'Họ và tên', 'Họ tên', 'Họ tên chấp hành viên', 'Họ và tên chấp hành viên', 'Tên chấp hành viên', 'Người thực hiện',
  'CHV', 'Họ tên CHV', 'Họ và tên CHV', 'Tên CHV', 'Chấp hành viên thụ lý', 'CHV thụ lý',
  'Enforcer', 'Name of enforcer', 'Enforcer name', 'Enforcer\'s name',
];

/** Columns thads computes itself (rates, targets, ranks): known, ignored silently, recomputed. */
export const COMPUTED_HEADER_PREFIXES: readonly string[] = ['Tỷ lệ', 'Tỉ lệ', 'Chỉ tiêu', 'Xếp hạng', 'Xếp thứ', 'Thứ hạng', 'Đánh giá', 'So với năm trước', 'So với cùng kỳ năm trước', 'Rate', 'Target', 'Rank'];
