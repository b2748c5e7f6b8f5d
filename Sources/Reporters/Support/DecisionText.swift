import InfragateEngine

extension Decision {
    /// `PASS` or `FAIL`, and in report mode what a failure does.
    var verdict: String { passed ? "PASS" : reportOnly ? "FAIL (mode: report, not enforced)" : "FAIL" }

    /// Which threshold decided, in words, e.g. "2 findings at or above fail_on (high)".
    var explanation: String {
        let failing = passed
            ? "nothing at or above fail_on (\(failOn.rawValue))"
            : "\(counted(failures, "finding")) at or above fail_on (\(failOn.rawValue))"
        let mode = reportOnly ? "; the policy's mode is report: findings are reported, the gate does not fail (exit 0)" : ""
        guard warnings > 0 else { return failing + mode }
        return failing + "; \(counted(warnings, "finding")) at or above warn_on (\(warnOn.rawValue))" + mode
    }
}
