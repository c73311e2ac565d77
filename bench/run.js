// `npm run bench`: every benchmark case, each against a baseline measured in the same run. Not a test: it prints.
// `npm run bench -- fund` (or startup, shapes, tables, output, take-home) runs one case.
import { benchStartup } from './startup.js';
import { benchFund } from './fund.js';
import { benchFundShapes } from './fund-shapes.js';
import { benchTables } from './tables.js';
import { benchOutput } from './output.js';
import { benchTakeHome } from './take-home.js';

const only = process.argv[2];
let ok = true;
if (!only || only === 'startup') ok = benchStartup() && ok;
if (!only || only === 'fund') ok = benchFund() && ok;
if (!only || only === 'shapes') ok = benchFundShapes() && ok;
if (!only || only === 'tables') ok = benchTables() && ok;
if (!only || only === 'output') ok = benchOutput() && ok;
if (!only || only === 'take-home') ok = benchTakeHome() && ok;
process.exitCode = ok ? 0 : 1;
