import InfragateParsers

/// `hostPath` volumes, in two rules: the node's control files (critical) and any other host path.
struct HostPathVolume: Rule {
    let reportsSensitive: Bool
    let description: RuleDescription

    func check(_ workload: PodWorkload) -> [Violation] {
        (workload.spec["volumes"]?.items ?? []).compactMap { volume -> Violation? in
            guard let entry = volume["hostPath"]?.entry("path"), let path = entry.value.string else { return nil }
            guard SensitiveHostPath.contains(path) == reportsSensitive else { return nil }
            let name = volume["name"]?.string ?? ""
            return Violation(line: entry.keyLine, message: "Volume `\(name)` of \(workload.owner) mounts host path `\(path)` (`hostPath.path`).",
                             identity: workload.identity("hostPath:\(name)"))
        }
    }

    static func example(path: String, marked: Bool = true) -> RuleExample {
        RuleExample("""
            apiVersion: apps/v1
            kind: DaemonSet
            metadata:
              name: collector
            spec:
              template:
                spec:
                  containers:
                    - name: collector
                      image: collector:2.3
                  volumes:
                    - name: host
                      hostPath:
            \(marked ? "↓" : "")            path: \(path)
            """)
    }
}
