/// RFC 6902 JSON patches (`add`, `remove`, `replace`, `move`, `copy`, `test`) on located trees; a
/// value a patch writes is located at the patch's `value:` line.
enum JSONPatch {
    struct Operation {
        let op: String
        let path: [String]
        let from: [String]?
        let value: LocatedNode?
        let origin: SourceLine
    }

    static func operations(in node: LocatedNode) throws -> [Operation] {
        guard node.isSequence else { throw KustomizeFailure.malformed(node.origin, "a JSON 6902 patch must be a list of operations") }
        return try node.items.map { item in
            guard let op = item["op"]?.string, let path = item["path"]?.string else {
                throw KustomizeFailure.malformed(item.origin, "a JSON 6902 operation needs `op` and `path`")
            }
            let valueEntry = item.entry("value")
            return Operation(op: op, path: try pointer(path, at: item.origin), from: try item["from"]?.string.map { try pointer($0, at: item.origin) },
                             value: valueEntry?.value, origin: valueEntry?.keyOrigin ?? item.origin)
        }
    }

    static func apply(_ operations: [Operation], to object: LocatedNode) throws -> LocatedNode {
        var result = object
        for operation in operations {
            switch operation.op {
            case "add", "replace":
                guard let value = operation.value else { throw KustomizeFailure.malformed(operation.origin, "`\(operation.op)` needs a `value`") }
                try write(value, at: operation.path[...], in: &result, replacing: operation.op == "replace", origin: operation.origin)
            case "remove":
                try remove(at: operation.path[...], in: &result, origin: operation.origin)
            case "move", "copy":
                guard let from = operation.from, let value = read(at: from[...], in: result) else {
                    throw KustomizeFailure.malformed(operation.origin, "`\(operation.op)` from a path that does not exist")
                }
                if operation.op == "move" { try remove(at: from[...], in: &result, origin: operation.origin) }
                try write(value, at: operation.path[...], in: &result, replacing: false, origin: operation.origin)
            case "test":
                guard let expected = operation.value, let actual = read(at: operation.path[...], in: result),
                      CanonicalJSON.text(of: expected) == CanonicalJSON.text(of: actual) else {
                    throw KustomizeFailure.malformed(operation.origin, "JSON 6902 `test` failed at /\(operation.path.joined(separator: "/"))")
                }
            default:
                throw KustomizeFailure.malformed(operation.origin, "unknown JSON 6902 operation `\(operation.op)`")
            }
        }
        return result
    }

    private static func pointer(_ text: String, at origin: SourceLine) throws -> [String] {
        guard text.hasPrefix("/") else { throw KustomizeFailure.malformed(origin, "JSON pointer `\(text)` must start with `/`") }
        return text.dropFirst().split(separator: "/", omittingEmptySubsequences: false).map {
            $0.replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~")
        }
    }

    private static func read(at path: ArraySlice<String>, in node: LocatedNode) -> LocatedNode? {
        guard let token = path.first else { return node }
        switch node.value {
        case .mapping: return node[token].flatMap { read(at: path.dropFirst(), in: $0) }
        case .sequence(let items):
            guard let index = Int(token), items.indices.contains(index) else { return nil }
            return read(at: path.dropFirst(), in: items[index])
        case .scalar: return nil
        }
    }

    private static func write(_ value: LocatedNode, at path: ArraySlice<String>, in node: inout LocatedNode, replacing: Bool,
                              origin: SourceLine) throws {
        guard let token = path.first else {
            node = value
            return
        }
        let missing = KustomizeFailure.malformed(origin, "JSON 6902 path /\(path.joined(separator: "/")) does not exist")
        switch node.value {
        case .mapping:
            if path.count == 1 {
                if replacing && node[token] == nil { throw missing }
                node.set(token, to: value, at: origin)
                return
            }
            guard node[token] != nil else { throw missing }
            var failure: Error?
            node.withChild(token, createdAt: origin) { child in
                do { try write(value, at: path.dropFirst(), in: &child, replacing: replacing, origin: origin) } catch { failure = error }
            }
            if let failure { throw failure }
        case .sequence(var items):
            if path.count == 1 {
                var placed = value
                placed.origin = origin
                if token == "-" && !replacing {
                    items.append(placed)
                } else if let index = Int(token), index >= 0, replacing ? index < items.count : index <= items.count {
                    if replacing { items[index] = placed } else { items.insert(placed, at: index) }
                } else {
                    throw missing
                }
            } else {
                guard let index = Int(token), items.indices.contains(index) else { throw missing }
                try write(value, at: path.dropFirst(), in: &items[index], replacing: replacing, origin: origin)
            }
            node.value = .sequence(items)
        case .scalar:
            throw missing
        }
    }

    private static func remove(at path: ArraySlice<String>, in node: inout LocatedNode, origin: SourceLine) throws {
        guard let token = path.first else { return }
        let missing = KustomizeFailure.malformed(origin, "JSON 6902 path /\(path.joined(separator: "/")) does not exist")
        switch node.value {
        case .mapping(var entries):
            guard let index = entries.firstIndex(where: { $0.key == token }) else { throw missing }
            if path.count == 1 { entries.remove(at: index) } else { try remove(at: path.dropFirst(), in: &entries[index].value, origin: origin) }
            node.value = .mapping(entries)
        case .sequence(var items):
            guard let index = Int(token), items.indices.contains(index) else { throw missing }
            if path.count == 1 { items.remove(at: index) } else { try remove(at: path.dropFirst(), in: &items[index], origin: origin) }
            node.value = .sequence(items)
        case .scalar:
            throw missing
        }
    }
}

/// A tree as canonical JSON (sorted keys, typed scalars): how two renderings are compared.
enum CanonicalJSON {
    static func text(of node: LocatedNode) -> String {
        switch node.value {
        case .scalar(let scalar):
            switch scalar.value {
            case .string: return GoJSON.quoted(scalar.text)
            case .null: return "null"
            case .bool(let bool): return bool ? "true" : "false"
            case .int(let int): return String(int)
            case .float(let float): return float.rounded() == float && abs(float) < 1e15 ? String(Int(float)) : String(float)
            }
        case .sequence(let items):
            return "[" + items.map(text(of:)).joined(separator: ",") + "]"
        case .mapping(let entries):
            return GoJSON.object(entries.map { ($0.key, text(of: $0.value)) })
        }
    }
}
