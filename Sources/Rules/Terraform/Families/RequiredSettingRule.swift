import InfragateParsers

/// The family "a resource must carry one of these settings" when the setting is a block (`log_config {}`)
/// or has alternatives (a customer key or a raw key), and may live in a separate resource that points
/// at it (`azurerm_mssql_server_extended_auditing_policy.server_id`). `ResourceSettingRule` covers a
/// single attribute with known safe values; this one covers presence.
struct RequiredSettingRule: Rule {
    /// A separate resource type that provides the setting, and the attribute by which it names its target.
    struct Attachment: Sendable {
        let type: String
        let reference: String
    }

    let description: RuleDescription
    let resourceTypes: [String]
    /// Alternative paths of nested blocks ending in an attribute or a block; any one present suffices.
    let alternatives: [[String]]
    var attachments: [Attachment] = []
    /// What is wrong, completing "<address> …".
    let problem: String
    /// Attributes or blocks whose presence makes the setting someone else's (a read replica's
    /// backups are its primary's): the resource is not judged then.
    var inheritedThrough: [String] = []

    func check(_ module: TerraformModule) -> [Violation] {
        let attached = TerraformAttachments(attachments.map { ($0.type, $0.reference) }, in: module)
        return resourceTypes.flatMap(module.resources(ofType:)).compactMap { resource in
            let settings = resource.settings
            if alternatives.contains(where: { Self.isSet($0, in: settings) }) || attached.mayConfigure(resource)
                || inheritedThrough.contains(where: { settings.attribute($0) != nil || !settings.blocks($0).isEmpty }) {
                return nil
            }
            return resource.violation(message: "\(resource.address) \(problem): \(missing).", detail: alternatives.first?.joined(separator: ".") ?? "attachment")
        }
    }

    /// "`log_config` is not set", "none of `a`, `b` is set", "no `type` in the module refers to it".
    private var missing: String {
        let names = alternatives.map { "`\($0.joined(separator: "."))`" }
        var parts: [String] = []
        switch names.count {
        case 0: break
        case 1: parts.append("\(names[0]) is not set")
        default: parts.append("none of \(names.joined(separator: ", ")) is set")
        }
        if !attachments.isEmpty {
            parts.append("no \(attachments.map { "`\($0.type)`" }.joined(separator: " or ")) in the module refers to it")
        }
        return parts.joined(separator: " and ")
    }

    /// A block that exists, or an attribute that is set to something other than false, null or empty;
    /// an unknown value is given the benefit of the doubt.
    static func isSet(_ path: [String], in block: TerraformBlock) -> Bool {
        guard let last = path.last else { return false }
        var current = block
        for step in path.dropLast() {
            guard let next = current.blocks(step).first else { return false }
            current = next
        }
        if !current.body.blocks(ofType: last).isEmpty || current.body.blocks(ofType: "dynamic").contains(where: { $0.labels == [last] }) {
            return true
        }
        guard let value = current.value(last) else { return false }
        switch value {
        case .null, .string(""), .bool(false), .list([]): return false
        default: return true
        }
    }
}
