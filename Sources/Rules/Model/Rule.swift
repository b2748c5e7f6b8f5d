/// One rule: what it is (its description: metadata, docs, and the examples that test it) and its
/// check over one input its pack produces — a Dockerfile, a Kubernetes object, a pod spec, a
/// container, a Compose service, a values file, a workflow, a pipeline, a Terraform module or a
/// CloudFormation template. A rule never sees git or the policy. Families (one open-ingress check
/// per port) are instances of one type.
protocol Rule<Input>: Sendable {
    associatedtype Input
    var description: RuleDescription { get }
    func check(_ input: Input) -> [Violation]
}

/// A pack's rules over one kind of input: the one loop that runs rules.
struct RuleSet<Input>: Sendable {
    let rules: [any Rule<Input>]

    init(_ rules: [any Rule<Input>]) {
        self.rules = rules
    }

    var descriptions: [RuleDescription] { rules.map(\.description) }

    /// Every rule on every input, inputs in order and, for each, rules in the order listed; a
    /// finding another rule's subsumes at the same location is left out.
    func violations(in inputs: some Sequence<Input>) -> [(rule: RuleDescription, violation: Violation)] {
        var found: [(rule: RuleDescription, violation: Violation)] = []
        for input in inputs {
            for rule in rules {
                let description = rule.description
                found += rule.check(input).map { (description, $0) }
            }
        }
        return Self.removingSubsumed(found)
    }

    /// One finding per problem: drops each finding whose rule another finding's rule subsumes on
    /// the same file and line. Linear in the findings.
    static func removingSubsumed(_ found: [(rule: RuleDescription, violation: Violation)]) -> [(rule: RuleDescription, violation: Violation)] {
        var subsumed = Set<SubsumedLocation>()
        for (rule, violation) in found {
            for id in rule.subsumes { subsumed.insert(SubsumedLocation(path: violation.path, line: violation.line, ruleID: id)) }
        }
        guard !subsumed.isEmpty else { return found }
        return found.filter { !subsumed.contains(SubsumedLocation(path: $0.violation.path, line: $0.violation.line, ruleID: $0.rule.id)) }
    }

    func violations(in input: Input) -> [(rule: RuleDescription, violation: Violation)] {
        violations(in: CollectionOfOne(input))
    }
}

/// A rule's finding at one line of one file, which a subsuming rule's finding there replaces.
private struct SubsumedLocation: Hashable {
    let path: String?
    let line: Int
    let ruleID: String
}

/// A rule written against a part of its pack's input (each container of a pod spec), run on every
/// such part: the pack keeps one list of rules and one loop however finely its rules look.
struct PartRule<Whole, Base: Rule>: Rule {
    let base: Base
    let parts: @Sendable (Whole) -> [Base.Input]

    init(_ base: Base, parts: @escaping @Sendable (Whole) -> [Base.Input]) {
        self.base = base
        self.parts = parts
    }

    var description: RuleDescription { base.description }

    func check(_ whole: Whole) -> [Violation] {
        parts(whole).flatMap(base.check)
    }
}
