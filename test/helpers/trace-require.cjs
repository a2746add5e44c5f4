// node --require this: prints each module request naming exceljs, jszip or yauzl to stderr, so a test
// can prove a CSV run never loads the workbook libraries (they cost start-up time).
'use strict';
const Module = require('node:module');
const load = Module._load;
Module._load = function traced(request, ...rest) {
  if (/exceljs|jszip|yauzl/.test(request)) process.stderr.write(`loaded ${request}\n`);
  return load.call(this, request, ...rest);
};
