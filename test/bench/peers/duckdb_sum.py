# DuckDB from Python, as many of its users run it: the same query, schema and dialect as
# duckdb-sum.mjs (2 threads, no sniffing, counts BIGINT, money DECIMAL(18,3) summed exactly,
# sums printed as text). Python's package starts faster than Node's, so the bench times both
# and holds thads against the faster (RESULTS.md).
#   python3 test/bench/peers/duckdb_sum.py FILE plain|real-export   → JSON rows on stdout
import json
import sys

import duckdb

FIELDS = ['carried_over', 'new', 'with_conditions', 'without_conditions', 'completed', 'terminated', 'resolved']
file, shape = sys.argv[1], (sys.argv[2] if len(sys.argv) > 2 else 'plain')


def quote(s):
    return "'" + s.replace("'", "''") + "'"


def struct(pairs):
    return '{' + ', '.join(f'{quote(name)}: {quote(kind)}' for name, kind in pairs) + '}'


cases = [f'cases_{f}' for f in FIELDS]
money = [f'money_{f}' for f in FIELDS]
figures = [(c, 'BIGINT') for c in cases] + [(c, 'DECIMAL(18,3)') for c in money]
dialect = "auto_detect = false, quote = '\"', escape = '\"'"
identity = [('year', 'INTEGER'), ('province', 'VARCHAR'), ('district', 'VARCHAR')]
SOURCES = {
    'plain': f"read_csv({quote(file)}, {dialect}, header = true, delim = ',', new_line = '\\n', columns = {struct(identity + figures)})",
    'real-export': f"read_csv({quote(file)}, {dialect}, header = false, skip = 5, delim = ';', new_line = '\\r\\n', "
    f"decimal_separator = ',', thousands = '.', columns = {struct([('stt', 'VARCHAR')] + identity + figures)})",
}
scale = ' * 1000' if shape == 'real-export' else ''
sums = [f'sum({c})::VARCHAR AS {c}' for c in cases] + [f'(sum({c}){scale})::VARCHAR AS {c}' for c in money]
sql = f"SELECT year::VARCHAR AS year, province, district, {', '.join(sums)} FROM {SOURCES[shape]} GROUP BY ALL"

connection = duckdb.connect(':memory:', config={'threads': 2})
result = connection.execute(sql)
columns = [d[0] for d in result.description]
sys.stdout.write(json.dumps([dict(zip(columns, row)) for row in result.fetchall()], ensure_ascii=False))
