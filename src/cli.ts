#!/usr/bin/env node
/** The `mcen-scan` command line (SPEC 2.1). */
import { main } from './cli/main.js';

void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
