// Preloaded (`node --import`) where /usr/bin/time is missing: prints the process's own peak RSS, in KB, on exit.
process.on('exit', () => process.stderr.write(`\n${process.resourceUsage().maxRSS}\n`));
