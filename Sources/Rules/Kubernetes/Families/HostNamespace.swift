import InfragateParsers

/// One rule per host namespace a pod can join: `hostNetwork`, `hostPID`, `hostIPC`.
struct HostNamespace: Rule {
    let key: String
    /// What joining the namespace means, for the message.
    let consequence: String
    let description: RuleDescription

    func check(_ workload: PodWorkload) -> [Violation] {
        guard let entry = workload.spec.entry(key), entry.value.bool == true else { return [] }
        return [Violation(line: entry.keyLine, message: "The pod of \(workload.owner) sets `\(key): true`: \(consequence).", identity: workload.identity(key))]
    }

    /// A Pod whose spec starts with `line`.
    static func example(_ line: String) -> RuleExample {
        RuleExample("""
            apiVersion: v1
            kind: Pod
            metadata:
              name: node-agent
            spec:
            \(line)
              containers:
                - name: agent
                  image: agent:1.0
            """)
    }
}
