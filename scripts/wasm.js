// Assembles src/io/staffing-fast.wat (the staffing reader's fast path, WebAssembly text) into
// src/io/staffing-fast-wasm.ts, the module's bytes in base64: the bundles and the tests then take it as any module.
// `node scripts/wasm.js` writes it; `node scripts/wasm.js --check` exits 1 when the committed file is not what the
// text assembles to (a test runs it). wabt is a development dependency: nothing of it runs when kzpay does.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import wabt from 'wabt';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const WAT = `${ROOT}src/io/staffing-fast.wat`;
const OUT = `${ROOT}src/io/staffing-fast-wasm.ts`;

/** The TypeScript module that holds the assembled bytes of staffing-fast.wat. */
export async function assembled() {
  const tools = await wabt();
  const module = tools.parseWat('staffing-fast.wat', readFileSync(WAT, 'utf8'), { simd: true, bulk_memory: true });
  module.validate();
  const { buffer } = module.toBinary({});
  module.destroy();
  const base64 = Buffer.from(buffer).toString('base64');
  const lines = base64.match(/.{1,112}/g).map((line) => `  '${line}' +`);
  lines[lines.length - 1] = lines[lines.length - 1].slice(0, -2);
  return (
    "// Made by scripts/wasm.js from staffing-fast.wat: do not edit. The staffing reader's fast path, assembled.\n" +
    'export const STAFFING_FAST_WASM =\n' +
    `${lines.join('\n')};\n`
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const text = await assembled();
  if (process.argv.includes('--check')) {
    if (readFileSync(OUT, 'utf8') !== text) {
      process.stderr.write(
        'src/io/staffing-fast-wasm.ts is not what staffing-fast.wat assembles to: run node scripts/wasm.js\n',
      );
      process.exitCode = 1;
    }
  } else writeFileSync(OUT, text);
}
