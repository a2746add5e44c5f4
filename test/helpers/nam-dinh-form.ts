// The lines of Nam Định's year-end form the period suites write their reports with (by-year-period,
// by-year-unlike-periods): its header, the Cục's line over the title, the unit line.
export const NAM_DINH_HEAD = 'STT,Đơn vị,Việc có điều kiện,Việc giải quyết xong,Tiền có điều kiện,Tiền giải quyết xong,Ghi chú';
export const NAM_DINH_TOP = ['CỤC THI HÀNH ÁN DÂN SỰ TỈNH NAM ĐỊNH,,,,,,'] as const;
export const NAM_DINH_UNIT = 'Đơn vị tính: Việc; nghìn đồng,,,,,,';
