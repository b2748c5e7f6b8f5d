import InfragateParsers

/// Reads `terraform show -json` output (a plan) into the `HCLBody` the rules judge: every
/// resource of `planned_values` (the root module's and every child module's) is a `resource` or
/// `data` block whose attributes are its planned values, each at its line in the JSON. Values the
/// plan marks as known only after apply (`resource_changes[].change.after_unknown`) are unknown,
/// never missing, so a flow log whose VPC is created in the same plan is not read as having none.
enum TerraformPlan {
    /// `*.tfplan.json`, `tfplan.json`: a plan by its name; other JSON is recognised by its content.
    static func isPlan(path: String) -> Bool {
        let name = RepositoryPath.name(of: path).lowercased()
        return name == "tfplan.json" || name.hasSuffix(".tfplan.json")
    }

    /// A JSON document with `format_version` and a `planned_values` object.
    static func isPlan(_ root: JSONValue) -> Bool {
        guard root["format_version"] != nil, case .object? = root["planned_values"]?.kind else { return false }
        return true
    }

    static func body(from text: String) throws -> HCLBody {
        let root = try JSONParser.parse(text)
        guard isPlan(root) else {
            throw ParseProblem(line: root.line, message: "a Terraform plan must be a JSON object with `format_version` and `planned_values` (the output of `terraform show -json`)")
        }
        var unknownByAddress: [String: Set<String>] = [:]
        if case .array(let changes)? = root["resource_changes"]?.kind {
            for change in changes {
                guard let address = change["address"]?.text, case .object(let members)? = change["change"]?["after_unknown"]?.kind else { continue }
                unknownByAddress[address] = Set(members.filter { isUnknown($0.value) }.map(\.key))
            }
        }
        var body = HCLBody()
        var modules = root["planned_values"]?["root_module"].map { [$0] } ?? []
        // A worklist, not recursion: nesting depth is the document's, and it may be hostile.
        while let module = modules.popLast() {
            if case .array(let resources)? = module["resources"]?.kind {
                body.blocks += resources.compactMap { block(for: $0, unknown: unknownByAddress) }
            }
            if case .array(let children)? = module["child_modules"]?.kind {
                modules += children.reversed()
            }
        }
        body.blocks.sort { $0.line < $1.line }
        return body
    }

    /// True, or a collection holding a true: some part of the value is known only after apply.
    private static func isUnknown(_ marker: JSONValue) -> Bool {
        var pending = [marker]
        while let value = pending.popLast() {
            switch value.kind {
            case .bool(true): return true
            case .array(let elements): pending += elements
            case .object(let members): pending += members.map(\.value)
            default: continue
            }
        }
        return false
    }

    private static func block(for resource: JSONValue, unknown: [String: Set<String>]) -> HCLBlock? {
        guard let type = resource["type"]?.text, let address = resource["address"]?.text,
              let mode = resource["mode"]?.text, mode == "managed" || mode == "data" else { return nil }
        var body = HCLBody()
        var written = Set<String>()
        if case .object(let values)? = resource["values"]?.kind {
            for member in values {
                // A null planned value is the provider's default, as an unset attribute is.
                if case .null = member.value.kind { continue }
                written.insert(member.key)
                body.attributes.append(HCLAttribute(name: member.key, expression: expression(member.value), line: member.keyLine))
            }
        }
        for name in (unknown[address] ?? []).subtracting(written).sorted() {
            let line = resource.line
            body.attributes.append(HCLAttribute(
                name: name, expression: HCLExpression(.functionCall(name: "known_after_apply", arguments: [], expandsFinal: false), line: line, endLine: line),
                line: line))
        }
        return HCLBlock(type: mode == "managed" ? "resource" : "data", labels: [type, name(of: address, type: type, mode: mode)],
                        body: body, line: resource.line, endLine: resource.endLine)
    }

    /// The resource's name as its address spells it after the type: `this[0]` for
    /// `aws_vpc.this[0]`, `module.net.this[0]` for `module.net.aws_vpc.this[0]`
    /// (`TerraformResource.address` puts the module path back in front).
    private static func name(of address: String, type: String, mode: String) -> String {
        let marker = (mode == "data" ? "data." : "") + type + "."
        guard let range = address.range(of: marker) else { return address }
        return String(address[..<range.lowerBound]) + String(address[range.upperBound...])
    }

    /// Planned values are final: a string is the literal text, never a template.
    private static func expression(_ value: JSONValue) -> HCLExpression {
        let kind: HCLExpressionKind
        switch value.kind {
        case .string(let text): kind = .string(text)
        case .number(let number): kind = .number(number)
        case .bool(let bool): kind = .bool(bool)
        case .null: kind = .null
        case .array(let elements): kind = .tuple(elements.map(expression))
        case .object(let members):
            kind = .object(members.map {
                HCLObjectItem(key: HCLExpression(.string($0.key), line: $0.keyLine, endLine: $0.keyLine), value: expression($0.value))
            })
        }
        return HCLExpression(kind, line: value.line, endLine: value.endLine)
    }
}

private extension JSONValue {
    var text: String? {
        if case .string(let text) = kind { return text }
        return nil
    }
}
