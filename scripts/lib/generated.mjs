// One way for the scripts that keep a generated part of a file in step with the code
// (README's tables, the schema's alias list): print it, --write it, or --check it (exit 1 when
// the file is out of date, naming the command that fixes it).
import { readFileSync, writeFileSync } from 'node:fs';

/**
 * `update(text)` returns the file's text with its generated part renewed; `print()` what the
 * script prints without a flag; `what` names the part in the out-of-date message.
 */
export function keepGenerated({ file, label, what, script, update, print }) {
  const mode = process.argv[2];
  if (mode !== '--write' && mode !== '--check') {
    process.stdout.write(`${print()}\n`);
    return;
  }
  const text = readFileSync(file, 'utf8');
  const updated = update(text);
  if (mode === '--write') writeFileSync(file, updated);
  else if (updated !== text) {
    process.stderr.write(`${label}: ${what} is out of date; run \`npm run build && node ${script} --write\`\n`);
    process.exitCode = 1;
  }
}

/** The text between START and END markers replaced by `body`. */
export function betweenMarkers(text, start, end, body) {
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < from) throw new Error(`no ${start} … ${end} markers`);
  return `${text.slice(0, from + start.length)}\n${body}\n${text.slice(to)}`;
}
