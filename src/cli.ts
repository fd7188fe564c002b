#!/usr/bin/env node
/** The `mcen-scan` command line (SPEC 2.1). */
import { main } from './cli/main.js';

process.exitCode = await main(process.argv.slice(2));
