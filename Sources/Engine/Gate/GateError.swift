/// Why the gate could not produce a verdict; each maps to a documented exit code.
public enum GateError: Error, CustomStringConvertible {
    /// Bad arguments or an invalid policy (exit 2).
    case usage(String)
    /// The gate cannot decide: unreadable repository, missing object, … (exit 3).
    case undecidable(String)

    public var description: String {
        switch self {
        case .usage(let message), .undecidable(let message): return message
        }
    }

    public var exitCode: Int32 {
        switch self {
        case .usage: return ExitStatus.usageOrPolicyError
        case .undecidable: return ExitStatus.undecidable
        }
    }
}

/// The exit codes, in one place for `--help`, README and tests.
public enum ExitStatus {
    public static let passed: Int32 = 0
    public static let policyFailed: Int32 = 1
    public static let usageOrPolicyError: Int32 = 2
    public static let undecidable: Int32 = 3
}
