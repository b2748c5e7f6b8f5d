import InfragateParsers

/// The API server's `--audit-policy-file` (`audit.k8s.io/v1` `Policy`): rules tried in order, the
/// first that matches a request deciding its level (`None`, `Metadata`, `Request`,
/// `RequestResponse`); a request no rule matches is not logged.
struct AuditPolicy {
    struct PolicyRule {
        let node: YAMLNode
        /// The `level:` entry; the API server refuses a rule without one.
        let level: YAMLEntry?
        let index: Int

        var levelName: String? { level?.value.string }
        var line: Int { level?.keyLine ?? node.line }

        /// Whether it matches every request: no condition on who, what verb, where or which resource.
        var matchesEveryRequest: Bool {
            !restrictsRequester && node["resources"]?.items.isEmpty != false && node["nonResourceURLs"]?.items.isEmpty != false
        }

        /// Whether it may match a request for `resource` of `group` (`""`: the core group).
        func mayMatch(group: String, resource: String) -> Bool {
            !matchingGroups(group: group, resource: resource).isEmpty || matchesEveryResourceRequest
        }

        /// Whether it matches every request for `resource`, whoever makes it, so no later rule sees one.
        func matchesEvery(group: String, resource: String) -> Bool {
            guard !restrictsRequester else { return false }
            return matchesEveryResourceRequest
                || matchingGroups(group: group, resource: resource).contains { $0["resourceNames"]?.items.isEmpty != false }
        }

        private var matchesEveryResourceRequest: Bool {
            node["resources"]?.items.isEmpty != false && node["nonResourceURLs"]?.items.isEmpty != false
        }

        private var restrictsRequester: Bool {
            ["users", "userGroups", "verbs", "namespaces"].contains { node[$0]?.items.isEmpty == false }
        }

        /// The `resources` items naming the group and the resource, as the API server matches them: an
        /// empty list or `*` names all of the group's, and a subresource (`serviceaccounts/token`) is
        /// also named by `serviceaccounts/*` and `*/token`.
        private func matchingGroups(group: String, resource: String) -> [YAMLNode] {
            let parts = resource.split(separator: "/", maxSplits: 1).map(String.init)
            var patterns: Set<String> = [resource, "*"]
            if parts.count == 2 { patterns.formUnion(["\(parts[0])/*", "*/\(parts[1])"]) }
            return (node["resources"]?.items ?? []).filter { item in
                let names = (item["resources"]?.items ?? []).compactMap(\.string)
                return (item["group"]?.string ?? "") == group && (names.isEmpty || names.contains(where: patterns.contains))
            }
        }
    }

    let object: KubernetesObject
    let rules: [PolicyRule]
    /// The `rules:` line, else `kind`.
    let rulesLine: Int

    init?(_ object: KubernetesObject) {
        guard object.kind == "Policy", object.root["apiVersion"]?.string?.hasPrefix("audit.k8s.io/") == true else { return nil }
        self.object = object
        let entry = object.root.entry("rules")
        rulesLine = entry?.keyLine ?? object.line
        rules = (entry?.value.items ?? []).enumerated().map { index, node in
            PolicyRule(node: node, level: node.entry("level"), index: index)
        }
    }

    /// The rules that may decide a request for `resource`: those matching it, in order, up to the first matching all of them.
    func rulesDeciding(group: String, resource: String) -> [PolicyRule] {
        var deciding: [PolicyRule] = []
        for rule in rules where rule.mayMatch(group: group, resource: resource) {
            deciding.append(rule)
            if rule.matchesEvery(group: group, resource: resource) { break }
        }
        return deciding
    }
}
