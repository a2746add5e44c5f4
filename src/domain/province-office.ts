// The province's own office: the row a province's report gives the provincial level's own cases
// under, above its district offices. Every Cục labelled it alike ("Cấp tỉnh", "Văn phòng Cục"),
// so across the merger of 1/7/2025 one label names the office of each former province: the new
// Ninh Bình's "Cấp tỉnh" took over the cases of the three former Cục, and is last year's only as
// their sum (--previous, merger.ts planProvincialOffices).
import { foldHeader, remembered } from './names.js';
import { AGENCY_NAME } from './agency-words.js';

/**
 * Folded labels: "Cấp tỉnh", "Cấp Cục", "Văn phòng Cục (THADS tỉnh X)", "VP Cục", "Cơ quan Cục",
 * "Văn phòng (THADS tỉnh X)" (the 2025 name), with its province or without it, as the provincial
 * THADS writes its own row under its title ("Văn phòng THADS tỉnh", "Văn phòng Thi hành án dân sự
 * thành phố", "VP THADS tỉnh", "Văn phòng tỉnh": work98a 01, a table of it and the Phòng khu vực
 * was taken for the Chi cục alone; work98c 04, "Trong đó: Văn phòng THADS tỉnh" under a 2026
 * total found no row of its level), "Provincial level/office", "Department office". Not "Cục
 * THADS tỉnh X": such a row stands for its province (row-labels.ts provinceStoodFor). Not "Văn
 * phòng THADS thành phố X": a city's name may be a district office's.
 */
const PROVINCIAL_OFFICE =
  new RegExp(String.raw`^(?:cap (?:tinh|cuc)|(?:van phong|vp|co quan) cuc(?: .*)?|(?:van phong|vp)(?: ${AGENCY_NAME})? (?:tinh(?: .*)?|thanh pho|tp)|provincial (?:level|office|department(?: office)?)|department office)$`);
/** "Văn phòng" alone, as written: folded it would be "Vân Phong" too, a place's name. */
const OFFICE_ALONE = /^\s*(?:văn phòng|van phong)\s*$/u;

/** Whether an office cell names the province's own office (asked of each office's name several times a run: remembered). */
export const isProvincialOffice = remembered((district: string): boolean => PROVINCIAL_OFFICE.test(foldHeader(district)) || OFFICE_ALONE.test(district.normalize('NFC').toLocaleLowerCase('vi')));
