/// A rule for resources that are safe only when another resource of the module or template
/// configures them (a logging configuration, a DNSSEC signing resource) or an inline setting does.
/// Each rule file makes one.
struct AWSCompanionRule: Rule {
    /// A resource type that configures the owner, and the setting through which it names the owner.
    struct Companion: Sendable {
        let type: String
        let terraform: String
        let cloudFormation: String
    }

    let description: RuleDescription
    /// CloudFormation types of the owners (`AWS::Route53::HostedZone`).
    let types: [String]
    let companions: [Companion]
    /// Inline settings that make a companion unnecessary, per format; empty when there is none.
    var inlineTerraform: [String] = []
    var inlineCloudFormation: [String] = []
    /// Owners the rule is about (a public hosted zone).
    var appliesTo: @Sendable (AWSResource) -> Bool = { _ in true }
    /// What is missing, completing "<address> …", e.g. "has no DNS query logging".
    let problem: String

    /// An owner counts as configured when a companion refers to it; a companion whose target
    /// cannot be resolved (a variable, a module output) may configure any of them, so then none is reported.
    func check(_ resources: AWSResources) -> [Violation] {
        var configured = Set<String>()
        for companion in companions {
            for resource in resources.ofType(companion.type) {
                guard let target = resource.setting(resource.isTerraform ? companion.terraform : companion.cloudFormation) else { continue }
                // A companion may name its owner through another companion (DNSSEC through the signing key), which is counted itself.
                guard let named = resources.referenced(by: target, ofType: types + companions.map(\.type)), !target.references.isEmpty else { return [] }
                configured.formUnion(named.filter { types.contains($0.type) }.map(\.address))
            }
        }
        return resources.ofType(types).filter(appliesTo).compactMap { owner in
            guard !configured.contains(owner.address) else { return nil }
            let inline = owner.isTerraform ? inlineTerraform : inlineCloudFormation
            if owner.setting(anyOf: inline) != nil { return nil }
            let names = owner.isTerraform ? companions.map { Self.terraformName(of: $0.type) }
                : companions.filter { !$0.type.hasPrefix("Terraform::") }.map { "`\($0.type)`" }
            var missing: [String] = inline.first.map { ["`\($0)` is not set"] } ?? []
            if !names.isEmpty { missing.append("no \(names.joined(separator: " or ")) of the \(owner.isTerraform ? "module" : "template") refers to it") }
            return owner.violation(message: "\(owner.address) \(problem): \(missing.joined(separator: " and ")).", detail: companions[0].type)
        }
    }

    /// `aws_route53_query_log` for a companion read under a Terraform-only type, else the Terraform resources mapped to the CloudFormation type.
    private static func terraformName(of type: String) -> String {
        let names = AWSResources.cloudFormationTypes.filter { $0.value == type }.map(\.key).sorted()
        return names.isEmpty ? "`\(type)`" : names.map { "`\($0)`" }.joined(separator: " or ")
    }
}
