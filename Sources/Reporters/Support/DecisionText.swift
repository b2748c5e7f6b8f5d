import InfragateEngine

extension Decision {
    /// `PASS` or `FAIL`.
    var verdict: String { passed ? "PASS" : "FAIL" }

    /// Which threshold decided, in words, e.g. "2 findings at or above fail_on (high)".
    var explanation: String {
        let failing = passed
            ? "nothing at or above fail_on (\(failOn.rawValue))"
            : "\(counted(failures, "finding")) at or above fail_on (\(failOn.rawValue))"
        guard warnings > 0 else { return failing }
        return failing + "; \(counted(warnings, "finding")) at or above warn_on (\(warnOn.rawValue))"
    }
}
