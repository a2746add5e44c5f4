// Two Nam Định offices of 2019 with money in a unit the test states (a unit line, a note, a cell),
// and the TOTAL's money figures each unit gives — by hand, for the unit-reading suites.
export const TITLE = ['CỤC THI HÀNH ÁN DÂN SỰ TỈNH NAM ĐỊNH;;;;;', 'KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2019;;;;;'];
export const HEADER = 'STT;Đơn vị;Việc có điều kiện;Việc giải quyết xong;Tiền có điều kiện;Tiền giải quyết xong';
export const ROWS = ['1;Mỹ Lộc;586;533;9.565.824;7.828.290', '2;Vụ Bản;655;630;16.389.337;14.164.361', 'Tổng cộng;;1.241;1.163;25.955.161;21.992.651'];

// By hand: with conditions 9.565.824 + 16.389.337 = 25.955.161; resolved 7.828.290 + 14.164.361 =
// 21.992.651; rate 21.992.651 / 25.955.161 = 0,847332… → 84,73 %.
export const IN_DONG = ['25955161', '21992651', '84.73'];
// × 1.000: 25.955.161.000 / 21.992.651.000
export const IN_THOUSAND = ['25955161000', '21992651000', '84.73'];
// × 1.000.000: 25.955.161.000.000 / 21.992.651.000.000
export const IN_MILLION = ['25955161000000', '21992651000000', '84.73'];

/** A line of the first cell, quoted when it holds the delimiter or a comma. */
export const cell = (text: string, width = 6): string => `${/[;,"]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text}${';'.repeat(width - 1)}`;
