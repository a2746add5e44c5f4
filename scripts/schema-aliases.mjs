#!/usr/bin/env node
// The list of names a config alias may map onto, in thads.schema.json, generated from the field
// table (src/domain/fields.ts canonicalNames, through dist/, so run `npm run build` first): an
// alias to `cases_reduced` (reduced is money only) or to a field thads does not know is refused
// by the schema, in editors as well as in thads.
//   node scripts/schema-aliases.mjs           print the list
//   node scripts/schema-aliases.mjs --write   put it into thads.schema.json
//   node scripts/schema-aliases.mjs --check   exit 1 when thads.schema.json's list is out of date
import { keepGenerated } from './lib/generated.mjs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { canonicalNames } from '../dist/domain/fields.js';

const SCHEMA = join(dirname(fileURLToPath(import.meta.url)), '..', 'thads.schema.json');
// The one line of the schema that holds the list, inside "aliases" (the rest of the file is
// written by hand and keeps its layout).
const LINE = /^(\s*)"additionalProperties": \{ "type": "string", "(?:pattern|enum)": .*\}$/m;

function aliasLine(indent) {
  return `${indent}"additionalProperties": { "type": "string", "enum": ${JSON.stringify(canonicalNames()).replace(/,/g, ', ')} }`;
}

function withList(text) {
  const at = text.indexOf('"aliases": {');
  if (at < 0) throw new Error('thads.schema.json has no "aliases" property');
  const rest = text.slice(at);
  const m = LINE.exec(rest);
  if (!m) throw new Error('thads.schema.json: "aliases" has no one-line additionalProperties');
  const updated = `${text.slice(0, at)}${rest.slice(0, m.index)}${aliasLine(m[1])}${rest.slice(m.index + m[0].length)}`;
  JSON.parse(updated);
  return updated;
}

keepGenerated({
  file: SCHEMA,
  label: 'thads.schema.json',
  what: 'the list of alias names',
  script: 'scripts/schema-aliases.mjs',
  update: withList,
  print: () => canonicalNames().join('\n'),
});
