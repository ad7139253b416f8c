// The loader hook behind trace-loads.js: appends each ES module it loads.
import {appendFileSync} from 'node:fs';

let traceFile;

export function initialize(data) {
  traceFile = data.traceFile;
}

export async function load(url, context, nextLoad) {
  appendFileSync(traceFile, `esm ${url}\n`);

  return nextLoad(url, context);
}
