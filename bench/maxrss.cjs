// Preloaded into a measured process: prints its peak resident memory (KB) to stderr at exit.
process.on('exit', () => process.stderr.write(`\nMAXRSS_KB ${process.resourceUsage().maxRSS}\n`));
