/// A template's `Conditions`, evaluated as far as the template alone decides them: `Fn::Equals`
/// of literals and parameter defaults (already substituted for their `Ref`), `Fn::And`, `Fn::Or`,
/// `Fn::Not` and `Condition` references. What depends on a pseudo parameter (`AWS::Region`), a
/// parameter without a default or a mapping is undecided: rules judge both of its branches.
struct CloudFormationConditions: Sendable {
    /// The value of every condition the template decides.
    let decided: [String: Bool]

    /// A chain of `Condition` references longer than this is left undecided rather than followed
    /// (real templates nest two or three); it also bounds the recursion.
    private static let maximumDepth = 32

    /// `section` is the `Conditions` mapping with parameter defaults already resolved.
    init(_ section: [TemplateMember]) {
        var formulas: [String: TemplateValue] = [:]
        for member in section { formulas[member.key] = member.value }
        var evaluator = Evaluator(formulas: formulas)
        for member in section { _ = evaluator.value(of: member.key, depth: 0) }
        decided = evaluator.decided
    }

    private struct Evaluator {
        let formulas: [String: TemplateValue]
        var decided: [String: Bool] = [:]
        /// Conditions evaluated without a decision, and those being evaluated (a cycle is undecided).
        var settled: Set<String> = []

        mutating func value(of name: String, depth: Int) -> Bool? {
            if let value = decided[name] { return value }
            guard !settled.contains(name), depth < CloudFormationConditions.maximumDepth, let formula = formulas[name] else { return nil }
            settled.insert(name)
            let value = evaluate(formula, depth: depth + 1)
            if let value { decided[name] = value }
            return value
        }

        mutating func evaluate(_ formula: TemplateValue, depth: Int) -> Bool? {
            switch formula.kind {
            case .bool(let bool):
                return bool
            case .intrinsic("Condition", let argument):
                return argument.string.flatMap { value(of: $0, depth: depth) }
            case .object(let members) where members.count == 1 && members[0].key == "Condition":
                return members[0].value.string.flatMap { value(of: $0, depth: depth) }
            case .intrinsic("Fn::Equals", let argument):
                // CloudFormation compares string forms: `!Equals [!Ref Count, 1]` holds for `"1"`.
                let sides = argument.elements
                guard sides.count == 2, let left = sides[0].scalarText, let right = sides[1].scalarText else { return nil }
                return left == right
            case .intrinsic("Fn::Not", let argument):
                guard argument.elements.count == 1 else { return nil }
                return evaluate(argument.elements[0], depth: depth).map { !$0 }
            case .intrinsic("Fn::And", let argument):
                // False as soon as one operand is false, whatever the undecided ones are.
                var values: [Bool?] = []
                for operand in argument.elements { values.append(evaluate(operand, depth: depth)) }
                if values.contains(false) { return false }
                return values.isEmpty || values.contains(nil) ? nil : true
            case .intrinsic("Fn::Or", let argument):
                var values: [Bool?] = []
                for operand in argument.elements { values.append(evaluate(operand, depth: depth)) }
                if values.contains(true) { return true }
                return values.isEmpty || values.contains(nil) ? nil : false
            default:
                return nil
            }
        }
    }
}

extension TemplateValue {
    /// The value as the stack gets it when the conditions in `values` hold: each `Fn::If` on one
    /// of them replaced by its branch. Nil when the value is `AWS::NoValue`, i.e. the property is
    /// absent; an `Fn::If` on another condition stays (unknown).
    func resolvingConditions(_ values: [String: Bool]) -> TemplateValue? {
        switch kind {
        case .intrinsic(function: "Ref", argument: let argument) where argument.string == "AWS::NoValue":
            return nil
        case .intrinsic(function: "Fn::If", argument: let argument):
            let parts = argument.elements
            guard parts.count == 3, let name = parts[0].string, let holds = values[name] else { return self }
            return (holds ? parts[1] : parts[2]).resolvingConditions(values)
        case .intrinsic(let function, let argument):
            guard let resolved = argument.resolvingConditions(values) else { return self }
            return replacingKind(with: .intrinsic(function: function, argument: resolved))
        case .list(let elements):
            return replacingKind(with: .list(elements.compactMap { $0.resolvingConditions(values) }))
        case .object(let members):
            return replacingKind(with: .object(members.compactMap { member in
                member.value.resolvingConditions(values).map { TemplateMember(key: member.key, keyLine: member.keyLine, value: $0) }
            }))
        case .string, .number, .bool, .null:
            return self
        }
    }

    /// The names of the conditions every `Fn::If` in the value tests, in order of appearance.
    func conditionsTested(into names: inout [String]) {
        switch kind {
        case .intrinsic(function: "Fn::If", argument: let argument):
            if let name = argument.elements.first?.string, !names.contains(name) { names.append(name) }
            argument.elements.dropFirst().forEach { $0.conditionsTested(into: &names) }
        case .intrinsic(_, let argument):
            argument.conditionsTested(into: &names)
        case .list(let elements):
            elements.forEach { $0.conditionsTested(into: &names) }
        case .object(let members):
            members.forEach { $0.value.conditionsTested(into: &names) }
        case .string, .number, .bool, .null:
            return
        }
    }
}
