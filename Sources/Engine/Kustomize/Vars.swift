import InfragateParsers

/// kustomize's legacy `vars` (deprecated for `replacements`, still built by kustomize v5 and
/// `kubectl kustomize`): `$(NAME)` in the fields of kustomize's default `varReference` list is
/// replaced by a field of one object of the build, read after every name prefix and hash suffix.
/// Each kustomization's vars name their object by any name it has had when they are declared; they
/// are resolved once, at the end of the top-level build. What kustomize refuses (a var named twice, an
/// object not found or found twice, a missing field) is malformed; a non-scalar value, which
/// kustomize prints as Go would, is unrenderable.
struct KustomizeVars {
    struct Variable: Sendable {
        let name: String
        let apiVersion: String
        let kind: String
        let objectName: String
        let namespace: String?
        let fieldPath: String
        let origin: SourceLine
    }

    /// kustomize's default `varReference` field specs: the kind they apply to (nil: every kind)
    /// and the path, descending through every item of a list.
    private static let fieldSpecs: [(kind: String?, path: [String])] = {
        let container = ["args", "command", "env/value", "volumeMounts/mountPath"]
        let podFields = ["containers", "initContainers"].flatMap { list in container.map { "\(list)/\($0)" } } + ["volumes/nfs/server"]
        var specs: [(String?, String)] = []
        specs += podFields.map { ("CronJob", "spec/jobTemplate/spec/template/spec/" + $0) }
        for kind in ["DaemonSet", "Deployment", "Job", "ReplicaSet", "StatefulSet"] {
            specs += podFields.filter { kind != "StatefulSet" || $0 != "volumes/nfs/server" }.map { (kind, "spec/template/spec/" + $0) }
        }
        specs += [("StatefulSet", "spec/volumeClaimTemplates/spec/nfs/server")]
        specs += podFields.map { ("Pod", "spec/" + $0) }
        specs += [("Ingress", "spec/rules/host"), ("Ingress", "spec/tls/hosts"), ("Ingress", "spec/tls/secretName"),
                  ("Service", "spec/ports/port"), ("Service", "spec/ports/targetPort"),
                  ("PersistentVolume", "spec/nfs/server"), (nil, "metadata/labels"), (nil, "metadata/annotations")]
        return specs.map { ($0.0, $0.1.split(separator: "/").map(String.init)) }
    }()

    /// The vars a kustomization declares, in its order.
    static func declared(in kustomization: Kustomization) throws -> [Variable] {
        try Kustomization.list(kustomization.root, "vars").map { item in
            guard item.isMapping, let name = item["name"]?.string, !name.isEmpty else {
                throw KustomizeFailure.malformed(item.origin, "a var needs a `name`")
            }
            guard let reference = item["objref"], reference.isMapping, let kind = reference["kind"]?.string,
                  let objectName = reference["name"]?.string else {
                throw KustomizeFailure.malformed(item.origin, "var `\(name)` needs an `objref` with `kind` and `name`")
            }
            return Variable(name: name, apiVersion: reference["apiVersion"]?.string ?? "", kind: kind, objectName: objectName,
                            namespace: reference["namespace"]?.string.flatMap { $0.isEmpty ? nil : $0 },
                            fieldPath: item["fieldref"]?["fieldpath"]?.string ?? "metadata.name", origin: item.origin)
        }
    }

    /// An included build's vars, already attached to its objects: only a name declared twice is refused.
    static func absorb(_ included: [Variable], into build: inout KustomizeBuild) throws {
        for variable in included {
            try refuseRedeclaration(of: variable, in: build)
            build.vars.append(variable)
        }
    }

    private static func refuseRedeclaration(of variable: Variable, in build: KustomizeBuild) throws {
        if build.vars.contains(where: { $0.name == variable.name }) {
            throw KustomizeFailure.malformed(variable.origin, "var `\(variable.name)` already encountered (kustomize refuses it)")
        }
    }

    /// kustomize's `MergeVars`: each var is attached to the one object of the build so far that it
    /// names by any of its names (with an exact apiVersion and kind, as kustomize compares them); a name
    /// already declared in the build is refused.
    static func merge(_ incoming: [Variable], into build: inout KustomizeBuild) throws {
        for variable in incoming {
            try refuseRedeclaration(of: variable, in: build)
            let matches = build.resources.indices.filter { index in
                let resource = build.resources[index]
                return resource.apiVersion == variable.apiVersion && resource.kind == variable.kind
                    && resource.names.contains(variable.objectName)
                    && (variable.namespace == nil || resource.namespace == variable.namespace)
            }
            guard matches.count <= 1 else {
                throw KustomizeFailure.malformed(variable.origin, "found \(matches.count) objects for var `\(variable.name)` (kustomize refuses it: unable to disambiguate)")
            }
            if let index = matches.first { build.resources[index].varNames.append(variable.name) }
            build.vars.append(variable)
        }
    }

    /// kustomize's `ResolveVars`, run on the final objects of the top-level build.
    static func resolve(in build: inout KustomizeBuild) throws {
        guard !build.vars.isEmpty else { return }
        var values: [String: String] = [:]
        for variable in build.vars {
            guard let resource = build.resources.first(where: { $0.varNames.contains(variable.name) }) else {
                throw KustomizeFailure.malformed(variable.origin, "var `\(variable.name)` cannot be mapped to a field in the set of known resources (kustomize refuses it)")
            }
            let path = try Replacements.segments(indexedKeysSplit(variable.fieldPath), at: variable.origin)
            guard let field = Replacements.node(at: path[...], in: resource.node), !field.isNull else {
                throw KustomizeFailure.malformed(variable.origin, "field `\(variable.fieldPath)` of var `\(variable.name)` is not in \(resource.kind) \(resource.name)")
            }
            guard let text = field.string else {
                throw KustomizeFailure.unrenderable(variable.origin, "var `\(variable.name)` names a list or mapping, which infragate does not substitute")
            }
            values[variable.name] = text
        }
        for index in build.resources.indices {
            let kind = build.resources[index].kind
            for spec in fieldSpecs where spec.kind == nil || spec.kind == kind {
                build.resources[index].node.visit(spec.path[...]) { field in substitute(in: &field, values: values) }
            }
        }
    }

    /// A string field, a list of strings (`args`) or a mapping of strings (labels) is expanded;
    /// other values cannot hold a reference.
    private static func substitute(in field: inout LocatedNode, values: [String: String]) {
        switch field.value {
        case .scalar(let scalar):
            guard case .string = scalar.value else { return }
            let expanded = expand(scalar.text, values: values)
            if expanded != scalar.text { field = .string(expanded, at: field.origin) }
        case .sequence(var items):
            for position in items.indices { substitute(in: &items[position], values: values) }
            field.value = .sequence(items)
        case .mapping(var entries):
            for position in entries.indices { substitute(in: &entries[position].value, values: values) }
            field.value = .mapping(entries)
        }
    }

    /// Kubernetes' `$(VAR)` expansion, which kustomize forks: `$$` is a literal `$`, an unknown or
    /// unclosed reference stays as written. One pass, linear in the text.
    static func expand(_ text: String, values: [String: String]) -> String {
        guard text.contains("$") else { return text }
        var output = ""
        var rest = Substring(text)
        var closeMayFollow = true
        while let dollar = rest.firstIndex(of: "$") {
            output += rest[..<dollar]
            let next = rest.index(after: dollar)
            guard next < rest.endIndex else {
                output += "$"
                rest = rest[next...]
                break
            }
            switch rest[next] {
            case "$":
                output += "$"
                rest = rest[rest.index(after: next)...]
            case "(":
                let afterParen = rest.index(after: next)
                // Once no `)` is ahead, none will be: not searching again keeps this linear.
                if closeMayFollow, let close = rest[afterParen...].firstIndex(of: ")") {
                    let name = String(rest[afterParen..<close])
                    output += values[name] ?? "$(\(name))"
                    rest = rest[rest.index(after: close)...]
                } else {
                    closeMayFollow = false
                    output += "$("
                    rest = rest[afterParen...]
                }
            default:
                output += "$"
                rest = rest[next...]
            }
        }
        return output + rest
    }

    /// `spec.ports[0].port` (the var field path form) as the replacements form `spec.ports.0.port`,
    /// and `containers[name=app]` as `containers.[name=app]`.
    private static func indexedKeysSplit(_ path: String) -> String {
        var output = ""
        var rest = Substring(path)
        while let open = rest.firstIndex(of: "[") {
            output += rest[..<open]
            guard let close = rest[open...].firstIndex(of: "]") else { break }
            let inside = rest[rest.index(after: open)..<close]
            if !output.isEmpty, output.last != "." { output += "." }
            output += !inside.isEmpty && inside.allSatisfy(\.isNumber) ? String(inside) : "[\(inside)]"
            rest = rest[rest.index(after: close)...]
        }
        return output + rest
    }
}
