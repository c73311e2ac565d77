// Loads kzpay's bundles (dist/*.cjs) as require does, with V8's code cache that the build made for them
// (dist/*.cjs.v8, scripts/code-cache.cjs): V8 then neither parses a bundle nor compiles the functions a run calls,
// which is most of what loading kzpay costs (docs/performance.md). A cache is used only when it was made from this
// very build of the bundle (its first line names the build id written at the end of the bundle) and V8 accepts it
// (the same Node and V8 flags); otherwise the bundle is compiled from its text, as require would.
const { readFileSync, writeFileSync } = require('node:fs');
const { createRequire, Module } = require('node:module');
const { dirname, join } = require('node:path');
const { Script } = require('node:vm');

/** The line that ends every bundle, with the build's id (scripts/bundle.js). */
const BUILD_MARK = '//kzpay-build:';

/** Every bundle loaded, with its compiled script and whether its code cache was used. */
const loaded = [];

/** The build id at the end of a bundle's text, or undefined. */
function buildId(source) {
  const at = source.lastIndexOf(BUILD_MARK);
  return at < 0 ? undefined : source.slice(at + BUILD_MARK.length).trim();
}

/** The code cache made for this build of a bundle, without its first line; undefined if none or another build's. */
function codeCache(file, id) {
  if (id === undefined) return undefined;
  let data;
  try {
    data = readFileSync(`${file}.v8`);
  } catch {
    return undefined;
  }
  const head = `${id}\n`;
  return data.toString('latin1', 0, head.length) === head ? data.subarray(head.length) : undefined;
}

/** A bundle's exports: loaded once, its own require sending `./NAME.cjs` (another bundle) here too. */
function loadBundle(file) {
  const known = require.cache[file];
  if (known) return known.exports;
  const source = readFileSync(file, 'utf8');
  const id = buildId(source);
  const cachedData = codeCache(file, id);
  const script = new Script(Module.wrap(source), { filename: file, cachedData });
  loaded.push({ file, id, script, cached: cachedData !== undefined && !script.cachedDataRejected });
  const dir = dirname(file);
  const bundle = new Module(file, module);
  bundle.filename = file;
  require.cache[file] = bundle;
  const own = createRequire(file);
  const bundleRequire = (request) =>
    request.startsWith('./') && request.endsWith('.cjs') ? loadBundle(join(dir, request)) : own(request);
  script.runInThisContext()(bundle.exports, bundleRequire, bundle, file, dir);
  bundle.loaded = true;
  return bundle.exports;
}

/** Writes the code cache of every bundle loaded so far (what their runs compiled), for the build. */
function writeCodeCaches() {
  for (const { file, id, script } of loaded) {
    if (id !== undefined)
      writeFileSync(`${file}.v8`, Buffer.concat([Buffer.from(`${id}\n`, 'latin1'), script.createCachedData()]));
  }
}

/** For the tests: each bundle loaded and whether its code cache was used. */
function bundlesLoaded() {
  return loaded.map(({ file, cached }) => ({ file, cached }));
}

module.exports = { loadBundle, writeCodeCaches, bundlesLoaded };
