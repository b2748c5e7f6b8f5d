/// The AWS resources of one Terraform module or one CloudFormation template: what AWS rules judge.
struct AWSResources: Sendable {
    let all: [AWSResource]
    /// Every IAM policy document, read once for all the IAM rules.
    let policies: [AWSPolicy]
    /// Whether the Terraform module calls other modules, whose resources are judged on their own:
    /// what "the module lacks" may be there.
    var callsModules = false
    /// The policy's values for the rules that take one (a log retention minimum).
    var parameters = RuleParameters.defaults
    private let indicesByType: [String: [Int]]
    private let indicesByAddress: [String: Int]

    init(_ resources: [AWSResource], policies: [AWSPolicy] = []) {
        all = resources
        self.policies = policies
        var byType: [String: [Int]] = [:]
        var byAddress: [String: Int] = [:]
        for (index, resource) in resources.enumerated() {
            byType[resource.type, default: []].append(index)
            if byAddress[resource.address] == nil { byAddress[resource.address] = index }
        }
        indicesByType = byType
        indicesByAddress = byAddress
    }

    /// The same resources, judged under the policy's values.
    func judged(under parameters: RuleParameters) -> AWSResources {
        var judged = self
        judged.parameters = parameters
        return judged
    }

    func ofType(_ types: String...) -> [AWSResource] {
        ofType(types)
    }

    func ofType(_ types: [String]) -> [AWSResource] {
        types.flatMap { indicesByType[$0] ?? [] }.sorted().map { all[$0] }
    }

    func resource(at address: String) -> AWSResource? {
        indicesByAddress[address].map { all[$0] }
    }

    /// The resources of `types` a value refers to; nil when it refers to something that cannot be
    /// resolved (a module output, a variable, an imported value), which may be any of them.
    func referenced(by value: AWSValue, ofType types: [String]) -> [AWSResource]? {
        var found: [AWSResource] = []
        for reference in value.references {
            guard let resource = resource(at: reference) else { return nil }
            if types.contains(resource.type) { found.append(resource) }
        }
        if found.isEmpty, !value.isKnown { return nil }
        return found
    }
}
