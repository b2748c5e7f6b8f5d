import InfragateParsers
import InfragateRules

/// Reads typed values out of composed YAML nodes, turning every mismatch into a `PolicyError`
/// at the node's line. Values are read from the scalar text as written, quoted or not, never
/// through YAML 1.1's implicit types: `off` stays `off` and `yes`/`on` are not booleans (a
/// boolean is `true` or `false` in any case), `010` is ten, and `~` is the text `~`.
struct PolicyNodes {
    let origin: String

    func failure(at node: YAMLNode, _ message: String) -> PolicyError {
        failure(line: node.line, message)
    }

    func failure(at entry: YAMLEntry, _ message: String) -> PolicyError {
        failure(line: entry.keyLine, message)
    }

    func failure(line: Int, _ message: String) -> PolicyError {
        PolicyError(origin: origin, line: line, message: message)
    }

    /// A mapping whose keys must all be among `allowedKeys`. `name` is its dotted path (`protected`), "" at the top.
    /// The YAML layer has already refused duplicate and non-scalar keys.
    /// With `collector`, unknown keys are recorded there and the known ones still read.
    func section(_ node: YAMLNode, name: String, allowedKeys: [String], collector: PolicyErrorCollector? = nil) throws -> Section {
        guard node.isMapping else {
            throw failure(at: node, "\(name.isEmpty ? "the policy" : "`\(name)`") must be a mapping of keys; found \(shown(node))")
        }
        var entries: [String: YAMLEntry] = [:]
        var unknown: [PolicyError] = []
        for entry in node.entries {
            guard allowedKeys.contains(entry.key) else {
                let place = name.isEmpty ? "" : " in `\(name)`"
                unknown.append(failure(at: entry, "unknown key `\(entry.key)`\(place); expected one of: \(allowedKeys.joined(separator: ", "))"))
                continue
            }
            entries[entry.key] = entry
        }
        // Every unknown key of the mapping at once; a section with one is not read further.
        if !unknown.isEmpty {
            guard let collector else { throw PolicyError.combining(unknown) }
            try unknown.forEach { error in try collector.attempt { throw error } }
        }
        return Section(name: name, node: node, entries: entries)
    }

    func text(_ node: YAMLNode, _ name: String) throws -> String {
        guard let text = node.scalar?.text, !text.isEmpty else {
            throw failure(at: node, "`\(name)` must be text; found \(shown(node))")
        }
        return text
    }

    func texts(_ node: YAMLNode, _ name: String) throws -> [(text: String, node: YAMLNode)] {
        guard node.isSequence else {
            throw failure(at: node, "`\(name)` must be a list; found \(shown(node))")
        }
        return try node.items.map { (try text($0, name), $0) }
    }

    func bool(_ node: YAMLNode, _ name: String) throws -> Bool {
        try choice(node, name, among: ["true": true, "false": false], describedAs: "true or false")
    }

    func severity(_ node: YAMLNode, _ name: String) throws -> Severity {
        let names = Severity.allCases.map(\.rawValue)
        return try choice(node, name, among: Dictionary(uniqueKeysWithValues: zip(names, Severity.allCases)),
                          describedAs: "one of " + names.joined(separator: ", "))
    }

    func choice<Value: RawRepresentable & CaseIterable>(_ node: YAMLNode, _ name: String) throws -> Value
    where Value.RawValue == String {
        let cases = Value.allCases.map { ($0.rawValue, $0) }
        return try choice(node, name, among: Dictionary(uniqueKeysWithValues: cases),
                          describedAs: "one of " + cases.map(\.0).joined(separator: ", "))
    }

    func glob(_ text: String, at node: YAMLNode, _ name: String) throws -> Glob {
        do {
            return try Glob(text)
        } catch let error as GlobError {
            throw failure(at: node, "`\(name)` has an \(error)")
        }
    }

    /// How a value is shown in an error: short, and never a whole subtree.
    func shown(_ node: YAMLNode) -> String {
        switch node.content {
        case .scalar(let scalar) where scalar.text.isEmpty: return "nothing"
        case .scalar(let scalar):
            return scalar.text.count > 40 ? "`\(scalar.text.prefix(40))…`" : "`\(scalar.text)`"
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        }
    }

    private func choice<Value>(_ node: YAMLNode, _ name: String, among values: [String: Value], describedAs expected: String) throws -> Value {
        guard let text = node.scalar?.text, let value = values[text.lowercased()] else {
            throw failure(at: node, "`\(name)` must be \(expected); found \(shown(node))")
        }
        return value
    }
}

/// A policy mapping after its keys were checked.
struct Section {
    let name: String
    let node: YAMLNode
    let entries: [String: YAMLEntry]

    subscript(key: String) -> YAMLNode? { entries[key]?.value }

    /// The dotted name of a key, for messages (`protected.fail_on`).
    func path(_ key: String) -> String { name.isEmpty ? key : "\(name).\(key)" }
}
