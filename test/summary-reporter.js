// Ends every jest run with one plain line, "jest: N passed, N failed, N skipped", that CI
// tooling can read whatever the runner's own summary looks like.
class SummaryReporter {
	onRunComplete(_contexts, results) {
		const skipped = results.numPendingTests + results.numTodoTests;
		process.stdout.write(
			`jest: ${results.numPassedTests} passed, ${results.numFailedTests} failed, ${skipped} skipped\n`,
		);
	}
}

module.exports = SummaryReporter;
