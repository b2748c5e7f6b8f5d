import InfragateParsers

/// One CIS Kubernetes Benchmark check (section 4.2) of a kubelet setting, judged in a
/// `KubeletConfiguration` file and in the flag that overrides it in a kubeadm
/// `nodeRegistration.kubeletExtraArgs`. Each instance says what is wrong, or nil.
struct KubeletSettingRule: Rule {
    /// What is wrong, and the line to point at.
    struct Problem {
        let message: String
        let line: Int
    }

    /// The command-line flag that overrides the setting, and which of its values are unsafe.
    struct Flag {
        let name: String
        let isUnsafe: @Sendable (String) -> Bool

        /// A boolean flag whose `unsafeValue` is reported.
        static func boolean(_ name: String, unsafeValue: Bool) -> Flag {
            Flag(name: name) { KubeletExtraArguments.boolean($0) == unsafeValue }
        }
    }

    let description: RuleDescription
    let problem: @Sendable (KubeletConfiguration) -> Problem?
    let flag: Flag

    func check(_ object: KubernetesObject) -> [Violation] {
        let identity = "\(object.identity)|\(description.id)"
        if let configuration = KubeletConfiguration(object) {
            guard let problem = problem(configuration) else { return [] }
            return [Violation(line: problem.line, message: "`KubeletConfiguration` \(problem.message).", identity: identity)]
        }
        guard let argument = KubeletExtraArguments(object)?.arguments[flag.name], flag.isUnsafe(argument.value) else { return [] }
        return [Violation(line: argument.line, message: "`\(object.kind)` passes the kubelet `--\(flag.name)=\(argument.value)`.", identity: identity)]
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

    /// A kubeadm `JoinConfiguration` passing the kubelet `argument` (`name: value`, v1beta3's mapping), its line marked.
    static func kubeadmJoin(_ argument: String) -> RuleExample {
        RuleExample("""
            apiVersion: kubeadm.k8s.io/v1beta3
            kind: JoinConfiguration
            discovery:
              bootstrapToken:
                apiServerEndpoint: 10.0.0.10:6443
                token: ${JOIN_TOKEN}
            nodeRegistration:
              kubeletExtraArgs:
            ↓    \(argument)
            """, path: "cluster/kubeadm-join.yaml")
    }
}
