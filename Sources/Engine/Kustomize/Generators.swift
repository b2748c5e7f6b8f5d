import Foundation
import InfragateParsers
import InfragateRules

/// `configMapGenerator` and `secretGenerator`: objects made from literals, files and env files,
/// each value located at the line that gave it (a literal's own line), so a literal secret is
/// reported where it is written. Names get kustomize's content hash suffix at the end of the build.
struct Generators {
    let kustomization: Kustomization
    let directory: String
    let snapshot: any RepositorySnapshot

    func generate(into resources: inout [KustomizeResource]) throws {
        let options = kustomization.root["generatorOptions"]
        for item in try Kustomization.list(kustomization.root, "configMapGenerator") {
            try generate(item, kind: "ConfigMap", options: options, into: &resources)
        }
        for item in try Kustomization.list(kustomization.root, "secretGenerator") {
            try generate(item, kind: "Secret", options: options, into: &resources)
        }
    }

    private func generate(_ item: LocatedNode, kind: String, options: LocatedNode?, into resources: inout [KustomizeResource]) throws {
        guard item.isMapping, let nameEntry = item.entry("name"), let name = nameEntry.value.string else {
            throw KustomizeFailure.malformed(item.origin, "a `\(kind == "Secret" ? "secretGenerator" : "configMapGenerator")` entry needs a `name`")
        }
        let origin = nameEntry.keyOrigin
        var data: [LocatedEntry] = []
        func add(_ key: String, _ value: String, at line: SourceLine) throws {
            if data.contains(where: { $0.key == key }) { throw KustomizeFailure.malformed(line, "key `\(key)` is generated twice") }
            let stored = kind == "Secret" ? Data(value.utf8).base64EncodedString() : value
            data.append(LocatedEntry(key: key, keyOrigin: line, value: .string(stored, at: line)))
        }
        for literal in try Kustomization.list(item, "literals") {
            guard let text = literal.string, let equals = text.firstIndex(of: "=") else {
                throw KustomizeFailure.malformed(literal.origin, "a literal is `key=value`")
            }
            try add(String(text[..<equals]), Self.unquoted(String(text[text.index(after: equals)...])), at: literal.origin)
        }
        for file in try Kustomization.list(item, "files") {
            guard let text = file.string else { throw KustomizeFailure.malformed(file.origin, "a `files` entry is `[key=]path`") }
            let parts = text.split(separator: "=", maxSplits: 1).map(String.init)
            let relative = parts.count == 2 ? parts[1] : parts[0]
            let path = try inputPath(relative, at: file.origin)
            guard let content = snapshot.text(at: path) else {
                throw KustomizeFailure.unrenderable(file.origin, "generator file `\(relative)` is missing, binary or too large")
            }
            try add(parts.count == 2 ? parts[0] : RepositoryPath.name(of: path), content, at: file.origin)
        }
        for envs in [try Kustomization.list(item, "envs"), item["env"].map { [$0] } ?? []] {
            for envFile in envs {
                guard let relative = envFile.string else { throw KustomizeFailure.malformed(envFile.origin, "an `envs` entry is a path") }
                let path = try inputPath(relative, at: envFile.origin)
                guard let content = snapshot.text(at: path) else {
                    throw KustomizeFailure.unrenderable(envFile.origin, "env file `\(relative)` is missing, binary or too large")
                }
                for (number, rawLine) in content.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                    let line = rawLine.trimmingCharacters(in: .whitespaces)
                    if line.isEmpty || line.hasPrefix("#") { continue }
                    let location = SourceLine(path: path, line: number + 1)
                    guard let equals = line.firstIndex(of: "=") else {
                        throw KustomizeFailure.unrenderable(location, "env file line without `=` takes its value from the build machine's environment")
                    }
                    try add(String(line[..<equals]), String(line[line.index(after: equals)...]), at: location)
                }
            }
        }
        var metadata: [LocatedEntry] = [LocatedEntry(key: "name", keyOrigin: origin, value: .string(name, at: origin))]
        if let namespace = item.entry("namespace"), namespace.value.string != nil {
            metadata.append(LocatedEntry(key: "namespace", keyOrigin: namespace.keyOrigin, value: namespace.value))
        }
        let itemOptions = item["options"]
        for key in ["labels", "annotations"] {
            let pairs = try (options.map { try Kustomization.pairs($0, key) } ?? []) + (itemOptions.map { try Kustomization.pairs($0, key) } ?? [])
            guard !pairs.isEmpty else { continue }
            metadata.append(LocatedEntry(key: key, keyOrigin: pairs[0].origin,
                                         value: .mapping(pairs.map { LocatedEntry(key: $0.key, keyOrigin: $0.origin, value: .string($0.value, at: $0.origin)) }, at: pairs[0].origin)))
        }
        var entries = [
            LocatedEntry(key: "apiVersion", keyOrigin: origin, value: .string("v1", at: origin)),
            LocatedEntry(key: "kind", keyOrigin: origin, value: .string(kind, at: origin)),
            LocatedEntry(key: "metadata", keyOrigin: origin, value: .mapping(metadata, at: origin)),
        ]
        if kind == "Secret" {
            let type = item.entry("type")
            entries.append(LocatedEntry(key: "type", keyOrigin: type?.keyOrigin ?? origin, value: .string(type?.value.string ?? "Opaque", at: type?.keyOrigin ?? origin)))
        }
        if !data.isEmpty { entries.append(LocatedEntry(key: "data", keyOrigin: data[0].keyOrigin, value: .mapping(data, at: data[0].keyOrigin))) }
        let disabled = [itemOptions, options].compactMap { $0?["disableNameSuffixHash"]?.string }.first == "true"
        let generated = KustomizeResource(node: .mapping(entries, at: origin), names: [name], needsHashSuffix: !disabled)

        switch item["behavior"]?.string ?? "create" {
        case "create":
            resources.append(generated)
        case let behavior where behavior == "merge" || behavior == "replace":
            guard let index = resources.firstIndex(where: { $0.kind == kind && $0.names.contains(name) }) else {
                throw KustomizeFailure.malformed(origin, "`behavior: \(behavior)` needs an existing \(kind) \(name)")
            }
            if behavior == "replace" {
                resources[index].node.set("data", to: .mapping(data, at: origin), at: origin)
            } else {
                resources[index].node.withChild("data", createdAt: origin) { existing in
                    for entry in data { existing.set(entry.key, to: entry.value, at: entry.keyOrigin) }
                }
            }
            // The generator's labels and annotations are merged into the existing object's.
            for entry in metadata where entry.key == "labels" || entry.key == "annotations" {
                resources[index].node.withChild("metadata", createdAt: origin) { existing in
                    existing.withChild(entry.key, createdAt: entry.keyOrigin) { pairs in
                        for pair in entry.value.entries { pairs.set(pair.key, to: pair.value, at: pair.keyOrigin) }
                    }
                }
            }
        case let other:
            throw KustomizeFailure.malformed(origin, "unknown generator behavior `\(other)`")
        }
    }

    /// A generator's input file; kustomize refuses files outside the kustomization's directory.
    private func inputPath(_ relative: String, at origin: SourceLine) throws -> String {
        guard let path = RepositoryPath.resolved(relative, in: directory), KustomizeRenderer.isInOrBelow(path, directory) else {
            throw KustomizeFailure.malformed(origin, "generator file `\(relative)` is outside the kustomization's directory (kustomize refuses it)")
        }
        return path
    }

    /// A literal's value with one pair of surrounding quotes removed, as kustomize reads `KEY="value"`.
    private static func unquoted(_ value: String) -> String {
        guard value.count >= 2, let first = value.first, first == value.last, first == "\"" || first == "'" else { return value }
        return String(value.dropFirst().dropLast())
    }

    /// kustomize's `-<hash>` suffix, over the final content (its hasher reads the name as empty).
    static func appendHashSuffixes(to resources: inout [KustomizeResource]) {
        var renamed: [String: [String: String]] = [:]
        for index in resources.indices where resources[index].needsHashSuffix {
            let node = resources[index].node
            var members: [(String, String)] = [("kind", GoJSON.quoted(resources[index].kind)), ("name", "\"\"")]
            let data = node["data"].map(CanonicalJSON.text(of:)) ?? "\"\""
            members.append(("data", data))
            if resources[index].kind == "Secret" {
                members.append(("type", GoJSON.quoted(node["type"]?.string ?? "")))
                if let stringData = node["stringData"], stringData.isMapping { members.append(("stringData", CanonicalJSON.text(of: stringData))) }
            } else if let binary = node["binaryData"], binary.isMapping {
                members.append(("binaryData", CanonicalJSON.text(of: binary)))
            }
            let suffix = encoded(SHA256.hex(of: GoJSON.object(members)))
            let original = resources[index].names[0]
            let origin = node["metadata"]?.entry("name")?.keyOrigin ?? node.origin
            resources[index].rename(resources[index].name + "-" + suffix, at: origin)
            renamed[resources[index].kind, default: [:]][original] = resources[index].name
        }
        NameReferences.update(&resources, renamed: renamed, finalNames: finalNames(of: resources))
    }

    private static func finalNames(of resources: [KustomizeResource]) -> [String: [String: String]] {
        var names: [String: [String: String]] = [:]
        for resource in resources where resource.names.count > 1 {
            for old in resource.names.dropLast() { names[resource.kind, default: [:]][old] = resource.name }
        }
        return names
    }

    /// kustomize keeps the first ten hex digits, with letters swapped in for digits that could spell words.
    private static func encoded(_ hex: String) -> String {
        String(hex.prefix(10).map { character -> Character in
            switch character {
            case "0": return "g"
            case "1": return "h"
            case "3": return "k"
            case "a": return "m"
            case "e": return "t"
            default: return character
            }
        })
    }
}

/// References from pod specs to ConfigMaps, Secrets and ServiceAccounts follow the names those
/// got from prefixes, suffixes and hashes, as kustomize's name-reference transformer does.
enum NameReferences {
    static func update(_ resources: inout [KustomizeResource], renamed: [String: [String: String]], finalNames: [String: [String: String]]) {
        let names = finalNames.merging(renamed) { old, new in old.merging(new) { _, latest in latest } }
        guard !names.isEmpty else { return }
        let paths: [(kind: String, path: [String])] = [
            ("ConfigMap", ["volumes", "configMap", "name"]), ("ConfigMap", ["volumes", "projected", "sources", "configMap", "name"]),
            ("Secret", ["volumes", "secret", "secretName"]), ("Secret", ["volumes", "projected", "sources", "secret", "name"]),
            ("Secret", ["imagePullSecrets", "name"]), ("ServiceAccount", ["serviceAccountName"]),
        ] + ["containers", "initContainers", "ephemeralContainers"].flatMap { containers in [
            ("ConfigMap", [containers, "envFrom", "configMapRef", "name"]), ("Secret", [containers, "envFrom", "secretRef", "name"]),
            ("ConfigMap", [containers, "env", "valueFrom", "configMapKeyRef", "name"]), ("Secret", [containers, "env", "valueFrom", "secretKeyRef", "name"]),
        ] }
        let podSpecs: [[String]] = [["spec"], ["spec", "template", "spec"], ["spec", "jobTemplate", "spec", "template", "spec"]]
        for index in resources.indices {
            for spec in podSpecs {
                for (kind, path) in paths {
                    guard let table = names[kind] else { continue }
                    resources[index].node.visit((spec + path)[...]) { reference in
                        guard let name = reference.string, let renamedTo = table[name] else { return }
                        reference = .string(renamedTo, at: reference.origin)
                    }
                }
            }
        }
    }
}
