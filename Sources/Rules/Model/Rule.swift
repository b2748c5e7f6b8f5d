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

    /// Every enabled rule on every input, inputs in order and, for each, rules in the order listed; a
    /// violation another rule's `subsumes` covers at the same location is left out.
    func violations(in inputs: some Sequence<Input>, enabled: EnabledRules = .all) -> [(rule: RuleDescription, violation: Violation)] {
        let running = running(enabled)
        var found: [(rule: RuleDescription, violation: Violation)] = []
        for input in inputs {
            for rule in running {
                let description = rule.description
                found += rule.check(input).map { (description, $0) }
            }
        }
        return Self.withoutSubsumed(found)
    }

    /// One finding per problem: drops each violation of rule B at a path and line where a rule
    /// naming B in `subsumes` reports too. One pass to collect, one to filter.
    private static func withoutSubsumed(
        _ found: [(rule: RuleDescription, violation: Violation)]
    ) -> [(rule: RuleDescription, violation: Violation)] {
        let covered = Set(found.flatMap { rule, violation in
            rule.subsumes.map { RuleLocation(rule: $0, path: violation.path, line: violation.line) }
        })
        guard !covered.isEmpty else { return found }
        return found.filter { rule, violation in
            !covered.contains(RuleLocation(rule: rule.id, path: violation.path, line: violation.line))
        }
    }

    func violations(in input: Input, enabled: EnabledRules = .all) -> [(rule: RuleDescription, violation: Violation)] {
        violations(in: CollectionOfOne(input), enabled: enabled)
    }

    /// The enabled rules, and the turned-off ones whose finding hides an enabled rule's at the same
    /// place: without them an enabled rule would report what it does not when every rule runs (the
    /// policy then drops the turned-off rule's own finding).
    private func running(_ enabled: EnabledRules) -> [any Rule<Input>] {
        guard !enabled.isAll else { return rules }
        return rules.filter { rule in
            let description = rule.description
            return enabled.includes(description.id) || description.subsumes.contains(where: enabled.includes)
        }
    }
}

/// Where a rule reports: the unit `subsumes` compares.
private struct RuleLocation: Hashable {
    let rule: String
    let path: String?
    let line: Int
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
