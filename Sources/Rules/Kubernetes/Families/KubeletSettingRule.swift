import InfragateParsers

/// One CIS Kubernetes Benchmark check (section 4.2) of a `KubeletConfiguration` file. Each instance
/// says what is wrong with the configuration it reads, or nil.
struct KubeletSettingRule: Rule {
    /// What is wrong, and the line to point at.
    struct Problem {
        let message: String
        let line: Int
    }

    let description: RuleDescription
    let problem: @Sendable (KubeletConfiguration) -> Problem?

    func check(_ object: KubernetesObject) -> [Violation] {
        guard let configuration = KubeletConfiguration(object), let problem = problem(configuration) else { return [] }
        return [Violation(line: problem.line, message: "`KubeletConfiguration` \(problem.message).",
                          identity: "\(object.identity)|\(description.id)")]
    }

    /// `problem` for a boolean that must not be `unsafeValue`; `unsafeByDefault` when leaving it out gives that value.
    /// Only a YAML boolean counts: the kubelet refuses to start on a quoted `"false"`, so nothing is deployed.
    static func forbids(_ path: String, _ unsafeValue: Bool, unsafeByDefault: Bool) -> @Sendable (KubeletConfiguration) -> Problem? {
        { configuration in
            guard let entry = configuration.entry(path) else {
                guard unsafeByDefault else { return nil }
                return Problem(message: "leaves `\(path)` out, so it is `\(unsafeValue)`; set it to `\(!unsafeValue)`",
                               line: configuration.lineForAbsent(path))
            }
            guard entry.value.bool == unsafeValue else { return nil }
            return Problem(message: "sets `\(path): \(unsafeValue)`", line: entry.keyLine)
        }
    }
}
