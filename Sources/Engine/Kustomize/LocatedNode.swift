import InfragateParsers

/// A line of a file of the revision: where a rendered value came from.
struct SourceLine: Hashable, Sendable {
    let path: String
    let line: Int
}

/// A YAML tree that remembers, for every entry, the file and line that last set it, so a value
/// an overlay's patch changed is reported at the patch and one it left alone at the base.
struct LocatedNode: Sendable {
    enum Value: Sendable {
        case scalar(YAMLScalar)
        case sequence([LocatedNode])
        case mapping([LocatedEntry])
    }

    var value: Value
    var origin: SourceLine

    init(_ value: Value, origin: SourceLine) {
        self.value = value
        self.origin = origin
    }

    init(_ node: YAMLNode, path: String, lineOffset: Int = 0) {
        self.init(node) { SourceLine(path: path, line: $0 + lineOffset) }
    }

    /// A tree whose lines come from elsewhere: a rendered chart's output line maps to the template
    /// or values line that wrote it.
    init(_ node: YAMLNode, origin: (Int) -> SourceLine) {
        self.origin = origin(node.line)
        switch node.content {
        case .scalar(let scalar):
            value = .scalar(scalar)
        case .sequence(let items):
            value = .sequence(items.map { LocatedNode($0, origin: origin) })
        case .mapping(let entries):
            value = .mapping(entries.map {
                LocatedEntry(key: $0.key, keyOrigin: origin($0.keyLine), value: LocatedNode($0.value, origin: origin))
            })
        }
    }

    static func string(_ text: String, at origin: SourceLine) -> LocatedNode {
        LocatedNode(.scalar(YAMLScalar(text: text, isPlain: false)), origin: origin)
    }

    static func mapping(_ entries: [LocatedEntry] = [], at origin: SourceLine) -> LocatedNode {
        LocatedNode(.mapping(entries), origin: origin)
    }

    var entries: [LocatedEntry] {
        if case .mapping(let entries) = value { return entries }
        return []
    }

    var items: [LocatedNode] {
        if case .sequence(let items) = value { return items }
        return []
    }

    var isMapping: Bool {
        if case .mapping = value { return true }
        return false
    }

    var isSequence: Bool {
        if case .sequence = value { return true }
        return false
    }

    var isNull: Bool {
        if case .scalar(let scalar) = value { return scalar.value == .null }
        return false
    }

    /// The scalar's text, nil for null and collections.
    var string: String? {
        if case .scalar(let scalar) = value, scalar.value != .null { return scalar.text }
        return nil
    }

    subscript(key: String) -> LocatedNode? {
        entries.first { $0.key == key }?.value
    }

    func entry(_ key: String) -> LocatedEntry? {
        entries.first { $0.key == key }
    }

    /// Sets `key` (appending it when absent), the entry's line becoming `origin`.
    mutating func set(_ key: String, to node: LocatedNode, at origin: SourceLine) {
        guard case .mapping(var entries) = value else { return }
        if let index = entries.firstIndex(where: { $0.key == key }) {
            entries[index].value = node
            entries[index].keyOrigin = origin
        } else {
            entries.append(LocatedEntry(key: key, keyOrigin: origin, value: node))
        }
        value = .mapping(entries)
    }

    mutating func remove(_ key: String) {
        guard case .mapping(let entries) = value else { return }
        value = .mapping(entries.filter { $0.key != key })
    }

    /// The child under `key`, created as an empty mapping set at `origin` when missing.
    mutating func withChild(_ key: String, createdAt origin: SourceLine, _ body: (inout LocatedNode) -> Void) {
        guard case .mapping(var entries) = value else { return }
        let index: Int
        if let found = entries.firstIndex(where: { $0.key == key }), !entries[found].value.isNull {
            index = found
        } else {
            entries.removeAll { $0.key == key }
            entries.append(LocatedEntry(key: key, keyOrigin: origin, value: .mapping(at: origin)))
            index = entries.count - 1
        }
        body(&entries[index].value)
        value = .mapping(entries)
    }

    /// Applies `body` to the node at each path of keys, descending through every item of a
    /// sequence met on the way (kustomize's field specs: `spec/template/spec/containers[]/image`).
    mutating func visit(_ path: ArraySlice<String>, _ body: (inout LocatedNode) -> Void) {
        guard let key = path.first else {
            body(&self)
            return
        }
        switch value {
        case .mapping(var entries):
            guard let index = entries.firstIndex(where: { $0.key == key }) else { return }
            entries[index].value.visit(path.dropFirst(), body)
            value = .mapping(entries)
        case .sequence(var items):
            // A sequence is walked through without consuming a key.
            for index in items.indices { items[index].visit(path, body) }
            value = .sequence(items)
        case .scalar:
            return
        }
    }

    /// Every node in the tree, counted: what bounds a render's output.
    var size: Int {
        switch value {
        case .scalar: return 1
        case .sequence(let items): return 1 + items.reduce(0) { $0 + $1.size }
        case .mapping(let entries): return 1 + entries.reduce(0) { $0 + $1.value.size }
        }
    }
}

struct LocatedEntry: Sendable {
    var key: String
    var keyOrigin: SourceLine
    var value: LocatedNode
}
