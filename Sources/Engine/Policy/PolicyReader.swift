import InfragateParsers
import InfragateRules

extension Policy {
    /// The largest policy text accepted; real policies are a few KiB.
    public static let maximumSourceSize = 256 * 1024
    public static let supportedVersion = 1

    /// Reads a policy file. Every unknown key, unknown rule id and malformed value is an error
    /// naming `origin` and the line, so a typo can never silently weaken the gate.
    public static func parse(_ text: String, origin: String, knownRuleIDs: Set<String>) throws -> Policy {
        try PolicyReader(origin: origin, knownRuleIDs: knownRuleIDs).read(text)
    }
}

/// Walks the composed YAML along the policy's schema; `Policy.template` documents each key.
/// The YAML layer's `.policy` dialect refuses, at their line, what no policy needs and a hostile one
/// could use (anchors and aliases, tags, `<<` merges, duplicate keys, a second document), in
/// linear time.
private struct PolicyReader {
    /// A policy nests five levels; hostile nesting stops long before it costs anything.
    private static let limits = YAMLLimits(maxDepth: 32)

    private static let topLevelKeys = [
        "version", "fail_on", "warn_on", "max_file_size", "inline_suppressions", "rules", "paths", "waivers",
        "protected", "scan", "exempt_tags", "bypass", "deadline", "on_timeout", "existing_findings",
        "peer_suppressions", "mode", "report",
        "helm",
        "secrets",
        "images",
        "kubernetes",
        "sql",
        "logs",
    ]

    let nodes: PolicyNodes
    let knownRuleIDs: Set<String>

    init(origin: String, knownRuleIDs: Set<String>) {
        nodes = PolicyNodes(origin: origin)
        self.knownRuleIDs = Set(knownRuleIDs.map { $0.uppercased() })
    }

    func read(_ text: String) throws -> Policy {
        let size = text.utf8.count
        guard size <= Policy.maximumSourceSize else {
            throw nodes.failure(line: 1, "the policy is \(size) bytes; the limit is \(Policy.maximumSourceSize / 1024) KiB")
        }
        let errors = PolicyErrorCollector()
        let document = try nodes.section(try compose(text), name: "", allowedKeys: Self.topLevelKeys, collector: errors)
        try errors.attempt { try checkVersion(in: document) }

        // Each key is read on its own, so that every mistake is reported, not only the first.
        var policy = Policy.defaults
        if let node = document["fail_on"], let value = try errors.attempt({ try nodes.severity(node, "fail_on") }) { policy.failOn = value }
        if let node = document["warn_on"], let value = try errors.attempt({ try nodes.severity(node, "warn_on") }) {
            policy.warnOn = value
            if policy.warnOn > policy.failOn {
                try errors.attempt { () throws -> Void in throw nodes.failure(at: node, "`warn_on` (\(policy.warnOn)) is above `fail_on` (\(policy.failOn)); no finding could be a warning") }
            }
        }
        if let node = document["max_file_size"], let value = try errors.attempt({ try quantity(node, "max_file_size", PolicyQuantities.byteCount) }) {
            policy.maxFileSize = value
        }
        if let node = document["inline_suppressions"], let value = try errors.attempt({ try inlineSuppressionScope(node, "inline_suppressions") }) {
            policy.inlineSuppressions = value
        }
        if let node = document["rules"], let value = try errors.attempt({ try ruleSettings(node, errors: errors) }) { policy.ruleSettings = value }
        if let node = document["paths"] {
            try errors.attempt {
                let paths = try nodes.section(node, name: "paths", allowedKeys: ["exclude"])
                if let exclude = paths["exclude"] { policy.excludedPaths = try globs(exclude, "paths.exclude") }
            }
        }
        if let node = document["waivers"], let value = try errors.attempt({ try waivers(node, errors: errors) }) { policy.waivers = value }
        if let node = document["existing_findings"], let value = try errors.attempt({ try nodes.choice(node, "existing_findings") as Policy.ExistingFindings }) {
            policy.existingFindings = value
        }
        if let node = document["mode"], let value = try errors.attempt({ try nodes.choice(node, "mode") as Policy.Mode }) { policy.mode = value }
        if let node = document["report"], let value = try errors.attempt({ try reportLimits(node) }) { policy.findingsPerRuleAndFile = value }
        if let node = document["peer_suppressions"], let value = try errors.attempt({ try nodes.bool(node, "peer_suppressions") }) {
            policy.peerSuppressions = value
        }
        if let node = document["helm"] {
            try errors.attempt {
                let helm = try nodes.section(node, name: "helm", allowedKeys: ["renderer"])
                if let renderer = helm["renderer"] { policy.helmRenderer = try nodes.choice(renderer, "helm.renderer") as Policy.HelmRenderer }
            }
        }
        if let node = document["secrets"], let value = try errors.attempt({ try secretsPolicy(node) }) { policy.secrets = value }
        if let node = document["images"], let value = try errors.attempt({ try imagesPolicy(node) }) { policy.images = value }
        if let node = document["kubernetes"], let value = try errors.attempt({ try kubernetesPolicy(node) }) { policy.kubernetes = value }
        if let node = document["sql"], let value = try errors.attempt({ try sqlPolicy(node, errors: errors) }) { policy.sql = value }
        if let node = document["logs"], let value = try errors.attempt({ try logsPolicy(node) }) { policy.logs = value }
        if let value = try errors.attempt({ try pushPolicy(document, failOn: policy.failOn, errors: errors) }) { policy.push = value }
        try errors.throwIfAny()
        return policy
    }

    /// `logs: { minimum_retention_days: N }` or `logs: { retention_profile: hipaa }` (one of the two).
    private func logsPolicy(_ node: YAMLNode) throws -> LogsPolicy {
        let section = try nodes.section(node, name: "logs", allowedKeys: ["minimum_retention_days", "retention_profile"])
        switch (section["minimum_retention_days"], section["retention_profile"]) {
        case (nil, nil):
            return .defaults
        case (.some, .some):
            throw nodes.failure(at: node, "`logs` sets both `minimum_retention_days` and `retention_profile`; keep one")
        case (let days?, nil):
            let text = try nodes.text(days, "logs.minimum_retention_days")
            guard let value = Int(text), value >= 1, value <= 36_500 else {
                throw nodes.failure(at: days, "`logs.minimum_retention_days` must be a whole number of days from 1 to 36500; found \(nodes.shown(days))")
            }
            return LogsPolicy(minimumRetentionDays: value)
        case (nil, let profile?):
            guard try nodes.text(profile, "logs.retention_profile").lowercased() == "hipaa" else {
                throw nodes.failure(at: profile, "`logs.retention_profile` must be `hipaa` (six years, \(LogsPolicy.hipaaDays) days); found \(nodes.shown(profile))")
            }
            return LogsPolicy(minimumRetentionDays: LogsPolicy.hipaaDays)
        }
    }

    /// `report: { findings_per_rule_and_file: N }`: how many findings of one rule in one file a report lists.
    private func reportLimits(_ node: YAMLNode) throws -> Int {
        let section = try nodes.section(node, name: "report", allowedKeys: ["findings_per_rule_and_file"])
        guard let limit = section["findings_per_rule_and_file"] else { return Policy.defaults.findingsPerRuleAndFile }
        let text = try nodes.text(limit, "report.findings_per_rule_and_file")
        guard let value = Int(text), value >= 1, value <= 1_000_000 else {
            throw nodes.failure(at: limit, "`report.findings_per_rule_and_file` must be a whole number from 1 to 1000000; found \(nodes.shown(limit))")
        }
        return value
    }

    private func secretsPolicy(_ node: YAMLNode) throws -> SecretsPolicy {
        let section = try nodes.section(node, name: "secrets", allowedKeys: ["enabled", "paths", "allow", "min_entropy"])
        var secrets = SecretsPolicy.defaults
        if let node = section["enabled"] { secrets.isEnabled = try nodes.bool(node, "secrets.enabled") }
        if let node = section["paths"] {
            let paths = try nodes.section(node, name: "secrets.paths", allowedKeys: ["exclude"])
            if let exclude = paths["exclude"] { secrets.excludedPaths = try globs(exclude, "secrets.paths.exclude") }
        }
        if let node = section["allow"] {
            guard node.isSequence else {
                throw nodes.failure(at: node, "`secrets.allow` must be a list of `{ fingerprint, reason }`; found \(nodes.shown(node))")
            }
            secrets.allowed = try node.items.map { item in
                let entry = try nodes.section(item, name: "secrets.allow", allowedKeys: ["fingerprint", "reason"])
                guard let fingerprintNode = entry["fingerprint"], let reasonNode = entry["reason"] else {
                    throw nodes.failure(at: item, "a `secrets.allow` entry needs `fingerprint` and `reason`")
                }
                let fingerprint = try nodes.text(fingerprintNode, "secrets.allow.fingerprint").lowercased()
                guard fingerprint.count == 32, fingerprint.utf8.allSatisfy({ (48...57).contains($0) || (97...102).contains($0) }) else {
                    throw nodes.failure(at: fingerprintNode, "`secrets.allow.fingerprint` must be the 32 hex digits of a finding's fingerprint (json, sarif); found \(nodes.shown(fingerprintNode))")
                }
                let reason = try nodes.text(reasonNode, "secrets.allow.reason")
                guard !reason.allSatisfy(\.isWhitespace) else {
                    throw nodes.failure(at: reasonNode, "`secrets.allow.reason` must say why the finding is accepted")
                }
                return SecretsPolicy.Allowance(fingerprint: fingerprint, reason: reason)
            }
        }
        if let node = section["min_entropy"] {
            let text = try nodes.text(node, "secrets.min_entropy")
            guard let value = Double(text), value >= 0, value <= 8 else {
                throw nodes.failure(at: node, "`secrets.min_entropy` must be a number of bits per character from 0 to 8; found \(nodes.shown(node))")
            }
            secrets.minimumEntropy = value
        }
        return secrets
    }

    private func imagesPolicy(_ node: YAMLNode) throws -> ImagesPolicy {
        let section = try nodes.section(node, name: "images", allowedKeys: ["allowed_registries"])
        guard let list = section["allowed_registries"] else { return .defaults }
        let entries = try nodes.texts(list, "images.allowed_registries").map { text, item in
            switch RegistryAllowlist.Entry.parse(text) {
            case .success(let entry): return entry
            case .failure(let error):
                throw nodes.failure(at: item, "`images.allowed_registries` entry \(nodes.shown(item)): \(error.reason)")
            }
        }
        guard !entries.isEmpty else {
            throw nodes.failure(at: list, "`images.allowed_registries` is empty, which would refuse every image; leave `images` out to allow any registry")
        }
        return ImagesPolicy(allowedRegistries: RegistryAllowlist(entries))
    }

    private func kubernetesPolicy(_ node: YAMLNode) throws -> KubernetesPolicy {
        let section = try nodes.section(node, name: "kubernetes", allowedKeys: ["pod_security"])
        guard let profile = section["pod_security"] else { return .defaults }
        return KubernetesPolicy(podSecurity: try nodes.choice(profile, "kubernetes.pod_security") as KubernetesPolicy.PodSecurityProfile)
    }

    /// `sql: { paths: [globs], rls_schemas: [names] }`. A schema is one PostgreSQL name as the server
    /// stores it (lower case unless it was created quoted), so a typo such as `App` or `app.users` is an error.
    private func sqlPolicy(_ node: YAMLNode, errors: PolicyErrorCollector) throws -> SQLPolicy {
        let section = try nodes.section(node, name: "sql", allowedKeys: ["paths", "rls_schemas"])
        var sql = SQLPolicy.defaults
        // Each key on its own, so a mistake in one does not hide one in the other.
        if let node = section["paths"], let paths = try errors.attempt({ try globs(node, "sql.paths") }) {
            for glob in paths where !glob.pattern.lowercased().hasSuffix(".sql") {
                try errors.attempt { () throws -> Void in throw nodes.failure(at: node, "`sql.paths` entry `\(glob.pattern)` must name `.sql` files (end with `.sql`, e.g. `db/**/*.sql`)") }
            }
            sql.paths = paths
        }
        if let node = section["rls_schemas"], let items = try errors.attempt({ try nodes.texts(node, "sql.rls_schemas") }) {
            sql.rowLevelSecuritySchemas = try items.compactMap { text, item in
                let isName = !text.isEmpty && text.utf8.count <= 63 && text.first.map { $0 == "_" || $0.isLetter } == true
                    && text.allSatisfy { $0 == "_" || $0 == "$" || $0.isNumber || ($0.isLetter && !$0.isUppercase) }
                guard isName else {
                    try errors.attempt { () throws -> Void in throw nodes.failure(at: item, "`sql.rls_schemas` entry \(nodes.shown(item)) is not a schema name as PostgreSQL stores it (lower case letters, digits, `_`, at most 63 bytes)") }
                    return nil
                }
                return text
            }
        }
        return sql
    }

    private func compose(_ text: String) throws -> YAMLNode {
        let file = YAMLParser.parse(text, dialect: .policy, limits: Self.limits)
        if !file.problems.isEmpty {
            throw PolicyError.combining(file.problems.map { nodes.failure(line: $0.line, $0.message) })
        }
        guard let root = file.documents.first?.root else {
            throw nodes.failure(line: 1, "the policy is empty; it needs at least `version: \(Policy.supportedVersion)`")
        }
        return root
    }

    private func checkVersion(in document: Section) throws {
        guard let node = document["version"] else {
            throw nodes.failure(at: document.node, "the policy has no `version`; start it with `version: \(Policy.supportedVersion)`")
        }
        guard node.scalar?.text == String(Policy.supportedVersion) else {
            throw nodes.failure(at: node, "unsupported policy version \(nodes.shown(node)); this infragate reads version \(Policy.supportedVersion)")
        }
    }

    private func ruleSettings(_ node: YAMLNode, errors: PolicyErrorCollector) throws -> [String: Policy.RuleSetting] {
        guard node.isMapping else {
            throw nodes.failure(at: node, "`rules` must map rule ids to settings; found \(nodes.shown(node))")
        }
        var settings: [String: Policy.RuleSetting] = [:]
        var configuredAt: [String: Int] = [:]
        for entry in node.entries {
            try errors.attempt {
                let ruleID = try knownRuleID(entry.key, line: entry.keyLine, "rules")
                if let earlier = configuredAt[ruleID] {
                    throw nodes.failure(at: entry, "rule `\(ruleID)` is already configured on line \(earlier)")
                }
                configuredAt[ruleID] = entry.keyLine
                settings[ruleID] = try ruleSetting(entry.value, name: "rules.\(ruleID)")
            }
        }
        return settings
    }

    /// `off`, `on` (what turns an opt-in rule on), `{ severity: low }` (which also turns it on),
    /// `{ enabled: false }`, `{ enabled: true }`.
    private func ruleSetting(_ node: YAMLNode, name: String) throws -> Policy.RuleSetting {
        if let scalar = node.scalar {
            switch scalar.text.lowercased() {
            case "off": return .off
            case "on": return .on
            default:
                throw nodes.failure(at: node, "`\(name)` must be `off`, `on` or a mapping with `severity` or `enabled`; found \(nodes.shown(node))")
            }
        }
        let section = try nodes.section(node, name: name, allowedKeys: ["severity", "enabled"])
        let enabled = try section["enabled"].map { try nodes.bool($0, section.path("enabled")) } ?? true
        let severity = try section["severity"].map { try nodes.severity($0, section.path("severity")) }
        if !enabled, severity != nil {
            throw nodes.failure(at: node, "`\(name)` both disables the rule and sets its severity; keep one")
        }
        guard enabled else { return .off }
        return severity.map(Policy.RuleSetting.severity) ?? .on
    }

    private func waivers(_ node: YAMLNode, errors: PolicyErrorCollector) throws -> [Waiver] {
        guard node.isSequence else {
            throw nodes.failure(at: node, "`waivers` must be a list; found \(nodes.shown(node))")
        }
        return try node.items.compactMap { item in try errors.attempt {
            let waiver = try nodes.section(item, name: "waivers", allowedKeys: ["rule", "path", "reason", "expires"])
            guard let ruleNode = waiver["rule"], let reasonNode = waiver["reason"] else {
                throw nodes.failure(at: item, "a waiver needs `rule` and `reason`")
            }
            let path = try waiver["path"].map { try nodes.glob(try nodes.text($0, "waivers.path"), at: $0, "waivers.path") }
            let expires = try waiver["expires"].map { node -> CalendarDay in
                guard let day = node.scalar.flatMap({ CalendarDay($0.text) }) else {
                    throw nodes.failure(at: node, "`waivers.expires` must be a date written YYYY-MM-DD; found \(nodes.shown(node))")
                }
                return day
            }
            return Waiver(ruleID: try knownRuleID(ruleNode, "waivers.rule"), path: path,
                          reason: try nodes.text(reasonNode, "waivers.reason"), expires: expires)
        } }
    }

    private func pushPolicy(_ document: Section, failOn: Severity, errors: PolicyErrorCollector) throws -> PushPolicy {
        var push = PushPolicy.defaults
        if let node = document["protected"] { try errors.attempt {
            let protected = try nodes.section(node, name: "protected",
                                              allowedKeys: ["refs", "deny_force_push", "deny_deletion", "fail_on", "inline_suppressions"])
            if let refs = protected["refs"] {
                push.protectedRefs = try globs(refs, "protected.refs")
                push.protectsDefaultBranch = false
            }
            if let node = protected["deny_force_push"] { push.denyForcePush = try nodes.bool(node, "protected.deny_force_push") }
            if let node = protected["deny_deletion"] { push.denyDeletion = try nodes.bool(node, "protected.deny_deletion") }
            if let node = protected["fail_on"] {
                let threshold = try nodes.severity(node, "protected.fail_on")
                guard threshold <= failOn else {
                    throw nodes.failure(at: node, "`protected.fail_on` (\(threshold)) is more lenient than `fail_on` (\(failOn)); protected refs may only be stricter")
                }
                push.protectedFailOn = threshold
            }
            if let node = protected["inline_suppressions"] {
                push.protectedInlineSuppressions = try inlineSuppressionScope(node, "protected.inline_suppressions")
            }
        } }
        if let node = document["scan"] { try errors.attempt { push.scanDepth = try nodes.choice(node, "scan") as PushPolicy.ScanDepth } }
        if let node = document["exempt_tags"] { try errors.attempt { push.exemptTags = try nodes.bool(node, "exempt_tags") } }
        if let node = document["bypass"] { try errors.attempt {
            let bypass = try nodes.section(node, name: "bypass", allowedKeys: ["enabled", "allow", "identity", "protection", "audit_log"])
            if let node = bypass["enabled"] { push.bypass.isEnabled = try nodes.bool(node, "bypass.enabled") }
            if let node = bypass["allow"] { push.bypass.allowedUsers = try nodes.texts(node, "bypass.allow").map(\.text) }
            if let node = bypass["identity"] { push.bypass.identityVariable = try identityVariable(node) }
            if let node = bypass["protection"] { push.bypass.liftsProtection = try nodes.bool(node, "bypass.protection") }
            if let node = bypass["audit_log"] { push.bypass.auditLog = try nodes.text(node, "bypass.audit_log") }
        } }
        if let node = document["deadline"] { try errors.attempt { push.deadline = try quantity(node, "deadline", PolicyQuantities.duration) } }
        if let node = document["on_timeout"] { try errors.attempt { push.onTimeout = try nodes.choice(node, "on_timeout") as PushPolicy.TimeoutAction } }
        return push
    }

    /// `true`, `false`, or the rule ids a comment may suppress. The gate's own findings cannot be listed:
    /// they would be suppressed by the very file they judge.
    private func inlineSuppressionScope(_ node: YAMLNode, _ name: String) throws -> InlineSuppressionScope {
        guard node.isSequence else {
            guard let word = node.scalar?.text.lowercased(), ["true", "false"].contains(word) else {
                throw nodes.failure(at: node, "`\(name)` must be true, false or a list of rule ids; found \(nodes.shown(node))")
            }
            return word == "true" ? .all : .none
        }
        var ruleIDs = Set<String>()
        for item in try nodes.texts(node, name) {
            let ruleID = try knownRuleID(item.node, name)
            guard !InlineSuppressionScope.isGateRule(ruleID) else {
                throw nodes.failure(at: item.node, "`\(name)` names `\(ruleID)`, the gate's own finding, which can never be suppressed inline; lower it under `rules:` or waive it instead")
            }
            ruleIDs.insert(ruleID)
        }
        return ruleIDs.isEmpty ? .none : .only(ruleIDs)
    }

    /// `env:NAME`: the variable the server (not the pusher) sets to the authenticated user.
    private func identityVariable(_ node: YAMLNode) throws -> String {
        let text = try nodes.text(node, "bypass.identity")
        let name = text.hasPrefix("env:") ? String(text.dropFirst(4)) : ""
        guard !name.isEmpty, name.utf8.allSatisfy({ $0 == UInt8(ascii: "_") || (48...57).contains($0) || (65...90).contains($0) || (97...122).contains($0) }) else {
            throw nodes.failure(at: node, "`bypass.identity` must be `env:NAME`, the variable your server sets to the authenticated pusher; found \(nodes.shown(node))")
        }
        return name
    }

    private func knownRuleID(_ node: YAMLNode, _ name: String) throws -> String {
        try knownRuleID(try nodes.text(node, name), line: node.line, name)
    }

    private func knownRuleID(_ text: String, line: Int, _ name: String) throws -> String {
        let ruleID = text.uppercased()
        guard knownRuleIDs.contains(ruleID) else {
            throw nodes.failure(line: line, "`\(name)` names unknown rule `\(ruleID)`; `infragate rules` lists them")
        }
        return ruleID
    }

    private func globs(_ node: YAMLNode, _ name: String) throws -> [Glob] {
        try nodes.texts(node, name).map { try nodes.glob($0.text, at: $0.node, name) }
    }

    private func quantity<Value>(_ node: YAMLNode, _ name: String, _ parse: (String) throws -> Value) throws -> Value {
        let text = try nodes.text(node, name)
        do {
            return try parse(text)
        } catch let problem as PolicyQuantities.Problem {
            throw nodes.failure(at: node, "`\(name)` \(problem.message)")
        }
    }
}
