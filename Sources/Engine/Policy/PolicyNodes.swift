import InfragateRules
import Yams

/// Reads typed values out of composed YAML nodes, turning every mismatch into a `PolicyError`
/// at the node's line. Values are read from the raw scalar text, never through Yams' type
/// resolution, so `off` stays `off` (YAML 1.1 would make it `false`).
struct PolicyNodes {
    let origin: String

    func failure(at node: Node, _ message: String) -> PolicyError {
        failure(line: node.mark?.line ?? 1, message)
    }

    func failure(line: Int, _ message: String) -> PolicyError {
        PolicyError(origin: origin, line: line, message: message)
    }

    /// A mapping whose keys must all be among `allowedKeys`. `name` is its dotted path (`protected`), "" at the top.
    func section(_ node: Node, name: String, allowedKeys: [String]) throws -> Section {
        guard case .mapping(let mapping) = node else {
            throw failure(at: node, "\(name.isEmpty ? "the policy" : "`\(name)`") must be a mapping of keys; found \(shown(node))")
        }
        var entries: [String: (key: Node, value: Node)] = [:]
        for (key, value) in mapping {
            guard case .scalar(let scalar) = key else { throw failure(at: key, "keys must be plain names; found \(shown(key))") }
            guard allowedKeys.contains(scalar.string) else {
                let place = name.isEmpty ? "" : " in `\(name)`"
                throw failure(at: key, "unknown key `\(scalar.string)`\(place); expected one of: \(allowedKeys.joined(separator: ", "))")
            }
            entries[scalar.string] = (key, value)
        }
        return Section(name: name, node: node, entries: entries)
    }

    func text(_ node: Node, _ name: String) throws -> String {
        guard case .scalar(let scalar) = node, !scalar.string.isEmpty else {
            throw failure(at: node, "`\(name)` must be text; found \(shown(node))")
        }
        return scalar.string
    }

    func texts(_ node: Node, _ name: String) throws -> [(text: String, node: Node)] {
        guard case .sequence(let sequence) = node else {
            throw failure(at: node, "`\(name)` must be a list; found \(shown(node))")
        }
        return try sequence.map { (try text($0, name), $0) }
    }

    func bool(_ node: Node, _ name: String) throws -> Bool {
        try choice(node, name, among: ["true": true, "false": false], describedAs: "true or false")
    }

    func severity(_ node: Node, _ name: String) throws -> Severity {
        let names = Severity.allCases.map(\.rawValue)
        return try choice(node, name, among: Dictionary(uniqueKeysWithValues: zip(names, Severity.allCases)),
                          describedAs: "one of " + names.joined(separator: ", "))
    }

    func choice<Value: RawRepresentable & CaseIterable>(_ node: Node, _ name: String) throws -> Value
    where Value.RawValue == String {
        let cases = Value.allCases.map { ($0.rawValue, $0) }
        return try choice(node, name, among: Dictionary(uniqueKeysWithValues: cases),
                          describedAs: "one of " + cases.map(\.0).joined(separator: ", "))
    }

    func glob(_ text: String, at node: Node, _ name: String) throws -> Glob {
        do {
            return try Glob(text)
        } catch let error as GlobError {
            throw failure(at: node, "`\(name)` has an \(error)")
        }
    }

    /// How a value is shown in an error: short, and never a whole subtree.
    func shown(_ node: Node) -> String {
        switch node {
        case .scalar(let scalar) where scalar.string.isEmpty: return "nothing"
        case .scalar(let scalar):
            return scalar.string.count > 40 ? "`\(scalar.string.prefix(40))…`" : "`\(scalar.string)`"
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .alias: return "an alias"
        }
    }

    private func choice<Value>(_ node: Node, _ name: String, among values: [String: Value], describedAs expected: String) throws -> Value {
        guard case .scalar(let scalar) = node, let value = values[scalar.string.lowercased()] else {
            throw failure(at: node, "`\(name)` must be \(expected); found \(shown(node))")
        }
        return value
    }
}

/// A policy mapping after its keys were checked.
struct Section {
    let name: String
    let node: Node
    let entries: [String: (key: Node, value: Node)]

    subscript(key: String) -> Node? { entries[key]?.value }

    /// The dotted name of a key, for messages (`protected.fail_on`).
    func path(_ key: String) -> String { name.isEmpty ? key : "\(name).\(key)" }
}
