/// The family "ingress from anywhere to port N", sharing Terraform's port classes and wording.
struct CloudFormationIngressRule: Rule {
    let description: RuleDescription
    private let shared: OpenIngressRule

    init(sharing shared: OpenIngressRule, documentation: CloudFormationDocumentation) {
        self.description = shared.description.adding(documentation)
        self.shared = shared
    }

    func check(_ template: CloudFormationTemplate) -> [Violation] {
        SecurityGroupIngress.all(in: template).compactMap { opening in
            // Unknown ports are not guessed into a finding.
            guard let ports = opening.ports, shared.reports(ports, over: opening.transport) else { return nil }
            let resource = opening.resource
            return resource.violation(
                line: opening.source.keyLine,
                message: "\(resource.logicalID) allows \(shared.service) from the whole internet (\(OpenIngressRule.describe(ports, over: opening.transport)))"
                    + (opening.source.value.parameter.map { ", through the default of parameter `\($0)`." } ?? "."),
                property: opening.property)
        }
    }
}
