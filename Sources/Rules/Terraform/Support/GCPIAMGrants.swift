import InfragateParsers

/// One role granted to members on a Google Cloud resource, whatever resource wrote it:
/// `google_<thing>_iam_member`, `…_iam_binding`, or `…_iam_policy` whose `policy_data` is a
/// `data "google_iam_policy"` of the module.
struct GCPIAMGrant {
    /// The IAM resource that writes the grant; findings are reported on it.
    let resource: TerraformResource
    let role: String?
    let members: [String]
    /// The line that names the members (or the policy).
    let line: Int
    /// The resource the grant applies to, from the IAM resource's type: `project`, `storage_bucket`, `kms_crypto_key`.
    var target: String {
        var name = resource.type.dropFirst("google_".count)
        for suffix in ["_iam_member", "_iam_binding", "_iam_policy"] where name.hasSuffix(suffix) {
            name = name.dropLast(suffix.count)
        }
        return String(name)
    }

    /// `allUsers` is the whole internet and `allAuthenticatedUsers` any Google account.
    static func isPublic(_ member: String) -> Bool {
        ["allusers", "allauthenticatedusers"].contains(member.lowercased())
    }

    /// The resource hierarchy levels whose grants apply to everything below them.
    static let hierarchyTargets: Set<String> = ["project", "folder", "organization"]

    static func all(in module: TerraformModule) -> [GCPIAMGrant] {
        module.resources.filter { $0.type.hasPrefix("google_") && $0.type.contains("_iam_") }.flatMap { resource -> [GCPIAMGrant] in
            let settings = resource.settings
            if resource.type.hasSuffix("_iam_policy") {
                guard let data = settings.attribute("policy_data"),
                      let policy = module.referencedResource(data.expression), policy.type == "google_iam_policy"
                else { return [] }
                return policy.settings.blocks("binding").map { binding in
                    GCPIAMGrant(resource: resource, role: binding.value("role")?.stringValue,
                                members: binding.value("members")?.listElements.compactMap(\.stringValue) ?? [], line: data.line)
                }
            }
            let role = settings.value("role")?.stringValue
            for name in ["member", "members"] {
                guard let attribute = settings.attribute(name) else { continue }
                let members = module.evaluate(attribute.expression).listElements.compactMap(\.stringValue)
                return [GCPIAMGrant(resource: resource, role: role, members: members, line: attribute.line)]
            }
            return []
        }
    }
}
