import InfragateParsers

/// `extends:` and `!reference` as GitLab resolves them within one file, so a job is judged with
/// what it inherits: a `when: manual` or `allow_failure: true` written in a `.template` counts for
/// every job that extends it. Nodes keep the lines they were written on, so a finding about an
/// inherited setting points at the template. Templates of included files (`IncludedJobs`) are merged
/// in the same way, moved to the line of the `extends` (or `!reference`, or the job of the same name)
/// that brings them into this file, since their own lines are another file's.
struct JobInheritance {
    /// GitLab refuses deeper `extends` chains; so does this, quietly, since its own error shows.
    static let maximumDepth = 11

    private let jobs: [String: YAMLNode]
    /// Jobs of included files, with their own files' lines.
    private let included: [String: YAMLNode]
    private var resolved: [String: YAMLNode] = [:]

    init(jobs: [YAMLEntry], included: [String: YAMLNode] = [:]) {
        let local = Dictionary(jobs.map { ($0.key, $0.value) }, uniquingKeysWith: { first, _ in first })
        // A job also defined in an included file is GitLab's deep merge of both, this file's on top.
        self.jobs = local.merging(local.compactMap { name, job in
            included[name].map { (name, Self.merged(Self.relocated($0, to: job.line), job)) }
        }, uniquingKeysWith: { _, merged in merged })
        self.included = included
    }

    /// A job or template by name: this file's, else an included file's (with that file's lines).
    private func job(named name: String) -> (node: YAMLNode, isIncluded: Bool)? {
        if let job = jobs[name] { return (job, false) }
        return included[name].map { ($0, true) }
    }

    /// `node` with every line set to `line`: an included file's settings reported in this file
    /// point at what brought them in.
    static func relocated(_ node: YAMLNode, to line: Int) -> YAMLNode {
        switch node.content {
        case .scalar:
            return YAMLNode(content: node.content, line: line, column: 1, tag: node.tag)
        case .sequence(let items):
            return YAMLNode(content: .sequence(items.map { relocated($0, to: line) }), line: line, column: 1, tag: node.tag)
        case .mapping(let entries):
            return YAMLNode(content: .mapping(entries.map { YAMLEntry(key: $0.key, keyLine: line, value: relocated($0.value, to: line)) }),
                            line: line, column: 1, tag: node.tag)
        }
    }

    /// The job as GitLab runs it: every `extends` parent merged underneath, in order (a later
    /// parent wins over an earlier one, the job over all), then `!reference` tags replaced by
    /// what they name. Memoised per name, so a file costs one pass however its templates share.
    mutating func effectiveConfiguration(of name: String) -> YAMLNode? {
        guard let job = jobs[name] else { return nil }
        return references(in: inherited(name, job, depth: 0, visiting: [name]), depth: 0)
    }

    private mutating func inherited(_ name: String, _ job: YAMLNode, depth: Int, visiting: Set<String>) -> YAMLNode {
        if let known = resolved[name] { return known }
        let parents = Self.parentNames(of: job)
        guard !parents.isEmpty, depth < Self.maximumDepth else { return job }
        var base: YAMLNode?
        let extendsLine = job.entry("extends")?.keyLine ?? job.line
        for parent in parents where !visiting.contains(parent) {
            guard let (node, isIncluded) = self.job(named: parent) else { continue }
            let inheritedConfiguration = inherited(parent, node, depth: depth + 1, visiting: visiting.union([parent]))
            // Moved where this file brings it in; within an included chain, lines stay until then.
            let parentConfiguration = isIncluded && jobs[name] != nil ? Self.relocated(inheritedConfiguration, to: extendsLine) : inheritedConfiguration
            base = base.map { Self.merged($0, parentConfiguration) } ?? parentConfiguration
        }
        let result = base.map { Self.merged($0, job) } ?? job
        resolved[name] = result
        return result
    }

    private static func parentNames(of job: YAMLNode) -> [String] {
        guard let extends = job["extends"] else { return [] }
        if let single = extends.string { return [single] }
        return extends.items.compactMap(\.string)
    }

    /// GitLab's deep merge: mappings merge key by key, anything else (lists included) is replaced.
    static func merged(_ base: YAMLNode, _ override: YAMLNode) -> YAMLNode {
        guard base.isMapping, override.isMapping else { return override }
        var entries = base.entries.filter { $0.key != "extends" }
        var positions = Dictionary(entries.enumerated().map { ($1.key, $0) }, uniquingKeysWith: { first, _ in first })
        for entry in override.entries {
            if let position = positions[entry.key] {
                entries[position] = YAMLEntry(key: entry.key, keyLine: entry.keyLine, value: merged(entries[position].value, entry.value))
            } else {
                positions[entry.key] = entries.count
                entries.append(entry)
            }
        }
        return YAMLNode(content: .mapping(entries), line: override.line, column: override.column, tag: override.tag)
    }

    /// `!reference [.job, key, …]` replaced by the node it names; inside a list, a referenced
    /// list is spliced in, as GitLab flattens script arrays.
    private mutating func references(in node: YAMLNode, depth: Int) -> YAMLNode {
        guard depth < Self.maximumDepth else { return node }
        switch node.content {
        case .scalar:
            return node
        case .mapping(let entries):
            guard entries.contains(where: { Self.mayHoldReference($0.value) }) else { return node }
            return YAMLNode(content: .mapping(entries.map { YAMLEntry(key: $0.key, keyLine: $0.keyLine, value: references(in: $0.value, depth: depth + 1)) }),
                            line: node.line, column: node.column, tag: node.tag)
        case .sequence(let items):
            if node.tag == "!reference" { return target(of: items).map { references(in: $0, depth: depth + 1) } ?? node }
            guard items.contains(where: Self.mayHoldReference) else { return node }
            let expanded = items.flatMap { item -> [YAMLNode] in
                let resolvedItem = references(in: item, depth: depth + 1)
                return item.tag == "!reference" && resolvedItem.isSequence ? resolvedItem.items : [resolvedItem]
            }
            return YAMLNode(content: .sequence(expanded), line: node.line, column: node.column, tag: node.tag)
        }
    }

    private static func mayHoldReference(_ node: YAMLNode) -> Bool {
        node.tag == "!reference" || !node.entries.isEmpty || !node.items.isEmpty
    }

    private mutating func target(of path: [YAMLNode]) -> YAMLNode? {
        let keys = path.compactMap(\.string)
        guard keys.count == path.count, let name = keys.first, let (job, isIncluded) = job(named: name) else { return nil }
        var node: YAMLNode? = inherited(name, job, depth: 0, visiting: [name])
        for key in keys.dropFirst() { node = node?[key] }
        // Where the tag is written: the sequence's line.
        return isIncluded ? node.map { Self.relocated($0, to: path.first?.line ?? 1) } : node
    }
}
