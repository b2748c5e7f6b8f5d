import InfragateParsers

/// A parsed template: its resources in document order, and what could not be read.
/// JSON templates go through the JSON parser, which accepts every valid document (Yams refuses
/// surrogate-pair escapes); everything else is YAML with short-form intrinsic tags.
struct CloudFormationTemplate {
    /// The entries of `Parameters`: each key is a parameter name.
    let parameters: [TemplateMember]
    /// The resources the stack creates, with each `Fn::If` the template decides resolved; those
    /// on an undecided condition stay unknown here and are judged through `assuming(_:)`.
    let resources: [CloudFormationResource]
    let problems: [ParseProblem]
    /// Conditions only deploy time decides that some resource tests (`Fn::If`, `Condition:`), in order.
    let undecidedConditions: [String]
    /// The undecided conditions each resource tests, by logical id: what a finding only one
    /// branch has depends on.
    let undecidedConditionsByResource: [String: [String]]
    /// `Resources` after parameter defaults and `Fn::ForEach`, before conditions.
    private let entries: [TemplateMember]
    private let decided: [String: Bool]

    init(parsing file: SourceFile) {
        var roots: [TemplateValue] = []
        var problems: [ParseProblem] = []
        if Self.isJSON(file) {
            do {
                roots = [TemplateValue(json: try JSONParser.parse(file.text))]
            } catch let error as ParseProblem {
                problems.append(ParseProblem(line: error.line, message: error.message))
            } catch {
                problems.append(ParseProblem(line: 1, message: "\(error)"))
            }
        } else {
            let parsed = YAMLParser.parse(file.text)
            roots = parsed.documents.map { TemplateValue(yaml: $0.root) }
            problems = parsed.problems
        }
        var parameters: [TemplateMember] = []
        var entries: [TemplateMember] = []
        var decided: [String: Bool] = [:]
        for root in roots {
            let declared = root.member("Parameters")?.value.members ?? []
            parameters += declared
            var defaults: [String: TemplateValue] = [:]
            for parameter in declared {
                guard let value = parameter.value.member("Default")?.value, !value.isIntrinsic else { continue }
                defaults[parameter.key] = value
            }
            let conditions = root.member("Conditions")?.value.resolvingReferences(to: defaults).members ?? []
            decided.merge(CloudFormationConditions(conditions).decided) { _, later in later }
            guard let written = root.member("Resources") else { continue }
            let section = TemplateMember(key: written.key, keyLine: written.keyLine, value: written.value.resolvingReferences(to: defaults))
            guard case .object(let members) = section.value.kind else {
                problems.append(ParseProblem(line: section.keyLine, message: "`Resources` is not a mapping of logical ids to resources"))
                continue
            }
            entries += CloudFormationForEach.expanding(members, problems: &problems)
        }
        var undecided: [String] = []
        var byResource: [String: [String]] = [:]
        for entry in entries {
            var tested: [String] = []
            if let name = entry.value.member("Condition")?.value.string { tested.append(name) }
            entry.value.conditionsTested(into: &tested)
            tested.removeAll { decided[$0] != nil }
            guard !tested.isEmpty else { continue }
            byResource[entry.key] = tested
            for name in tested where !undecided.contains(name) { undecided.append(name) }
        }
        self.parameters = parameters
        self.resources = Self.resources(of: entries, conditions: decided)
        self.problems = problems
        self.undecidedConditions = undecided
        self.undecidedConditionsByResource = byResource
        self.entries = entries
        self.decided = decided
    }

    private init(_ template: CloudFormationTemplate, resources: [CloudFormationResource]) {
        parameters = template.parameters
        self.resources = resources
        problems = template.problems
        undecidedConditions = template.undecidedConditions
        undecidedConditionsByResource = template.undecidedConditionsByResource
        entries = template.entries
        decided = template.decided
    }

    /// The stack created when every undecided condition is `holds`: between the two, each branch
    /// of every `Fn::If` is judged once, and a conditional resource with and without its peers.
    func assuming(_ holds: Bool) -> CloudFormationTemplate {
        var values = decided
        for name in undecidedConditions { values[name] = holds }
        return CloudFormationTemplate(self, resources: Self.resources(of: entries, conditions: values))
    }

    /// The resources created under `conditions`: one whose `Condition` is false is not created,
    /// and `Fn::If` on a known condition is its branch (`AWS::NoValue`: the property is absent).
    private static func resources(of entries: [TemplateMember], conditions: [String: Bool]) -> [CloudFormationResource] {
        entries.compactMap { entry -> CloudFormationResource? in
            if let name = entry.value.member("Condition")?.value.string, conditions[name] == false { return nil }
            guard let value = entry.value.resolvingConditions(conditions) else { return nil }
            return CloudFormationResource(TemplateMember(key: entry.key, keyLine: entry.keyLine, value: value))
        }
    }

    func resources(ofType types: [String]) -> [CloudFormationResource] {
        resources.filter { types.contains($0.type) }
    }

    private static func isJSON(_ file: SourceFile) -> Bool {
        file.path.lowercased().hasSuffix(".json") || file.text.first { !$0.isWhitespace && $0 != "\u{FEFF}" } == "{"
    }
}
