// `npm run bench`: every benchmark case, each against a baseline measured in the same run. Not a test: it prints.
import { benchStartup } from './startup.js';

const only = process.argv[2];
let ok = true;
if (!only || only === 'startup') ok = benchStartup() && ok;
process.exitCode = ok ? 0 : 1;
