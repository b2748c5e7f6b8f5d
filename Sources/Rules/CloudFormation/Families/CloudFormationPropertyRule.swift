import InfragateParsers

/// The family of checks that read one property of a resource type ("volumes set `Encrypted: true`"),
/// judged as Terraform's `ResourceSettingRule` judges the same setting. One instance per rule.
struct CloudFormationPropertyRule: Rule {
    let description: RuleDescription
    let resourceTypes: [String]
    /// Nested property names, e.g. `["LaunchTemplateData", "MetadataOptions", "HttpTokens"]`.
    let property: [String]
    let expectation: ResourceSettingRule.Expectation
    /// What is wrong, completing "<logical id> …", e.g. "is not encrypted at rest".
    let problem: String
    /// Properties through which the resource inherits the setting (a snapshot, an Aurora cluster):
    /// when one is set, a missing property is unknown rather than unsafe.
    let inheritedThrough: [String]

    init(
        sharing shared: RuleDescription, documentation: CloudFormationDocumentation, resourceTypes: [String], property: [String],
        expectation: ResourceSettingRule.Expectation, problem: String, inheritedThrough: [String] = []
    ) {
        self.description = shared.adding(documentation)
        self.resourceTypes = resourceTypes
        self.property = property
        self.expectation = expectation
        self.problem = problem
        self.inheritedThrough = inheritedThrough
    }

    /// A rule Terraform reads with `ResourceSettingRule`: its description and wording, and its
    /// expectation unless CloudFormation spells the values differently.
    init(
        sharing shared: ResourceSettingRule, documentation: CloudFormationDocumentation, resourceTypes: [String], property: [String],
        expectation: ResourceSettingRule.Expectation? = nil, inheritedThrough: [String] = []
    ) {
        self.init(sharing: shared.description, documentation: documentation, resourceTypes: resourceTypes, property: property,
                  expectation: expectation ?? shared.expectation, problem: shared.problem, inheritedThrough: inheritedThrough)
    }

    func check(_ template: CloudFormationTemplate) -> [Violation] {
        template.resources(ofType: resourceTypes).compactMap(check)
    }

    private func check(_ resource: CloudFormationResource) -> Violation? {
        let name = property.joined(separator: ".")
        guard let setting = resource.property(property) else {
            if inheritedThrough.contains(where: { resource.property([$0]) != nil }) { return nil }
            switch expectation {
            case .explicitly, .present:
                return resource.violation(message: "\(resource.logicalID) \(problem): `\(name)` is not set and the default is unsafe.", property: name)
            case .never:
                return nil
            }
        }
        let value = setting.value.known
        guard value.isKnown else { return nil }
        let isUnsafe: Bool
        switch expectation {
        case .explicitly(let safeValues): isUnsafe = !safeValues.contains { ResourceSettingRule.value(value, matches: $0) }
        case .never(let unsafeValues): isUnsafe = unsafeValues.contains { ResourceSettingRule.value(value, matches: $0) }
        case .present: isUnsafe = value == .null || value == .string("")
        }
        guard isUnsafe else { return nil }
        return resource.violation(line: setting.keyLine, message: "\(resource.logicalID) \(problem): `\(name)` is \(ResourceSettingRule.describe(value)).",
                                  property: name)
    }
}
