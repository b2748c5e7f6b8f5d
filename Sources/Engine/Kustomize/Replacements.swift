import InfragateParsers

/// kustomize's `replacements` (ReplacementTransformer, the last built-in transformer): a value
/// copied from one object's field into fields of the objects a target selects. The copy keeps the
/// source's line, so a finding on a replaced value points at where the value was written. What
/// kustomize refuses (a missing source or target field) is malformed; what infragate does not
/// evaluate (a replacements file, `*` paths) is unrenderable: neither passes silently.
struct Replacements {
    /// A field path segment: `spec`, `containers.[name=app]`, `ports.0`.
    enum Segment: Equatable {
        case key(String)
        case item(key: String, value: String)
        case index(Int)
    }

    let kustomization: Kustomization

    func apply(to resources: inout [KustomizeResource]) throws {
        for replacement in try Kustomization.list(kustomization.root, "replacements") {
            guard replacement.isMapping else { throw KustomizeFailure.malformed(replacement.origin, "a replacement must be a mapping") }
            if let file = replacement.entry("path") {
                throw KustomizeFailure.unrenderable(file.keyOrigin, "a replacements file (`path`) is not evaluated by infragate")
            }
            guard let source = replacement["source"], source.isMapping else {
                throw KustomizeFailure.malformed(replacement.origin, "a replacement needs a `source`")
            }
            let value = try sourceValue(source, in: resources)
            for target in try Kustomization.list(replacement, "targets") {
                try replace(target, with: value, in: &resources)
            }
        }
    }

    private func sourceValue(_ source: LocatedNode, in resources: [KustomizeResource]) throws -> LocatedNode {
        let selector = try Selector(LocatedNode.mapping(source.entries.filter { ["group", "version", "kind", "name", "namespace"].contains($0.key) },
                                                        at: source.origin))
        let matches = try resources.filter { try selector.selects($0) }
        guard matches.count == 1, let resource = matches.first else {
            throw KustomizeFailure.malformed(source.origin, matches.isEmpty
                ? "the replacement source selects no object" : "the replacement source selects \(matches.count) objects (kustomize refuses more than one)")
        }
        let fieldPath = source["fieldPath"]?.string ?? "metadata.name"
        let path = try Self.segments(fieldPath, at: source.origin)
        guard var value = Self.node(at: path[...], in: resource.node) else {
            throw KustomizeFailure.malformed(source.origin, "fieldPath `\(fieldPath)` is missing for the replacement source \(resource.kind) \(resource.name)")
        }
        if let options = source["options"], let delimiter = options["delimiter"]?.string, !delimiter.isEmpty, let text = value.string {
            let parts = text.components(separatedBy: delimiter)
            let index = Int(options["index"]?.string ?? "0") ?? 0
            guard parts.indices.contains(index) else { throw KustomizeFailure.malformed(options.origin, "options.index \(index) is out of bounds") }
            value = .string(parts[index], at: value.origin)
        }
        return value
    }

    private func replace(_ target: LocatedNode, with value: LocatedNode, in resources: inout [KustomizeResource]) throws {
        guard let select = target["select"] else { throw KustomizeFailure.malformed(target.origin, "a replacement target needs `select`") }
        let selector = try Selector(select)
        let rejects = try Kustomization.list(target, "reject").map(Selector.init)
        let options = target["options"]
        let create = options?["create"].map { node in if case .scalar(let scalar) = node.value { return scalar.value == .bool(true) }; return false } ?? false
        let delimiter = options?["delimiter"]?.string ?? ""
        let index = Int(options?["index"]?.string ?? "0") ?? 0
        for position in resources.indices {
            guard try selector.selects(resources[position]), try !rejects.contains(where: { try $0.selects(resources[position]) }) else { continue }
            for fieldPath in try Kustomization.list(target, "fieldPaths") {
                guard let text = fieldPath.string else { throw KustomizeFailure.malformed(fieldPath.origin, "a fieldPath must be a string") }
                let path = try Self.segments(text, at: fieldPath.origin)
                var replacement = value
                if !delimiter.isEmpty {
                    guard let current = Self.node(at: path[...], in: resources[position].node)?.string, let new = value.string else {
                        throw KustomizeFailure.malformed(fieldPath.origin, "delimiter needs a string at `\(text)` and a string source")
                    }
                    var parts = current.components(separatedBy: delimiter)
                    if index < 0 { parts.insert(new, at: 0) } else if index >= parts.count { parts.append(new) } else { parts[index] = new }
                    replacement = .string(parts.joined(separator: delimiter), at: value.origin)
                }
                guard Self.set(path[...], to: replacement, in: &resources[position].node, create: create) else {
                    throw KustomizeFailure.malformed(fieldPath.origin, "unable to find field `\(text)` in replacement target \(resources[position].kind) \(resources[position].name)")
                }
                if path == [.key("metadata"), .key("name")], let name = replacement.string { resources[position].names.append(name) }
            }
        }
    }

    /// kustomize's path syntax: dots separate segments, except inside `[…]`.
    static func segments(_ path: String, at origin: SourceLine) throws -> [Segment] {
        var segments: [Segment] = []
        var current = ""
        var depth = 0
        for character in path + "." {
            switch character {
            case "[": depth += 1; current.append(character)
            case "]": depth -= 1; current.append(character)
            case "." where depth == 0:
                if current.hasPrefix("["), current.hasSuffix("]"), let equals = current.firstIndex(of: "=") {
                    let key = String(current[current.index(after: current.startIndex)..<equals])
                    let value = String(current[current.index(after: equals)..<current.index(before: current.endIndex)])
                    segments.append(.item(key: key, value: value))
                } else if current == "*" || current.hasPrefix("[") || current.isEmpty {
                    throw KustomizeFailure.unrenderable(origin, "field path `\(path)` is not one infragate evaluates")
                } else if let number = Int(current) {
                    segments.append(.index(number))
                } else {
                    segments.append(.key(current))
                }
                current = ""
            default: current.append(character)
            }
        }
        return segments
    }

    static func node(at path: ArraySlice<Segment>, in node: LocatedNode) -> LocatedNode? {
        guard let segment = path.first else { return node }
        switch segment {
        case .key(let key): return node[key].flatMap { self.node(at: path.dropFirst(), in: $0) }
        case .index(let index): return node.items.indices.contains(index) ? self.node(at: path.dropFirst(), in: node.items[index]) : nil
        case .item(let key, let value): return node.items.first { $0[key]?.string == value }.flatMap { self.node(at: path.dropFirst(), in: $0) }
        }
    }

    /// Sets the field, creating missing mappings when `create` (as kustomize's `options.create`).
    static func set(_ path: ArraySlice<Segment>, to value: LocatedNode, in node: inout LocatedNode, create: Bool) -> Bool {
        guard let segment = path.first else {
            node = value
            return true
        }
        switch (segment, node.value) {
        case (.key(let key), .mapping(var entries)):
            if let position = entries.firstIndex(where: { $0.key == key }) {
                if path.count == 1 { entries[position].keyOrigin = value.origin }
                guard set(path.dropFirst(), to: value, in: &entries[position].value, create: create) else { return false }
            } else {
                guard create else { return false }
                var child = path.count == 1 ? value : LocatedNode.mapping(at: value.origin)
                guard set(path.dropFirst(), to: value, in: &child, create: create) else { return false }
                entries.append(LocatedEntry(key: key, keyOrigin: value.origin, value: child))
            }
            node.value = .mapping(entries)
            return true
        case (.index(let index), .sequence(var items)) where items.indices.contains(index):
            guard set(path.dropFirst(), to: value, in: &items[index], create: create) else { return false }
            node.value = .sequence(items)
            return true
        case (.item(let key, let wanted), .sequence(var items)):
            var found = false
            for position in items.indices where items[position][key]?.string == wanted {
                guard set(path.dropFirst(), to: value, in: &items[position], create: create) else { return false }
                found = true
            }
            node.value = .sequence(items)
            return found
        default:
            return false
        }
    }
}
