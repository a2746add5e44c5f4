// Hà Nội's report by office with the former Hà Tây's offices under a third section, as the
// round-53a reproducer wrote it: earlier-merger-sections and section-year-labels read it.

/** Hà Nội's report of `year`, its third section's title `section`, with `figures` on that row. */
export function haNoiReport(year: number, section: string, figures = ','): string[] {
  return [
    'CỤC THADS THÀNH PHỐ HÀ NỘI',
    `BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ VỀ VIỆC NĂM ${year}`,
    'STT,Đơn vị,Có điều kiện,Giải quyết xong',
    'I,Văn phòng Cục,100,90',
    'II,Các quận nội thành,,',
    '1,Chi cục THADS quận Ba Đình,200,150',
    '2,Chi cục THADS quận Hoàn Kiếm,100,80',
    `III,${section},${figures}`,
    '1,Chi cục THADS quận Hà Đông,300,240',
    '2,Chi cục THADS huyện Ba Vì,50,40',
    ',Tổng cộng,750,600',
  ];
}

/**
 * Its five offices and total as `columns` of thads' CSV give them, '|'-joined — by hand: 200/150
 * = 75.00, 100/80 = 80.00, 300/240 = 80.00, 50/40 = 80.00, 100/90 = 90.00; 100+200+100+300+50 =
 * 750, 90+150+80+240+40 = 600, 600/750 = 80.00. `year`: the year column's cell, or none.
 */
export function haNoiFive(year?: number): string[] {
  const y = year === undefined ? '' : `|${year}`;
  return [
    `Hà Nội|Chi cục THADS quận Ba Đình${y}|200|150|75.00`, `Hà Nội|Chi cục THADS quận Hoàn Kiếm${y}|100|80|80.00`,
    `Hà Nội|Chi cục THADS quận Hà Đông${y}|300|240|80.00`, `Hà Nội|Chi cục THADS huyện Ba Vì${y}|50|40|80.00`,
    `Hà Nội|Văn phòng Cục${y}|100|90|90.00`, `|TOTAL${y}|750|600|80.00`,
  ];
}
