#!/usr/bin/env node
// The CLI entry: runs the compiled program (built by `npm install` through the `prepare` script).
import { main } from '../dist/cli/main.js';

process.exitCode = await main(process.argv.slice(2));
