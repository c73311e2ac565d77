import fc from 'fast-check';

// In CI the property tests draw the same cases every run, so a run is reproducible; on a developer's machine each run
// draws new ones (a failure prints its seed and counterexample).
if (process.env.CI) fc.configureGlobal({ seed: 20261127 });
