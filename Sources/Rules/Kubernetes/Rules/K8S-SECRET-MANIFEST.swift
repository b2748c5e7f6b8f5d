import InfragateParsers

/// A `Secret` manifest with values is a credential committed to git (base64 is not encryption).
struct CommittedSecret: Rule {
    let description = RuleDescription(
        id: "K8S-SECRET-MANIFEST", title: "Secret manifest commits its values", severity: .high, cwe: 312,
        owasp: "A02:2021 Cryptographic Failures",
        checklist: "Kubernetes secrets › Secrets come from Secret objects, not literals",
        rationale: "`data` is only base64 and `stringData` is plain text: a committed Secret is readable by everyone with access to the repository, forever (git history). High.",
        recommendation: "Do not commit Secret values: use Sealed Secrets, SOPS, External Secrets or create the Secret at deploy time.",
        triggering: ["""
            apiVersion: v1
            kind: Secret
            metadata:
              name: api-db
            type: Opaque
            data:
            ↓  password: aHVudGVyMg==
            stringData:
            ↓  username: admin
            """],
        nonTriggering: ["""
            apiVersion: v1
            kind: Secret
            metadata:
              name: api-db
            type: Opaque
            data:
              password: ""
            """, """
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: api
            data:
              password_policy: strict
            """])

    func check(_ object: KubernetesObject) -> [Violation] {
        guard object.kind == "Secret" else { return [] }
        return ["data", "stringData"].flatMap { section in
            (object.root[section]?.entries ?? []).compactMap { entry -> Violation? in
                guard let value = entry.value.string, !SecretName.isPlaceholder(value) else { return nil }
                return Violation(line: entry.keyLine, message: "Secret `\(object.displayName)` commits a value for `\(entry.key)`.",
                                 identity: "\(object.identity)|\(section).\(entry.key)")
            }
        }
    }
}
