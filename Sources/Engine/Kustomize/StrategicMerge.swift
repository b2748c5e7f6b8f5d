/// Kubernetes' strategic merge patch as kustomize applies it: mappings merge key by key (`null`
/// deletes), lists of the fields Kubernetes declares with a merge key merge item by item, other
/// lists are replaced, and `$patch: delete`/`replace` directives work on mappings and items.
enum StrategicMerge {
    /// The merged object, or nil when the patch deletes it.
    static func apply(_ patch: LocatedNode, to target: LocatedNode, isBuiltIn: Bool) throws -> LocatedNode? {
        try merge(patch, into: target, field: "", parentField: "", isBuiltIn: isBuiltIn)
    }

    /// Lists Kubernetes merges by a key (`patchMergeKey`); ports by `containerPort` in a container.
    private static func mergeKey(of field: String, parentField: String, items: [LocatedNode], isBuiltIn: Bool) -> String? {
        switch field {
        case "containers", "initContainers", "ephemeralContainers", "volumes", "env", "imagePullSecrets", "resourceClaims":
            return "name"
        case "ports":
            return parentField == "spec" && !items.contains(where: { $0["containerPort"] != nil }) ? "port" : "containerPort"
        case "volumeMounts": return "mountPath"
        case "volumeDevices": return "devicePath"
        case "hostAliases": return "ip"
        case "topologySpreadConstraints": return "topologyKey"
        case "ownerReferences": return "uid"
        default:
            // Without a schema (custom resources) kustomize infers the key from the items.
            guard !isBuiltIn else { return nil }
            return ["mountPath", "devicePath", "ip", "type", "topologyKey", "name", "containerPort"].first { key in
                items.allSatisfy { $0.isMapping && $0[key] != nil }
            }
        }
    }

    private static func merge(_ patch: LocatedNode, into target: LocatedNode, field: String, parentField: String,
                              isBuiltIn: Bool) throws -> LocatedNode? {
        guard patch.isMapping, target.isMapping else { return try cleaned(patch) }
        switch patch["$patch"]?.string {
        case "delete"?: return nil
        case "replace"?: return try cleaned(patch)
        case nil, "merge"?: break
        case let other?: throw KustomizeFailure.malformed(patch.origin, "unknown strategic merge directive `$patch: \(other)`")
        }
        var result = target
        for entry in patch.entries {
            if entry.key == "$patch" || entry.key.hasPrefix("$setElementOrder/") { continue }
            if entry.key == "$retainKeys" {
                throw KustomizeFailure.unrenderable(entry.keyOrigin, "strategic merge `$retainKeys` is not rendered by infragate")
            }
            if entry.key.hasPrefix("$deleteFromPrimitiveList/") {
                let listKey = String(entry.key.dropFirst("$deleteFromPrimitiveList/".count))
                let removed = Set(entry.value.items.compactMap(\.string))
                if case .sequence(let items)? = result[listKey]?.value {
                    let kept = items.filter { !removed.contains($0.string ?? "\u{0}") }
                    result.set(listKey, to: LocatedNode(.sequence(kept), origin: entry.value.origin), at: result.entry(listKey)?.keyOrigin ?? entry.keyOrigin)
                }
                continue
            }
            if entry.value.isNull {
                result.remove(entry.key)
                continue
            }
            guard let existing = result.entry(entry.key) else {
                result.set(entry.key, to: try cleaned(entry.value) ?? entry.value, at: entry.keyOrigin)
                continue
            }
            if existing.value.isMapping && entry.value.isMapping {
                if let merged = try merge(entry.value, into: existing.value, field: entry.key, parentField: field, isBuiltIn: isBuiltIn) {
                    // An entry only merged into keeps its own line; one a directive replaced moves to the patch.
                    let replaced = entry.value["$patch"]?.string == "replace"
                    result.set(entry.key, to: merged, at: replaced ? entry.keyOrigin : existing.keyOrigin)
                } else {
                    result.remove(entry.key)
                }
            } else if existing.value.isSequence && entry.value.isSequence {
                let merged = try mergeList(entry.value, into: existing.value, field: entry.key, parentField: field, isBuiltIn: isBuiltIn)
                result.set(entry.key, to: merged.node, at: merged.replaced ? entry.keyOrigin : existing.keyOrigin)
            } else if case .scalar = entry.value.value, CanonicalJSON.text(of: entry.value) == CanonicalJSON.text(of: existing.value) {
                // Restating a value (a merge key, the patch's kind) does not set it: it stays the base's.
                continue
            } else {
                result.set(entry.key, to: try cleaned(entry.value) ?? entry.value, at: entry.keyOrigin)
            }
        }
        return result
    }

    private static func mergeList(_ patch: LocatedNode, into target: LocatedNode, field: String, parentField: String,
                                  isBuiltIn: Bool) throws -> (node: LocatedNode, replaced: Bool) {
        let patchItems = patch.items
        if patchItems.contains(where: { $0.isMapping && $0["$patch"]?.string == "replace" }) {
            let kept = try patchItems.filter { !($0.isMapping && $0["$patch"]?.string == "replace") }.compactMap(cleaned)
            return (LocatedNode(.sequence(kept), origin: patch.origin), true)
        }
        guard let key = mergeKey(of: field, parentField: parentField, items: target.items + patchItems, isBuiltIn: isBuiltIn) else {
            return (LocatedNode(.sequence(try patchItems.compactMap(cleaned)), origin: patch.origin), true)
        }
        // kustomize (kyaml) writes the patch's items first, in the patch's order, then the items it left alone.
        var remaining = target.items
        var items: [LocatedNode] = []
        for item in patchItems {
            guard item.isMapping, let identity = item[key]?.string else {
                throw KustomizeFailure.malformed(item.origin, "an item of `\(field)` lacks its merge key `\(key)`")
            }
            let index = remaining.firstIndex { $0[key]?.string == identity }
            let existing = index.map { remaining.remove(at: $0) }
            if item["$patch"]?.string == "delete" { continue }
            if let existing {
                if let merged = try merge(item, into: existing, field: field, parentField: parentField, isBuiltIn: isBuiltIn) {
                    items.append(merged)
                }
            } else if let added = try cleaned(item) {
                items.append(added)
            }
        }
        items += remaining
        return (LocatedNode(.sequence(items), origin: target.origin), false)
    }

    /// A patch value written where nothing is merged into: its directives removed, as kustomize does.
    private static func cleaned(_ node: LocatedNode) throws -> LocatedNode? {
        switch node.value {
        case .scalar: return node
        case .sequence(let items):
            let kept = try items.filter { !($0.isMapping && $0["$patch"] != nil) }.compactMap(cleaned)
            return LocatedNode(.sequence(kept), origin: node.origin)
        case .mapping(let entries):
            if node["$patch"]?.string == "delete" { return nil }
            if let retain = node.entry("$retainKeys") {
                throw KustomizeFailure.unrenderable(retain.keyOrigin, "strategic merge `$retainKeys` is not rendered by infragate")
            }
            var kept: [LocatedEntry] = []
            for entry in entries where !entry.key.hasPrefix("$") {
                guard !entry.value.isNull else { continue }
                if let value = try cleaned(entry.value) { kept.append(LocatedEntry(key: entry.key, keyOrigin: entry.keyOrigin, value: value)) }
            }
            return LocatedNode(.mapping(kept), origin: node.origin)
        }
    }
}
