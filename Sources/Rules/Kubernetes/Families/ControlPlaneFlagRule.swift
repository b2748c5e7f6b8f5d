import InfragateParsers

/// One CIS Kubernetes Benchmark flag check of a control-plane component, judged on static pod
/// manifests and kubeadm `ClusterConfiguration`s alike. Each instance says what is wrong with the
/// flags it reads, or nil.
struct ControlPlaneFlagRule: Rule {
    /// What is wrong, and the flag line to point at (nil: the command or the configuration section).
    struct Problem {
        let message: String
        let line: Int?
    }

    let component: ControlPlaneComponent
    let description: RuleDescription
    let problem: @Sendable (ControlPlaneFlags) -> Problem?

    func check(_ object: KubernetesObject) -> [Violation] {
        ControlPlaneFlags.all(in: object).filter { $0.component == component }.compactMap { flags in
            guard let problem = problem(flags) else { return nil }
            return Violation(line: problem.line ?? flags.line, message: "`\(component.rawValue)` \(problem.message).",
                             identity: "\(flags.identity)|\(description.id)")
        }
    }

    /// `problem` for a flag that must have one value: wrong when absent (the binary's default is
    /// unsafe) or set to anything else.
    static func requires(_ name: String, _ expected: String, defaultIsUnsafe: Bool = true) -> @Sendable (ControlPlaneFlags) -> Problem? {
        { flags in
            guard let flag = flags[name] else {
                return defaultIsUnsafe ? Problem(message: "runs without `--\(name)=\(expected)`", line: nil) : nil
            }
            guard flag.value.lowercased() != expected.lowercased() else { return nil }
            return Problem(message: "sets `--\(name)=\(flag.value)`; it must be `\(expected)`", line: flag.line)
        }
    }

    /// `problem` for a flag that must be set to something (a file, a path).
    static func requiresSetting(_ names: String...) -> @Sendable (ControlPlaneFlags) -> Problem? {
        { flags in
            let missing = names.filter { (flags[$0]?.value ?? "").isEmpty }
            guard !missing.isEmpty else { return nil }
            return Problem(message: "runs without " + missing.map { "`--\($0)`" }.joined(separator: ", "), line: nil)
        }
    }

    /// A kube-system static pod running `binary` with `flags`, one per line, as kubeadm writes it. A flag
    /// written `↓--x` marks its line; `marksCommand` marks the binary's (where a missing flag is reported).
    static func staticPod(_ binary: String, _ flags: [String], marksCommand: Bool = false) -> RuleExample {
        RuleExample("""
            apiVersion: v1
            kind: Pod
            metadata:
              name: \(binary)
              namespace: kube-system
            spec:
              hostNetwork: true
              containers:
                - name: \(binary)
                  image: registry.k8s.io/\(binary):v1.31.2
                  command:
            \(marksCommand ? "↓" : "")        - \(binary)
            \(flags.map(listItem).joined(separator: "\n"))
            """, path: "manifests/\(binary).yaml")
    }

    /// A kubeadm ClusterConfiguration whose `section` (`etcd.local` for nested keys) carries `extraArgs`
    /// (`name: value` lines, `↓` marking one); `marksSection` marks the section's line (where a missing
    /// flag is reported).
    static func kubeadm(_ section: String, _ extraArgs: [String], marksSection: Bool = false) -> RuleExample {
        let keys = section.split(separator: ".")
        let indent = { (level: Int) in String(repeating: "  ", count: level) }
        let sectionLines = keys.enumerated().map { level, key in
            (marksSection && level == keys.count - 1 ? "↓" : "") + indent(level) + key + ":"
        }
        let argumentLines = extraArgs.map { argument in
            argument.first == RuleExample.marker ? "↓" + indent(keys.count + 1) + argument.dropFirst() : indent(keys.count + 1) + argument
        }
        let header = ["apiVersion: kubeadm.k8s.io/v1beta3", "kind: ClusterConfiguration", "kubernetesVersion: v1.31.2"]
        let lines = header + sectionLines + [indent(keys.count) + "extraArgs:"] + argumentLines
        return RuleExample(lines.joined(separator: "\n"), path: "cluster/kubeadm-config.yaml")
    }

    private static func listItem(_ flag: String) -> String {
        flag.first == RuleExample.marker ? "↓        - \(flag.dropFirst())" : "        - \(flag)"
    }
}
