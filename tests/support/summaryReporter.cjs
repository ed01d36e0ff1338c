// At the end of a run: the slowest test files (where the suite's time goes), then one plain closing line
// ("jest: N passed, N failed, N skipped") that CI tooling can read.
const SLOWEST = 8;

class SummaryReporter {
  onRunComplete(_contexts, results) {
    const files = results.testResults
      .map((r) => ({ file: r.testFilePath, ms: r.perfStats.end - r.perfStats.start, tests: r.testResults.length }))
      .filter((f) => Number.isFinite(f.ms))
      .sort((a, b) => b.ms - a.ms);
    const total = files.reduce((sum, f) => sum + f.ms, 0);
    const lines = files.slice(0, SLOWEST).map((f) => {
      const name = f.file.startsWith(process.cwd()) ? f.file.slice(process.cwd().length + 1) : f.file;
      return `  ${(f.ms / 1000).toFixed(1).padStart(6)} s  ${name} (${f.tests} tests)`;
    });
    const skipped = results.numPendingTests + results.numTodoTests;
    process.stdout.write(
      (files.length > 1
        ? `\nslowest test files (of ${files.length}, ${(total / 1000).toFixed(0)} s in all):\n${lines.join("\n")}\n`
        : "") +
        `\njest: ${results.numPassedTests} passed, ${results.numFailedTests} failed${skipped ? `, ${skipped} skipped` : ""}\n`,
    );
  }
}
module.exports = SummaryReporter;
