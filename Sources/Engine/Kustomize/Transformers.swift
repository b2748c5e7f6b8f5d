import Foundation
import InfragateParsers
import InfragateRules

/// kustomize's built-in transformers, in the order it runs them when a kustomization names none:
/// strategic-merge patches, patches, namespace, prefix, suffix, labels, annotations, JSON 6902
/// patches, replicas, images. Each value a transformer sets is located at the kustomization line
/// (or patch line) that asked for it.
struct Transformers {
    let kustomization: Kustomization
    let directory: String
    let snapshot: any RepositorySnapshot

    private var root: LocatedNode { kustomization.root }

    func apply(to build: inout KustomizeBuild) throws {
        for patch in kustomization.patchesStrategicMerge { try applyPatch(patch, to: &build) }
        for patch in kustomization.patches { try applyPatch(patch, to: &build) }
        try setNamespace(of: &build.resources)
        try addAffixes(to: &build.resources)
        try addLabels(to: &build.resources)
        try addAnnotations(to: &build.resources)
        for patch in kustomization.patchesJSON6902 { try applyPatch(patch, to: &build) }
        try setReplicas(of: &build.resources)
        try setImages(of: &build.resources)
    }

    // MARK: Patches

    private func applyPatch(_ patch: Kustomization.Patch, to build: inout KustomizeBuild) throws {
        if try applyPatch(patch, to: &build.resources) { build.appliedPatches.insert(patch.path) }
    }

    /// Whether the patch patched (or deleted) anything.
    private func applyPatch(_ patch: Kustomization.Patch, to resources: inout [KustomizeResource]) throws -> Bool {
        let text: String
        if let inline = patch.inlineText {
            text = inline
        } else {
            guard let read = snapshot.text(at: patch.path) else {
                throw KustomizeFailure.malformed(patch.origin, "patch file `\(patch.path)` does not exist or cannot be read as text")
            }
            text = read
        }
        let parsed = YAMLParser.parse(text, dialect: .strict)
        if let problem = parsed.problems.first {
            throw KustomizeFailure.malformed(SourceLine(path: patch.path, line: problem.line + patch.lineOffset), problem.message)
        }
        let documents = parsed.documents.map { LocatedNode($0.root, path: patch.path, lineOffset: patch.lineOffset) }.filter { !$0.isNull }
        guard !documents.isEmpty else { throw KustomizeFailure.malformed(patch.origin, "the patch is empty") }
        if patch.forcesJSON6902 || (documents.count == 1 && documents[0].isSequence) {
            let operations = try JSONPatch.operations(in: documents[0])
            guard let target = patch.target else {
                throw KustomizeFailure.malformed(patch.origin, "a JSON 6902 patch needs a `target`")
            }
            let selector = try Selector(target)
            var applied = false
            for index in resources.indices where try selector.selects(resources[index]) {
                resources[index].node = try JSONPatch.apply(operations, to: resources[index].node)
                applied = true
            }
            return applied
        }
        var applied = false
        for document in documents {
            guard document.isMapping else { throw KustomizeFailure.malformed(document.origin, "a strategic merge patch must be a mapping") }
            if let target = patch.target {
                let selector = try Selector(target)
                // With a target, the patch's own name and kind do not rename what it patches.
                var body = document
                for key in ["apiVersion", "kind"] { body.remove(key) }
                body.withChild("metadata", createdAt: document.origin) { metadata in
                    metadata.remove("name")
                    metadata.remove("namespace")
                }
                resources = try resources.compactMap { resource in
                    guard try selector.selects(resource) else { return resource }
                    applied = true
                    return try merged(body, into: resource)
                }
            } else {
                let kind = document["kind"]?.string
                let name = document["metadata"]?["name"]?.string
                let namespace = document["metadata"]?["namespace"]?.string
                let matches = resources.indices.filter { index in
                    let resource = resources[index]
                    return resource.kind == kind && name.map(resource.names.contains) == true
                        && (namespace == nil || namespace == resource.namespace)
                }
                guard let index = matches.first else {
                    throw KustomizeFailure.malformed(document.origin, "the patch names \(kind ?? "?") \(name ?? "?"), which is not among the resources")
                }
                if let result = try merged(document, into: resources[index]) { resources[index] = result } else { resources.remove(at: index) }
                applied = true
            }
        }
        return applied
    }

    private func merged(_ patch: LocatedNode, into resource: KustomizeResource) throws -> KustomizeResource? {
        guard let node = try StrategicMerge.apply(patch, to: resource.node, isBuiltIn: resource.isBuiltIn) else { return nil }
        var result = resource
        result.node = node
        return result
    }

    // MARK: Namespace, names

    private static let clusterScopedKinds: Set<String> = [
        "Namespace", "ClusterRole", "ClusterRoleBinding", "CustomResourceDefinition", "PersistentVolume", "StorageClass",
        "PriorityClass", "ValidatingWebhookConfiguration", "MutatingWebhookConfiguration", "APIService", "CSIDriver",
        "CSINode", "IngressClass", "RuntimeClass", "Node", "PodSecurityPolicy", "VolumeAttachment", "ComponentStatus",
        "CertificateSigningRequest", "ValidatingAdmissionPolicy", "ValidatingAdmissionPolicyBinding",
    ]

    private func setNamespace(of resources: inout [KustomizeResource]) throws {
        guard let entry = root.entry("namespace"), let namespace = entry.value.string, !namespace.isEmpty else { return }
        for index in resources.indices {
            let kind = resources[index].kind
            if kind == "Namespace" {
                resources[index].rename(namespace, at: entry.keyOrigin)
            } else if !Self.clusterScopedKinds.contains(kind) {
                resources[index].node.withChild("metadata", createdAt: entry.keyOrigin) {
                    $0.set("namespace", to: .string(namespace, at: entry.keyOrigin), at: entry.keyOrigin)
                }
            }
        }
    }

    private func addAffixes(to resources: inout [KustomizeResource]) throws {
        let prefix = root.entry("namePrefix")
        let suffix = root.entry("nameSuffix")
        guard prefix?.value.string?.isEmpty == false || suffix?.value.string?.isEmpty == false else { return }
        let origin = (prefix ?? suffix)!.keyOrigin
        for index in resources.indices where !["Namespace", "CustomResourceDefinition"].contains(resources[index].kind) {
            let name = (prefix?.value.string ?? "") + resources[index].name + (suffix?.value.string ?? "")
            resources[index].rename(name, at: origin)
        }
    }

    // MARK: Labels, annotations

    /// Where labels go that must also select: the selectors and pod templates of each kind.
    private static func selectorPaths(of kind: String) -> [[String]] {
        switch kind {
        case "Service": return [["spec", "selector"]]
        case "Deployment", "ReplicaSet", "DaemonSet", "StatefulSet":
            return [["spec", "selector", "matchLabels"], ["spec", "template", "metadata", "labels"]]
        case "ReplicationController": return [["spec", "selector"], ["spec", "template", "metadata", "labels"]]
        case "Job": return [["spec", "template", "metadata", "labels"]]
        case "CronJob": return [["spec", "jobTemplate", "metadata", "labels"], ["spec", "jobTemplate", "spec", "template", "metadata", "labels"]]
        case "PodDisruptionBudget": return [["spec", "selector", "matchLabels"]]
        case "NetworkPolicy": return [["spec", "podSelector", "matchLabels"]]
        default: return []
        }
    }

    private static func templatePaths(of kind: String) -> [[String]] {
        switch kind {
        case "Deployment", "ReplicaSet", "DaemonSet", "StatefulSet", "ReplicationController", "Job":
            return [["spec", "template", "metadata"]]
        case "CronJob": return [["spec", "jobTemplate", "metadata"], ["spec", "jobTemplate", "spec", "template", "metadata"]]
        default: return []
        }
    }

    private func addLabels(to resources: inout [KustomizeResource]) throws {
        var groups: [(pairs: [(key: String, value: String, origin: SourceLine)], selectors: Bool, templates: Bool)] = []
        groups.append((try Kustomization.pairs(root, "commonLabels"), true, true))
        for item in try Kustomization.list(root, "labels") {
            let selectors = item["includeSelectors"]?.string == "true"
            groups.append((try Kustomization.pairs(item, "pairs"), selectors, selectors || item["includeTemplates"]?.string == "true"))
        }
        for (pairs, selectors, templates) in groups where !pairs.isEmpty {
            for index in resources.indices {
                let kind = resources[index].kind
                var paths = [["metadata", "labels"]]
                if selectors { paths += Self.selectorPaths(of: kind) }
                else if templates { paths += Self.templatePaths(of: kind).map { $0 + ["labels"] } }
                for path in paths { Self.setPairs(pairs, at: path[...], in: &resources[index].node) }
            }
        }
    }

    private func addAnnotations(to resources: inout [KustomizeResource]) throws {
        let pairs = try Kustomization.pairs(root, "commonAnnotations")
        guard !pairs.isEmpty else { return }
        for index in resources.indices {
            var paths = [["metadata", "annotations"]]
            paths += Self.templatePaths(of: resources[index].kind).map { $0 + ["annotations"] }
            for path in paths { Self.setPairs(pairs, at: path[...], in: &resources[index].node) }
        }
    }

    private static func setPairs(_ pairs: [(key: String, value: String, origin: SourceLine)], at path: ArraySlice<String>, in node: inout LocatedNode) {
        guard let key = path.first else {
            for pair in pairs { node.set(pair.key, to: .string(pair.value, at: pair.origin), at: pair.origin) }
            return
        }
        node.withChild(key, createdAt: pairs[0].origin) { setPairs(pairs, at: path.dropFirst(), in: &$0) }
    }

    // MARK: Replicas, images

    private static let scalableKinds: Set<String> = ["Deployment", "ReplicaSet", "StatefulSet", "ReplicationController"]

    private func setReplicas(of resources: inout [KustomizeResource]) throws {
        for item in try Kustomization.list(root, "replicas") {
            guard let name = item["name"]?.string, let count = item.entry("count"), case .scalar(let scalar) = count.value.value,
                  case .int = scalar.value else {
                throw KustomizeFailure.malformed(item.origin, "a `replicas` entry needs `name` and an integer `count`")
            }
            for index in resources.indices where Self.scalableKinds.contains(resources[index].kind) && resources[index].names.contains(name) {
                resources[index].node.withChild("spec", createdAt: count.keyOrigin) {
                    $0.set("replicas", to: LocatedNode(.scalar(scalar), origin: count.keyOrigin), at: count.keyOrigin)
                }
            }
        }
    }

    private func setImages(of resources: inout [KustomizeResource]) throws {
        let images = try Kustomization.list(root, "images")
        guard !images.isEmpty else { return }
        for image in images {
            guard let name = image["name"]?.string else { throw KustomizeFailure.malformed(image.origin, "an `images` entry needs a `name`") }
            let changes = ["newName", "newTag", "digest"].compactMap { image.entry($0) }
            guard let origin = changes.last?.keyOrigin else { continue }
            for index in resources.indices {
                Self.eachImage(in: &resources[index].node) { reference in
                    guard var parsed = ImageReference(reference.string ?? ""), parsed.name == name else { return }
                    if let newName = image["newName"]?.string { parsed.name = newName }
                    if let newTag = image["newTag"]?.string { parsed.tag = newTag; parsed.digest = nil }
                    if let digest = image["digest"]?.string { parsed.digest = digest; parsed.tag = nil }
                    reference = .string(parsed.text, at: origin)
                    return
                }
            }
        }
    }

    /// Calls `body` on the `image` of every container, init and ephemeral container, at any depth;
    /// `body` may replace it, and the entry's line becomes the replacement's.
    private static func eachImage(in node: inout LocatedNode, _ body: (inout LocatedNode) -> Void) {
        switch node.value {
        case .scalar: return
        case .sequence(var items):
            for index in items.indices { eachImage(in: &items[index], body) }
            node.value = .sequence(items)
        case .mapping(var entries):
            for index in entries.indices {
                if ["containers", "initContainers", "ephemeralContainers"].contains(entries[index].key), case .sequence(var containers) = entries[index].value.value {
                    for container in containers.indices {
                        guard case .mapping(var fields) = containers[container].value,
                              let image = fields.firstIndex(where: { $0.key == "image" }) else { continue }
                        var value = fields[image].value
                        let before = value.origin
                        body(&value)
                        if value.origin != before { fields[image].keyOrigin = value.origin }
                        fields[image].value = value
                        containers[container].value = .mapping(fields)
                    }
                    entries[index].value.value = .sequence(containers)
                } else {
                    eachImage(in: &entries[index].value, body)
                }
            }
            node.value = .mapping(entries)
        }
    }
}

/// `name[:tag][@digest]`, the tag's colon being after the last `/` (a registry port is not a tag).
struct ImageReference {
    var name: String
    var tag: String?
    var digest: String?

    init?(_ text: String) {
        guard !text.isEmpty else { return nil }
        var rest = Substring(text)
        if let at = rest.firstIndex(of: "@") {
            digest = String(rest[rest.index(after: at)...])
            rest = rest[..<at]
        }
        let slash = rest.lastIndex(of: "/") ?? rest.startIndex
        if let colon = rest[slash...].lastIndex(of: ":") {
            tag = String(rest[rest.index(after: colon)...])
            rest = rest[..<colon]
        }
        name = String(rest)
    }

    var text: String {
        name + (tag.map { ":" + $0 } ?? "") + (digest.map { "@" + $0 } ?? "")
    }
}

/// A patch `target`: group, version, kind, name, namespace (kind and name as anchored regular
/// expressions), labelSelector and annotationSelector.
struct Selector {
    private let fields: [String: String]
    private let origin: SourceLine

    init(_ node: LocatedNode) throws {
        guard node.isMapping else { throw KustomizeFailure.malformed(node.origin, "a patch `target` must be a mapping") }
        var fields: [String: String] = [:]
        for entry in node.entries {
            guard ["group", "version", "kind", "name", "namespace", "labelSelector", "annotationSelector"].contains(entry.key) else {
                throw KustomizeFailure.malformed(entry.keyOrigin, "unknown patch target field `\(entry.key)`")
            }
            fields[entry.key] = entry.value.string ?? ""
        }
        self.fields = fields
        origin = node.origin
    }

    func selects(_ resource: KustomizeResource) throws -> Bool {
        if let group = fields["group"], group != resource.group { return false }
        if let version = fields["version"], version != resource.version { return false }
        if let kind = fields["kind"], try !Self.matches(kind, resource.kind, at: origin) { return false }
        if let namespace = fields["namespace"], try !Self.matches(namespace, resource.namespace, at: origin) { return false }
        if let name = fields["name"], try !resource.names.contains(where: { try Self.matches(name, $0, at: origin) }) { return false }
        if let labels = fields["labelSelector"], try !LabelSelector(labels, at: origin).matches(Self.map(resource.node["metadata"]?["labels"])) { return false }
        if let annotations = fields["annotationSelector"],
           try !LabelSelector(annotations, at: origin).matches(Self.map(resource.node["metadata"]?["annotations"])) { return false }
        return true
    }

    private static func map(_ node: LocatedNode?) -> [String: String] {
        Dictionary(node?.entries.map { ($0.key, $0.value.string ?? "") } ?? []) { first, _ in first }
    }

    /// kustomize anchors the pattern (`^(?:…)$`). Patterns that could backtrack without bound (a
    /// quantified group, or more than a few quantifiers) are refused rather than run on a push.
    static func matches(_ pattern: String, _ value: String, at origin: SourceLine) throws -> Bool {
        if !pattern.contains(where: { "\\^$.|?*+()[]{}".contains($0) }) { return pattern == value }
        let quantifiers = pattern.filter { "*+?{".contains($0) }.count
        guard pattern.count <= 256, quantifiers <= 4, !pattern.contains(")*"), !pattern.contains(")+"), !pattern.contains(")?"),
              !pattern.contains(")") || !pattern.contains("{"),
              let regex = try? NSRegularExpression(pattern: "^(?:" + pattern + ")$") else {
            throw KustomizeFailure.unrenderable(origin, "patch target pattern `\(pattern)` is not one infragate evaluates safely")
        }
        return regex.firstMatch(in: value, range: NSRange(value.startIndex..., in: value)) != nil
    }
}

/// A Kubernetes label selector in its string form: `k=v`, `k==v`, `k!=v`, `k`, `!k`, `k in (a,b)`, `k notin (a,b)`.
struct LabelSelector {
    private enum Requirement {
        case equals(String, String), notEquals(String, String), exists(String), absent(String), oneOf(String, Set<String>), noneOf(String, Set<String>)
    }

    private let requirements: [Requirement]

    init(_ text: String, at origin: SourceLine) throws {
        var requirements: [Requirement] = []
        var parts: [String] = []
        var depth = 0
        var current = ""
        for character in text {
            if character == "(" { depth += 1 } else if character == ")" { depth -= 1 }
            if character == ",", depth == 0 { parts.append(current); current = "" } else { current.append(character) }
        }
        parts.append(current)
        for part in parts.map({ $0.trimmingCharacters(in: .whitespaces) }) where !part.isEmpty {
            let words = part.split(separator: " ", maxSplits: 1).map(String.init)
            if words.count == 2, let set = Self.set(words[1], prefix: "in") {
                requirements.append(.oneOf(words[0], set))
            } else if words.count == 2, let set = Self.set(words[1], prefix: "notin") {
                requirements.append(.noneOf(words[0], set))
            } else if let range = part.range(of: "!=") {
                requirements.append(.notEquals(Self.trimmed(part[..<range.lowerBound]), Self.trimmed(part[range.upperBound...])))
            } else if let range = part.range(of: "==") ?? part.range(of: "=") {
                requirements.append(.equals(Self.trimmed(part[..<range.lowerBound]), Self.trimmed(part[range.upperBound...])))
            } else if part.hasPrefix("!") {
                requirements.append(.absent(Self.trimmed(part.dropFirst())))
            } else if !part.contains(" ") {
                requirements.append(.exists(part))
            } else {
                throw KustomizeFailure.malformed(origin, "label selector `\(text)` cannot be read")
            }
        }
        self.requirements = requirements
    }

    func matches(_ labels: [String: String]) -> Bool {
        requirements.allSatisfy { requirement in
            switch requirement {
            case .equals(let key, let value): return labels[key] == value
            case .notEquals(let key, let value): return labels[key] != value
            case .exists(let key): return labels[key] != nil
            case .absent(let key): return labels[key] == nil
            case .oneOf(let key, let values): return labels[key].map(values.contains) == true
            case .noneOf(let key, let values): return labels[key].map(values.contains) != true
            }
        }
    }

    private static func trimmed(_ text: Substring) -> String {
        text.trimmingCharacters(in: .whitespaces)
    }

    private static func set(_ text: String, prefix: String) -> Set<String>? {
        let rest = text.trimmingCharacters(in: .whitespaces)
        guard rest.hasPrefix(prefix) else { return nil }
        let list = rest.dropFirst(prefix.count).trimmingCharacters(in: .whitespaces)
        guard list.hasPrefix("("), list.hasSuffix(")") else { return nil }
        return Set(list.dropFirst().dropLast().split(separator: ",").map { trimmed($0) })
    }
}
