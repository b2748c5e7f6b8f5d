import InfragateParsers

/// A parsed template: its resources in document order, and what could not be read.
/// JSON templates go through the JSON parser, which accepts every valid document (Yams refuses
/// surrogate-pair escapes); everything else is YAML with short-form intrinsic tags.
struct CloudFormationTemplate {
    /// The entries of `Parameters`: each key is a parameter name.
    let parameters: [TemplateMember]
    let resources: [CloudFormationResource]
    let problems: [ParseProblem]

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
        var resources: [CloudFormationResource] = []
        for root in roots {
            let declared = root.member("Parameters")?.value.members ?? []
            parameters += declared
            var defaults: [String: TemplateValue] = [:]
            for parameter in declared {
                guard let value = parameter.value.member("Default")?.value, !value.isIntrinsic else { continue }
                defaults[parameter.key] = value
            }
            guard let written = root.member("Resources") else { continue }
            let section = TemplateMember(key: written.key, keyLine: written.keyLine, value: written.value.resolvingReferences(to: defaults))
            guard case .object(let entries) = section.value.kind else {
                problems.append(ParseProblem(line: section.keyLine, message: "`Resources` is not a mapping of logical ids to resources"))
                continue
            }
            resources += entries.compactMap(CloudFormationResource.init)
        }
        self.parameters = parameters
        self.resources = resources
        self.problems = problems
    }

    func resources(ofType types: [String]) -> [CloudFormationResource] {
        resources.filter { types.contains($0.type) }
    }

    private static func isJSON(_ file: SourceFile) -> Bool {
        file.path.lowercased().hasSuffix(".json") || file.text.first { !$0.isWhitespace && $0 != "\u{FEFF}" } == "{"
    }
}
