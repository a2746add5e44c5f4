import { transformSync } from 'esbuild';
import { readFileSync, writeFileSync } from 'node:fs';
const [, , src, dst, mode] = process.argv;
const opts = mode === 'ws' ? { minifyWhitespace: true } : mode === 'wss' ? { minifyWhitespace: true, minifySyntax: true } : { minify: true, keepNames: mode === 'keep' };
const r = transformSync(readFileSync(src, 'utf8'), { loader: 'js', format: 'cjs', platform: 'node', target: 'node20', charset: 'ascii', ...opts });
writeFileSync(dst, r.code);
