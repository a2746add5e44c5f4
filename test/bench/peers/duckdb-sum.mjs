// DuckDB as its users would sum a THADS export, in its fastest exact setup (see ../RESULTS.md):
// 2 threads, an explicit schema and dialect (no sniffing), counts BIGINT, money DECIMAL(18,3)
// (an int64 with 3 decimals; sum() widens it to DECIMAL(38,3), exact), sums printed as text.
//   node test/bench/peers/duckdb-sum.mjs FILE plain|real-export   → JSON rows on stdout
// The real-export shape: 3 lines of title and unit, the header and the "Tổng cộng" row are
// skipped (the total exceeds DECIMAL(18,3), and a user who knows the form skips it, unchecked);
// Vietnamese numbers through decimal_separator/thousands; money ×1000 from nghìn đồng to đồng.
import { DuckDBInstance } from '@duckdb/node-api';

const FIELDS = ['carried_over', 'new', 'with_conditions', 'without_conditions', 'completed', 'terminated', 'resolved'];
const [file, shape = 'plain'] = process.argv.slice(2);
const quote = (s) => `'${s.replace(/'/g, "''")}'`;
const struct = (pairs) => `{${pairs.map(([name, type]) => `${quote(name)}: ${quote(type)}`).join(', ')}}`;

const cases = FIELDS.map((f) => `cases_${f}`);
const money = FIELDS.map((f) => `money_${f}`);
const figures = [...cases.map((c) => [c, 'BIGINT']), ...money.map((c) => [c, 'DECIMAL(18,3)'])];
const dialect = "auto_detect = false, quote = '\"', escape = '\"'";

const SOURCES = {
  plain: `read_csv(${quote(file)}, ${dialect}, header = true, delim = ',', new_line = '\\n',
    columns = ${struct([['year', 'INTEGER'], ['province', 'VARCHAR'], ['district', 'VARCHAR'], ...figures])})`,
  'real-export': `read_csv(${quote(file)}, ${dialect}, header = false, skip = 5, delim = ';', new_line = '\\r\\n',
    decimal_separator = ',', thousands = '.',
    columns = ${struct([['stt', 'VARCHAR'], ['year', 'INTEGER'], ['province', 'VARCHAR'], ['district', 'VARCHAR'], ...figures])})`,
};
const scale = shape === 'real-export' ? ' * 1000' : '';
const sums = [...cases.map((c) => `sum(${c})::VARCHAR AS ${c}`), ...money.map((c) => `(sum(${c})${scale})::VARCHAR AS ${c}`)];
const sql = `SELECT year::VARCHAR AS year, province, district, ${sums.join(', ')} FROM ${SOURCES[shape]} GROUP BY ALL`;

const db = await DuckDBInstance.create(':memory:', { threads: '2' });
const connection = await db.connect();
const reader = await connection.runAndReadAll(sql);
process.stdout.write(JSON.stringify(reader.getRowObjectsJson()));
