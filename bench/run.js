// `npm run bench`: runs each benchmark case (not a test) and prints medians and ratios measured in the same run.
// Each case is a module in bench/ exporting `name` and `run()` (true when its targets are met).
const CASES = ['./fund.js'];

let allMet = true;
for (const path of CASES) {
  const c = await import(path);
  const met = await c.run();
  allMet &&= met;
  console.log('');
}
console.log(allMet ? 'all targets met' : 'some targets missed (see MISS above)');
