// Every message thads can print lives in one table: a stable code, its exit status and a hint
// that tells the user what to do. Call sites add the specifics (file, line, cell) only. The
// hints of the relation codes are the rules of the relations table (domain/relations.ts).
import { codeHint } from './domain/relations.js';
import { boundMessage, escapeControls } from './output/sanitize.js';

/** 70 is EX_SOFTWARE of sysexits.h: a bug in thads, never a bad option or bad data. */
export const EXIT = { ok: 0, data: 1, usage: 2, belowTarget: 3, internal: 70 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

export type Severity = 'error' | 'warning';

interface CodeInfo {
  /** exit status when the finding is fatal */
  readonly exit: ExitCode;
  /** default hint; call sites may pass a more specific one */
  readonly hint?: string;
  /** a finding worth a look but not wrong data: a warning even in `check` (errors only with --strict) */
  readonly advisory?: boolean;
  /**
   * its rule grades each finding — a warning where a coincidence is possible or an option accepts
   * it (--accept-total-mismatch, --no-total-guess), else an error: `check` keeps the grade
   * summarize prints, never makes such a warning an error (traps35 1: close to a total in two
   * figures was refused by check alone, exit 1, summarize warned, exit 0)
   */
  readonly graded?: boolean;
}

export const CODES = {
  // usage, I/O and configuration: exit 2
  USAGE: { exit: 2 },
  IO_ERROR: { exit: 2 },
  OUTPUT_IS_INPUT: { exit: 2, hint: 'write the result to another file name' },
  OUTPUT_READ_ONLY: { exit: 2, hint: 'make it writable (chmod u+w) if it may be replaced, or write the result to another file name' },
  CONFIG_INVALID: { exit: 2, hint: 'every key is described in thads.schema.json (editors show it through "$schema"); `thads init` writes a starter file to compare with' },
  CONFIG_EXISTS: { exit: 2, hint: 'edit the existing file, or remove it first' },
  PREVIOUS_IS_INPUT: { exit: 2, hint: "pass last year's files with --previous (e.g. 2018.csv for a 2019 report)" },
  PREVIOUS_YEAR_UNKNOWN: { exit: 2, hint: 'state the year of the --previous file: in its name (e.g. bao-cao-2018.csv), in a Năm column, or in its title ("NĂM 2018")' },
  MIXED_PERIODS: { exit: 2, hint: 'sum reports of one period together: a half-year report with half-year reports, a year-end report with year-end reports' },
  WORKBOOK_PERIODS_DIFFER: { exit: 2, hint: 'write --format json (its "period" lists each year\'s), or run each year apart: a workbook or Markdown table of one year states its own period' },
  MIXED_YEARS: { exit: 2, hint: 'pass --year N to keep one year, or add year to --by (e.g. --by year,district)' },
  // fatal data errors: exit 1
  CSV_MALFORMED: { exit: 1, hint: 'a quoted field must end with a quote; a quote inside a field is written as two quotes ("")' },
  // latin1 decodes any byte, so a wrong pick is silent mojibake (a unit line no longer read): lead with the likely one.
  ENCODING_INVALID: { exit: 1, hint: 'the file is not UTF-8; a plain "CSV" from Excel on Vietnamese Windows is windows-1258: pass --encoding windows-1258. Others: utf-16le (Excel "Unicode Text" without its BOM), tcvn3 (old ABC-font documents), latin1 (Western European only: it has no Vietnamese letters)' },
  ENCODING_DOUBLED: { exit: 1, hint: 'the file was opened as ANSI (windows-1252/1258) and saved as UTF-8 again: export the table again from its source as "CSV UTF-8", or convert the text back (Notepad++: Encoding → Convert to ANSI, then Encoding → Encode in UTF-8, and save)' },
  NO_HEADER: { exit: 1, hint: 'the header row must name at least two known columns (e.g. district, cases_with_conditions); `thads inspect FILE` shows how the file is read' },
  NO_DATA: { exit: 1, hint: 'the file must hold at least one office row below its header' },
  MISSING_COLUMN: { exit: 1, hint: 'each measure needs with_conditions and resolved (or completed); add the column or an alias in thads.config.json' },
  DUPLICATE_COLUMN: { exit: 1, hint: 'remove one of the two columns, or rename it' },
  MEASURE_UNKNOWN: { exit: 1, hint: 'pass --measure cases|money, or put viec/cases or tien/money in the file name (or "tính bằng tiền" in the title)' },
  MEASURE_CONFLICT: { exit: 1, hint: 'rename the file so that its name says the measure its title or unit line says (viec or tien), or pass --measure cases|money with the one it counts' },
  BAD_NUMBER: { exit: 1, hint: 'figures are written like 1234, 1234.5, 1.234,5 (vi) or 1,234.5 (en); "-" or an empty cell means 0' },
  NEGATIVE_VALUE: { exit: 1, hint: 'figures are counts and amounts and cannot be negative' },
  NON_INTEGER_COUNT: { exit: 1, hint: 'case counts are whole numbers; if the file writes 1.050 for one thousand and fifty, pass --number-format vi' },
  AMBIGUOUS_NUMBER: { exit: 1, hint: 'pass --number-format vi (1.234,5) or --number-format en (1,234.5)' },
  MIXED_NUMBER_FORMAT: { exit: 1, hint: 'write all figures of a file in one convention, or pass --number-format' },
  OFFICE_UNKNOWN: { exit: 1, hint: 'add an office column (Đơn vị) with each row\'s office, or name the file after its office ("Chi cục THADS huyện Mỹ Lộc 2019.csv")' },
  MISSING_DISTRICT: { exit: 1, hint: 'every row with figures needs an office name in its district column' },
  NAME_IS_EXCEL_VALUE: { exit: 1, hint: 'the cell holds Excel\'s error or value of a formula, not an office\'s name: fix the formula (a VLOOKUP of a code missing from its list gives #N/A; of an empty cell, 0) or type the name, and export again' },
  SHIFTED_ROW: { exit: 1, hint: 'restore the empty cell the row lost where it stood (an empty STT, a blank figure), or split a cell holding two ("1 Chi cục …": the number, then the name), so each figure is under its own header' },
  BAD_DATE: { exit: 1, hint: 'write the day as it is, e.g. 30/9/2019' },
  DATED_BEFORE_YEAR_END: { exit: 1, hint: 'state the report\'s period in its title ("6 THÁNG ĐẦU NĂM N", "(Từ 01/10/N-1 đến 31/3/N)") or its file name ("6-thang-N.csv"); a whole year\'s figures written before 30 September say so: "(Từ 01/10/N-1 đến 30/9/N)"' },
  YEAR_CONFLICT: { exit: 1, hint: 'pass --year N with the statistics year (the year whose 30 September ends the report)' },
  OFFICE_NAME_CONFLICT: { exit: 1, hint: 'a file without an office column is one office\'s: correct the title or rename the file after the office its title names' },
  PROVINCE_CONFLICT: { exit: 1, hint: 'a file is one province\'s: correct the title or rename the file; a file of several provinces needs a province column (Tỉnh)' },
  REPEATED_ROW: { exit: 1, hint: 'delete the copy: a row giving again an earlier row\'s office and every figure, whatever its STT (a table or a line pasted twice, renumbered or not), would be added twice; an office\'s rows with figures of their own (its enforcers\') are summed' },
  SECOND_TABLE: { exit: 1, hint: 'give each table its own file (one year, one report), or delete the second table' },
  MISSING_PROVINCE: { exit: 1, hint: 'fill in the province on every office row: a cell merged over several rows gives its text to the first one only in a CSV (unmerge it and fill down, or read the workbook itself)' },
  DECLARED_YEAR_MISMATCH: { exit: 1, hint: 'a total\'s label names the year of the rows it adds up: correct the year in the label, or move the row to its year\'s block' },
  MISSING_YEAR: { exit: 1, hint: 'fill in the year on every office row: a cell merged over several rows gives its text to the first one only in a CSV (unmerge it and fill down, or read the workbook itself)' },
  PROVINCE_TITLE_MISMATCH: { exit: 1, hint: 'a title naming a province heads that province\'s rows: move the row under its own province\'s title, or correct its province cell' },
  PROVINCE_IN_NAME_MISMATCH: { exit: 1, hint: 'an office\'s name may end with its own province ("Phòng THADS khu vực 2 - Gia Lai" in a Gia Lai row): correct the province after the name, or the row\'s province (its cell or the title above it)' },
  ROW_LABELS_MEASURE: { exit: 1, hint: 'write one row per office with the figures in columns (cases and money in columns of their own); a rate is computed by thads, delete its rows' },
  PERIOD_COLUMN: { exit: 1, hint: 'keep the report\'s own rows only (delete those of the other period, a comparison), or give each row its statistics year in a column headed "Năm" and pass --year N to keep one' },
  NOT_AN_OFFICE: { exit: 1, hint: 'keep only office rows, their totals and subtotals in the table: delete the row (or move it below the signatures, without figures); if it heads rows of another period or a comparison, delete those rows too (another period\'s table goes in a file of its own)' },
  UNIT_UNREADABLE: { exit: 1, hint: 'write the unit as the forms do ("Đơn vị tính: nghìn đồng", "(triệu đồng)", "(đồng)"), or pass --money-unit dong|thousand|million|billion' },
  PREVIOUS_UNIT_UNKNOWN: { exit: 1, hint: 'write the unit line of last year\'s file above its header, as the forms do ("Đơn vị tính: nghìn đồng", or "Đơn vị tính: đồng"), or pass --money-unit (or the config\'s "moneyUnit") with the unit of the department\'s exports: a --previous file that states no unit is then read in it' },
  PREVIOUS_UNIT_DOUBTFUL: { exit: 1, hint: 'state the unit each year\'s money is written in: a unit line above the header of last year\'s file ("Đơn vị tính: nghìn đồng", or "Đơn vị tính: đồng"), or the unit in its money headers ("Tiền có điều kiện (nghìn đồng)"), or pass --money-unit; thads\' own CSV read back is in đồng when it keeps its rate columns or its TOTAL row' },
  UNIT_CONTRADICTION: { exit: 1, hint: 'a file gives its money in one unit: correct the unit line or the header, or pass --money-unit dong|thousand|million|billion with the right one' },
  MONEY_IMPLAUSIBLE: { exit: 1, hint: 'a file\'s money, after its unit, averages more an office than any report holds (2·10^15 đồng; the whole country\'s THADS money of a year is under 10^15 đồng): state the unit the cells are written in ("Đơn vị tính: đồng" for cells in đồng), or pass --money-unit dong|thousand|million|billion' },
  RAGGED_ROW: { exit: 1, hint: 'every row must have as many cells as the header: a row cut off or shifted by a stray delimiter is never read as zeros' },
  ROW_ABOVE_HEADER: { exit: 1 },
  PIVOT_FILTER_PERIODS: { exit: 1, hint: 'filter the PivotTable to one period (pick the report\'s year in its "Năm" filter), then copy or export it again' },
  VALUE_WITHOUT_HEADER: { exit: 1, hint: 'a decimal comma not in quotes (5000,5 in a comma-separated file) shifts a row: quote such numbers ("5000,5") or export with ";". A column with figures of its own needs a header (each sub-column under a group such as "Giải quyết xong" too)' },
  GROUP_HEADER_SPANS: { exit: 1, hint: 'give each sub-column its own header in the row below the group ("Tổng số", "Thi hành xong", "Đình chỉ"…)' },
  UNKNOWN_RESOLVED_PART: { exit: 1, hint: 'if the column is a part of resolved (đình chỉ, miễn/giảm…), map it with "aliases" in thads.config.json onto terminated, reduced or completed; if it is not (a count not yet resolved, a rate), rename it so it does not read like one; or add a resolved column (Giải quyết xong)' },
  COLUMN_AMBIGUOUS: { exit: 1, hint: 'name the column\'s field with an alias in thads.config.json ("aliases": { "Xong": "cases_completed" } or "cases_resolved"), or rename it as the forms do ("Thi hành xong", "Giải quyết xong")' },
  FORM_REGIME_CONFLICT: { exit: 1, hint: 'correct the title (the circular whose forms the figures follow) or the year; a file of a year from 2020 on the forms of TT 01/2013 counts its hoãn and tạm đình chỉ inside có điều kiện: thads would read them outside it' },
  FORM_OLDER_THAN_YEAR: { exit: 1, advisory: true, hint: 'check the title\'s circular and the year: the figures are read as their year\'s forms count them (from 2020, TT 06/2019: hoãn and tạm đình chỉ outside có điều kiện)' },
  HEADER_NOTE_UNREAD: { exit: 1, hint: 'write the figure without the note and its parts in their own columns ("Thi hành xong", "Đình chỉ", "Giảm"), or map the header with "aliases" in thads.config.json onto the field it holds (e.g. cases_resolved)' },
  OFFICE_COLUMN_MISSING: { exit: 1, hint: 'name the office column in the header (Đơn vị, Tên đơn vị…) or map it with "aliases": { "<header>": "district" } in thads.config.json' },
  LOCK_FILE_SKIPPED: { exit: 1, advisory: true, hint: 'close the workbook in Excel or leave it out: a "~$" file beside an open workbook holds only the name of whoever has it open, never figures' },
  DUPLICATE_INPUT: { exit: 1, hint: 'each office, year and measure must come from one file: remove the copy (a file given twice, "2019 (1).csv" beside "2019.csv")' },
  TOTAL_FILE_OVERLAP: { exit: 1, hint: 'a file whose only row is a declared total ("Toàn tỉnh"), or without an office column and named as a total ("Tổng hợp 2019.csv", "Toàn quốc theo tỉnh 2019.csv") or titled as one ("BÁO CÁO TỔNG HỢP TOÀN TỈNH", a sheet "Tổng hợp toàn tỉnh"), is read as totals: sum it with other provinces\' totals (each with its province in a Tỉnh column), or sum the offices\' files without it' },
  SPLIT_FILES_UNJOINED: { exit: 1, hint: 'write each office\'s name alike in the việc and the tiền file (or with its province in a Tỉnh column), so its two halves join; an office missing from one file is missing figures' },
  PROVINCE_BESIDE_ITS_OFFICES: { exit: 1, hint: 'a provinces\' file (each row a province\'s whole or a level of it) already counts each province\'s offices: give the provinces\' file alone, or the offices\' files alone' },
  SUSPECTED_TOTAL_ACROSS_FILES: { exit: 1, graded: true, hint: 'a row that totals offices another file gives (a province\'s figures beside its offices\' file) is no office: sum the offices\' files without it, or the provinces\' file alone; --no-total-guess counts it as an office' },
  SUSPECTED_TOTAL_ROW: { exit: 1, graded: true, hint: 'write "Tổng cộng" (or the section\'s label, e.g. "Cộng khối") in its office cell so thads checks it instead of adding it; --no-total-guess counts it as an office' },
  SUM_FORMULA_ROW: { exit: 1, hint: 'delete the subtotal row, or write "Cộng" and its section\'s name (e.g. "Cộng địa bàn 1") in its office cell so thads checks it as a subtotal instead of adding it' },
  SECTION_ROW_MISMATCH: { exit: 1, graded: true, hint: 'a row heading others as a section (STT "I", "II", or a province\'s name with figures over its offices) must equal the sum of the rows it heads; number an office with 1, 2, 3… or correct the figures' },
  WORKBOOK_INVALID: { exit: 1, hint: 'save it from Excel or LibreOffice as an Excel workbook (.xlsx); an old .xls must be saved as .xlsx or CSV first' },
  NOT_A_TABLE: { exit: 1, hint: 'thads reads tables as CSV (or TSV) and Excel workbooks (.xlsx): export the table as "CSV UTF-8" or .xlsx, or give thads\' --format csv output' },
  OUTLINE_COUNTED_TWICE: { exit: 1, hint: 'keep one level of the outline: delete the detail rows (expand the group with + to see them) or the summary rows, then ungroup (Data → Ungroup), so each figure is in the sheet once' },
  MERGED_FIGURE: { exit: 1, hint: 'unmerge the cell (Format Cells → Alignment, Merge cells off) and type each office\'s own figure in its row and column; thads cannot split a figure the sheet gives only for several together' },
  FORMULA_NO_RESULT: { exit: 1, hint: 'open the workbook in Excel or LibreOffice and save it, so each formula stores its result; thads never recalculates formulas' },
  FORMULA_STALE_RESULT: { exit: 1, hint: 'open the workbook in Excel or LibreOffice and save it, so each formula stores its current result; thads never recalculates formulas' },
  OWN_PERIOD_UNSTATED: { exit: 1, hint: 'write it again with this thads (a part of a year gets a line over the header that states its days), or name the file for its period (tong-hop-6-thang-2019.csv)' },
  OWN_TABLE_ROUNDED: { exit: 1, hint: 'read the CSV output thads wrote for the same files instead: it carries every figure exactly (thads summarize … --format csv); a table of cases only is read back as it is' },
  OWN_WORKBOOK_ROUNDED: { exit: 1, hint: "add up the CSV outputs thads wrote with the workbook instead: they carry every figure exactly (thads summarize … --format csv)" },
  // consistency findings: warnings for summarize, errors for check
  NUMBER_CELL_CONVERTED: { exit: 1, hint: 'if the sheet came from a CSV, read that CSV, or open it with the number format it is written in (LibreOffice: its language in the import dialog; Excel: Data → From Text/CSV, its locale), or type the figures again' },
  DECIMAL_COMMA_SPLIT: { exit: 1, hint: 'if the two cells are one number, put it in quotes ("12603172,5"), write it with a decimal point, or export with ";" as the delimiter; if they are two figures, the row is read right' },
  TARGET_COLUMN_IGNORED: { exit: 1, advisory: true, hint: 'if the province assigned its offices other targets than the national ones, put them in thads.config.json ("targets", per office or province) so "met" and the gap use them' },
  // cells in .VnTime or VNI-Times (TCVN3, VNI look-alikes) read as the Vietnamese they show: right, but worth
  // converting (a VNI sheet's finding gives VNI's conversion as its hint: legacy-font.ts)
  LEGACY_FONT_TEXT: { exit: 1, advisory: true, hint: 'convert the sheet\'s old ABC fonts to Unicode (Unikey: "Chuyển mã", TCVN3 (ABC) → Unicode) and check the text it shows' },
  UNKNOWN_COLUMN: { exit: 1, advisory: true, hint: 'map it with "aliases" in thads.config.json if it holds a known figure' },
  OPTION_OVERRIDES_FILE: { exit: 1, advisory: true, hint: 'check that the option is meant for this file: the file says otherwise' },
  MONEY_DOUBTFUL: { exit: 1, advisory: true, hint: 'a file\'s money, after its unit, adds up to more than the whole country\'s THADS money of any year so far (10^15 đồng): check that the unit line names the unit the cells are written in ("Đơn vị tính: đồng" for cells in đồng), or pass --money-unit' },
  MONEY_UNIT_APART: { exit: 1, advisory: true, hint: 'one file\'s money a case is 300× or more off the other files\' of the run: check that its unit line names the unit its cells are written in ("Đơn vị tính: đồng" or "Đơn vị tính: nghìn đồng"): a run\'s offices seldom differ a hundredfold a case, a unit read wrong makes it a thousandfold' },
  UNIT_CONFLICT: { exit: 1, advisory: true, hint: 'remove --money-unit (or moneyUnit in the config) if the file is right' },
  MEASURE_NOT_GIVEN: { exit: 1, advisory: true, hint: 'give every office the measure (its tiền file beside its việc file, or the columns in its file); the sums of the measures every office gives are complete' },
  OFFICE_NAME_VARIANTS: { exit: 1, advisory: true, hint: 'write an office\'s name alike on all its rows; if they are two offices, write each with its unit (huyện, thị xã, thành phố); if one row is a corrected copy of the other, delete the old one (both summed, that office counts twice in the total)' },
  OFFICE_WITHOUT_FIGURES: { exit: 1, advisory: true, hint: "if the office gave none, write 0 in its cells; if it has not reported, the total is without it: say so beside the total" },
  DUPLICATE_OFFICE: { exit: 1, advisory: true, hint: 'its rows are added together; check that this is intended' },
  HIDDEN_ROWS: { exit: 1, advisory: true, hint: 'hidden rows (by a filter or by hand) are read like the others, as Excel\'s SUM counts them: unhide them (Data → Clear filter) to check them, and delete the rows that are no part of the report' },
  HIDDEN_SHEET_LEFT_OUT: { exit: 1, hint: 'hidden sheets are not read: unhide the sheet (right-click a tab → Unhide) to read both halves of the pair, or pass --sheet with the sheet to read' },
  HIDDEN_COLUMN_IGNORED: { exit: 1, advisory: true, hint: 'a hidden column without a header, wherever it stands, is taken for a check or a lookup key of the sheet\'s own: unhide it (select the columns around it → Unhide) to see what it holds, and delete it if it is no part of the report' },
  CHECK_ROW_SKIPPED: { exit: 1, advisory: true, hint: 'a row labelled as a check ("Kiểm tra", "Đối chiếu") is no office: all its figures are 0, TRUE or empty (the check passed), so it is left out; delete it from the export to silence this' },
  TOTAL_ACROSS_YEARS_UNCHECKED: { exit: 1, advisory: true, hint: 'the total adds up the rows of every year of the file, and --year keeps one: read the file with --by year to have it checked (the years\' rows are then summed apart)' },
  YEAR_UNKNOWN: { exit: 1, advisory: true, hint: 'pass --year N, add a year column, or put the year in the file name (2019.csv)' },
  TOTAL_MISMATCH: { exit: 1, hint: codeHint('TOTAL_MISMATCH') },
  TO_EXECUTE_MISMATCH: { exit: 1, hint: codeHint('TO_EXECUTE_MISMATCH') },
  CONDITIONS_SPLIT_MISMATCH: { exit: 1, hint: codeHint('CONDITIONS_SPLIT_MISMATCH') },
  BREAKDOWN_EXCEEDS_WITH_CONDITIONS: { exit: 1, hint: codeHint('BREAKDOWN_EXCEEDS_WITH_CONDITIONS') },
  RESOLVED_MISMATCH: { exit: 1, hint: codeHint('RESOLVED_MISMATCH') },
  CARRIED_FORWARD_MISMATCH: { exit: 1, hint: codeHint('CARRIED_FORWARD_MISMATCH') },
  COMPLETED_EXCEEDS_RESOLVED: { exit: 1, hint: codeHint('COMPLETED_EXCEEDS_RESOLVED') },
  RESOLVED_EXCEEDS_WITH_CONDITIONS: { exit: 1, hint: codeHint('RESOLVED_EXCEEDS_WITH_CONDITIONS') },
  WITH_CONDITIONS_EXCEEDS_TO_EXECUTE: { exit: 1, hint: codeHint('WITH_CONDITIONS_EXCEEDS_TO_EXECUTE') },
  TO_EXECUTE_EXCEEDS_TOTAL: { exit: 1, hint: codeHint('TO_EXECUTE_EXCEEDS_TOTAL') },
  WITH_CONDITIONS_EXCEEDS_TOTAL: { exit: 1, hint: codeHint('WITH_CONDITIONS_EXCEEDS_TOTAL') },
  OFFICE_SUBTOTAL_MISMATCH: { exit: 1, hint: "if the row is the office's total over its enforcers, correct it (or delete it: thads adds the enforcers' rows); if it holds cases of no enforcer, name them in the enforcer column (e.g. \"Chưa phân công\")" },
  SUBTOTAL_OF_ONE_ROW: { exit: 1, hint: 'if the row is an office, rename it so its name does not begin with "Cộng" (e.g. "Chi cục THADS huyện Cộng Hòa"); if it is a subtotal, mark its section with a title row above the office it covers ("I. Khối Cục"); a "Tổng cộng" row over the file also tells the two readings apart' },
  TOTAL_BREAKDOWN_BELOW: { exit: 1, hint: 'rows right under a total that add up to it exactly are its breakdown (by kind of case, by level: "Án dân sự", "Văn phòng Cục"), not offices, yet they are read as offices: delete them from the table (or put them in a sheet of their own) to sum the offices above the total' },
  DECLARED_TOTAL_MISMATCH: { exit: 1, graded: true, hint: 'the total row does not equal the sum of the office rows; one of them is wrong (summarize refuses it; --accept-total-mismatch prints the sum of the office rows anyway)' },
  PROVINCE_UNDECIDED: { exit: 1, advisory: true, hint: 'name the file after its province (gia-lai-viec-2025.csv) or give it a province column (Tỉnh): the groups by province depend on it, and so does telling its offices from the other files\' offices: check that none of them is another file\'s office written another way (by initials two offices share, without diacritics), which the total would count twice' },
  PROVINCE_ROLLED_UP: { exit: 1, advisory: true, hint: 'a report of 2025 or later counts by the 34 provinces; write the province as it has been named since 1/7/2025, or, for a report of a period before that day, state the period in the title' },
  PROVINCE_UNKNOWN: { exit: 1, advisory: true, hint: 'a report of 2025 or later counts by the 34 provinces; write the province as the table of Nghị quyết 202/2025/QH15 names it (or a province of the 63, marked "(cũ)", to have it rolled up into its successor)' },
  ONE_YEAR_ONLY: { exit: 1, advisory: true, hint: 'the office is compared with nothing; check its name in both years' },
  REGIME_CHANGED: { exit: 1, advisory: true, hint: 'the figures are kept as the reports give them (official reports compare them too): say beside the change that "có điều kiện" counted hoãn and tạm đình chỉ up to 2019 (the earlier report\'s Hoãn, Tạm đình chỉ columns give how many)' },
  PREVIOUS_YEAR_GAP: { exit: 1, advisory: true, hint: "the change is against the year the --previous files state (\"so với năm 2017\" in a 2019 report), not last year: pass last year's files with --previous to compare with last year" },
  EXCEL_DIGITS_LOST: { exit: 1, advisory: true, hint: "Excel keeps 15 significant digits of a number and drops the rest when it opens the file: write the workbook instead (--format xlsx, which rounds such figures to 15 and says so under its table), or keep the figures exact outside Excel (the CSV without --excel, or JSON)" },
  PERIODS_DIFFER: { exit: 1, advisory: true, hint: "compare a report with last year's report of the same period (cùng kỳ)" },
  TARGET_AMBIGUOUS: { exit: 2, hint: 'every province has its own "Phòng THADS khu vực 2" (and many share a district name): give the target under its province, "provinces": { "<province>": { "districts": { "<office>": { … } } } }' },
  TARGET_UNDECIDED: { exit: 1, hint: 'pass --province "Ninh Bình" if the file\'s offices are its, put the province in the file\'s name ("Ninh Bình - Phòng THADS khu vực 3 - 2026.csv") or give the file a province column (Tỉnh); --target-cases / --target-money judge every group against one target' },
  MERGED_OFFICE_AMBIGUOUS: { exit: 2, hint: 'name the older office with its province, "Province / Office" ("An Giang / Châu Thành"), where former provinces now one had offices of that name' },
  TARGET_BELOW_ONE_PERCENT: { exit: 1, advisory: true, hint: 'targets are percents: 74 % is written 74 (or "74"), never 0.74, the value of an Excel cell formatted as a percent' },
  TARGET_UNMATCHED: { exit: 1, advisory: true, hint: 'a config target applies only to a province or office of the input; check its name against the input' },
  BELOW_TARGET: { exit: 3, hint: 'rate = resolved ÷ with conditions; `thads targets` shows which target applies and where it comes from' },
  // a bug in thads: exit 70
  INTERNAL_ERROR: { exit: 70, hint: 'this is a bug in thads; please report it with the command and the input that caused it (THADS_DEBUG=1 prints the stack)' },
} as const satisfies Record<string, CodeInfo>;

export type Code = keyof typeof CODES;

export interface Location {
  readonly file: string;
  /** a workbook's sheet: then line is the sheet's row number and column its column (1 = A) */
  readonly sheet?: string;
  readonly line?: number;
  readonly column?: number;
}

export interface Finding {
  readonly severity: Severity;
  readonly code: Code;
  readonly message: string;
  readonly location?: Location;
  readonly hint?: string;
  /**
   * Its words in a run that sums nothing (refused: an error in the input, or --strict), for a
   * warning that says what the sum does with the rows ("which are added together"): untrue there.
   */
  readonly unsummed?: { readonly message: string; readonly hint: string };
  /** Its words in `thads check`, which validates and adds nothing: what summarize does with the rows. */
  readonly checked?: { readonly message: string; readonly hint: string };
}

/** A fatal, expected error: printed as one located message, never as a stack trace. */
export class ThadsError extends Error {
  readonly code: Code;
  readonly location: Location | undefined;
  readonly hint: string | undefined;

  constructor(code: Code, message: string, location?: Location, hint?: string) {
    super(boundMessage(message));
    this.name = 'ThadsError';
    this.code = code;
    this.location = location;
    // A hint may quote the file too (a header to map): bounded like the message.
    this.hint = hint !== undefined ? boundMessage(hint) : defaultHint(code);
  }

  get exitCode(): ExitCode {
    return CODES[this.code].exit;
  }

  toFinding(): Finding {
    return { severity: 'error', code: this.code, message: this.message, location: this.location, hint: this.hint };
  }
}

export function defaultHint(code: Code): string | undefined {
  const info: CodeInfo = CODES[code];
  return info.hint;
}

export function isAdvisory(code: Code): boolean {
  const info: CodeInfo = CODES[code];
  return info.advisory === true;
}

export function isGraded(code: Code): boolean {
  const info: CodeInfo = CODES[code];
  return info.graded === true;
}

export function finding(severity: Severity, code: Code, message: string, location?: Location, hint?: string): Finding {
  return { severity, code, message: boundMessage(message), location, hint: hint !== undefined ? boundMessage(hint) : defaultHint(code) };
}

/**
 * Whether summarize sums nothing for an input with these findings: an error in it (a target
 * missed is the result's, not the input's), or under --strict any warning. check words its
 * findings and picks its exit code by the same test, so the two never disagree.
 */
export function refusesToSum(findings: readonly Finding[], strict: boolean): boolean {
  return findings.some((f) => (f.severity === 'error' && f.code !== 'BELOW_TARGET') || (strict && f.severity === 'warning'));
}

/** A finding as a refused run prints it: its `unsummed` words, where it has them. */
export function asUnsummed(f: Finding): Finding {
  if (!f.unsummed) return f;
  const { unsummed, ...rest } = f;
  return { ...rest, message: boundMessage(unsummed.message), hint: boundMessage(unsummed.hint) };
}

/** A finding as `thads check` prints it: its `checked` words, where it has them. */
export function asChecked(f: Finding): Finding {
  if (!f.checked) return f;
  const { checked, ...rest } = f;
  return { ...rest, message: boundMessage(checked.message), hint: boundMessage(checked.hint) };
}

/** The input file "-" is standard input. */
export const STDIN = '-';

/** 1 → A, 26 → Z, 27 → AA: a spreadsheet's column letters. */
export function columnLetters(column: number): string {
  let text = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) text = String.fromCharCode(65 + ((n - 1) % 26)) + text;
  return text;
}

/** `Biểu 07!C14` (a cell), `Biểu 07!14:14` (a row, as Excel writes one), `Biểu 07` (the sheet). */
export function sheetReference(location: Location & { readonly sheet: string }): string {
  if (location.line === undefined) return location.sheet;
  return `${location.sheet}!${location.column !== undefined ? `${columnLetters(location.column)}${location.line}` : `${location.line}:${location.line}`}`;
}

/** `FILE:LINE:COL`, or `FILE:SHEET!C14` in a workbook. */
export function formatLocation(location: Location | undefined): string {
  if (!location) return '';
  if (location.sheet !== undefined) return `${location.file}:${sheetReference({ ...location, sheet: location.sheet })}`;
  let text = location.file === STDIN ? '<stdin>' : location.file;
  if (location.line !== undefined) text += `:${location.line}`;
  if (location.line !== undefined && location.column !== undefined) text += `:${location.column}`;
  return text;
}

/**
 * `FILE:LINE:COL: error: message [CODE]` plus an indented hint line (SPEC §6). Controls from the
 * data (an office name holding ESC sequences, a cell with a line break) are shown as escapes, so
 * a message is one line and cannot drive the terminal.
 */
export function formatFinding(f: Finding): string {
  const where = escapeControls(formatLocation(f.location));
  const head = `${where ? `${where}: ` : 'thads: '}${f.severity}: ${escapeControls(f.message)} [${f.code}]`;
  return f.hint ? `${head}\n  hint: ${escapeControls(f.hint)}` : head;
}

/**
 * Appends lists to an array one item at a time: `into.push(...list)` passes every item as a call
 * argument and overflows the stack at ~120,000 (a file with 150,000 bad rows).
 */
export function pushAll<T>(into: T[], ...lists: readonly (readonly T[])[]): T[] {
  for (const list of lists) for (const item of list) into.push(item);
  return into;
}

/** Findings of one code in one file shown before the rest are counted in one line. */
export const SHOWN_PER_CODE = 100;

/**
 * Repeats collapsed for people: after SHOWN_PER_CODE findings of one code in one file, one line
 * "… and 124,000 more RESOLVED_MISMATCH findings in this file" stands for the rest (in order,
 * where the first of them would have been).
 */
export function collapseRepeats(findings: readonly Finding[], shown = SHOWN_PER_CODE): Finding[] {
  const seen = new Map<string, number>();
  for (const f of findings) {
    const key = `${f.location?.file ?? ''}\u0000${f.code}\u0000${f.severity}`;
    seen.set(key, (seen.get(key) ?? 0) + 1);
  }
  const out: Finding[] = [];
  const count = new Map<string, number>();
  for (const f of findings) {
    const key = `${f.location?.file ?? ''}\u0000${f.code}\u0000${f.severity}`;
    const n = (count.get(key) ?? 0) + 1;
    count.set(key, n);
    const total = seen.get(key)!;
    if (n <= shown || total === shown + 1) out.push(f);
    else if (n === shown + 1) {
      const more = total - shown;
      out.push({ severity: f.severity, code: f.code, message: `… and ${more.toLocaleString('en-US')} more ${f.code} ${f.severity}s like these`, ...(f.location ? { location: { file: f.location.file } } : {}) });
    }
  }
  return out;
}
