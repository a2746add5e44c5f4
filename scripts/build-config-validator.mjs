// Build step: compiles thads.schema.json into a standalone validator (dist/config/config-validator.cjs),
// so a run with a config file neither loads nor runs Ajv's compiler (~50 ms of start-up).
// load.ts falls back to compiling at run time when this file is absent (tests run from src/).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import Ajv from 'ajv';
import standaloneCode from 'ajv/dist/standalone/index.js';

const schema = JSON.parse(readFileSync(new URL('../thads.schema.json', import.meta.url), 'utf8'));
const ajv = new Ajv.default({ allErrors: true, strict: false, code: { source: true, esm: false } });
const code = standaloneCode.default(ajv, ajv.compile(schema));
mkdirSync(new URL('../dist/config/', import.meta.url), { recursive: true });
writeFileSync(new URL('../dist/config/config-validator.cjs', import.meta.url), code);
