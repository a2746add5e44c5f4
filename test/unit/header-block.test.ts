// flattenHeaderBlock: a form's header of three rows or more → one header row and one group row,
// as readHeader reads a two-row header. Expected rows written out by hand from the spans.
import { describe, expect, it } from 'vitest';
import { flattenHeaderBlock } from '../../src/input/header-block.js';

const rows = (...lines: string[]) => lines.map((l) => l.split('|'));

describe('flattenHeaderBlock', () => {
  it('the five-row form: each column its deepest label, under the nearest label that is no connector', () => {
    const flat = flattenHeaderBlock(
      rows(
        'STT|Đơn vị|Tổng số thụ lý|||Ủy thác|Thu hồi|Tổng số phải thi hành|||||||||Chuyển kỳ sau',
        '||Tổng số|Chia ra||||Tổng số|Chia ra||||||||',
        '|||Năm trước chuyển sang|Thụ lý mới||||Có điều kiện thi hành|||||||Chưa có điều kiện|',
        '||||||||Tổng số|Chia ra|||||||',
        '|||||||||Thi hành xong|Đình chỉ|Đang thi hành|Hoãn|Tạm đình chỉ|Trường hợp khác||',
      ),
    );
    expect(flat.header).toEqual([
      'STT', 'Đơn vị', 'Tổng số', 'Năm trước chuyển sang', 'Thụ lý mới', 'Ủy thác', 'Thu hồi', 'Tổng số', 'Tổng số',
      'Thi hành xong', 'Đình chỉ', 'Đang thi hành', 'Hoãn', 'Tạm đình chỉ', 'Trường hợp khác', 'Chưa có điều kiện', 'Chuyển kỳ sau',
    ]);
    // a group at the first column of its run, as a merged cell; a column under none keeps its own label
    expect(flat.group).toEqual([
      'STT', 'Đơn vị', 'Tổng số thụ lý', '', '', 'Ủy thác', 'Thu hồi', 'Tổng số phải thi hành', 'Có điều kiện thi hành',
      '', '', '', '', '', '', 'Tổng số phải thi hành', 'Chuyển kỳ sau',
    ]);
  });

  it('"Trong đó:" is as transparent as "Chia ra"', () => {
    const flat = flattenHeaderBlock(rows('Có điều kiện thi hành||', 'Tổng số|Trong đó:|', '|Thi hành xong|Đình chỉ'));
    expect(flat).toEqual({ header: ['Tổng số', 'Thi hành xong', 'Đình chỉ'], group: ['Có điều kiện thi hành', '', ''] });
  });

  it('a label spans no further than the label over it: "Chuyển kỳ sau" next to a group does not reach under it', () => {
    const flat = flattenHeaderBlock(rows('Có điều kiện||Chuyển kỳ sau', 'Tổng số|Chia ra|', '|Thi hành xong|'));
    expect(flat).toEqual({ header: ['Tổng số', 'Thi hành xong', 'Chuyển kỳ sau'], group: ['Có điều kiện', '', 'Chuyển kỳ sau'] });
  });

  it('a column left under a group whose sub-columns begin right of it has no label: the group is in the group row over it', () => {
    const flat = flattenHeaderBlock(rows('Có điều kiện|Giải quyết xong||Chưa có điều kiện', '||Chia ra|', '||Thi hành xong|Đình chỉ'));
    // "Đình chỉ" sits under "Chưa có điều kiện" (its span), "Thi hành xong" under "Giải quyết xong"
    expect(flat).toEqual({ header: ['Có điều kiện', '', 'Thi hành xong', 'Đình chỉ'], group: ['Có điều kiện', 'Giải quyết xong', '', 'Chưa có điều kiện'] });
  });

  it('columns empty all the way down stay empty (an identity merged down from a row above the block)', () => {
    const flat = flattenHeaderBlock(rows('||Có điều kiện||', '||Tổng số|Chia ra|', '|||Thi hành xong|Đình chỉ'));
    expect(flat).toEqual({ header: ['', '', 'Tổng số', 'Thi hành xong', 'Đình chỉ'], group: ['', '', 'Có điều kiện', '', ''] });
  });
});
