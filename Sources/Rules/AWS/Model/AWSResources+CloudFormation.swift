import InfragateParsers

extension AWSResources {
    /// The resources of a template (parameter defaults already resolved), with SAM resources read
    /// as the resources they create.
    init(cloudFormation template: CloudFormationTemplate) {
        let resources = template.resources.map { resource in
            let properties = resource.properties.map { Self.value(of: $0.value, line: $0.keyLine) }
                ?? AWSValue(.object([]), line: resource.line)
            return AWSResource(type: Self.createdTypes[resource.type] ?? resource.type, address: resource.logicalID, source: .cloudFormation,
                               path: nil, line: resource.line, endLine: resource.line, properties: properties)
        }
        self.init(resources, policies: AWSPolicy.all(in: template))
    }

    /// SAM resource types and the CloudFormation type of the resource each creates, whose
    /// properties they mostly share.
    private static let createdTypes = [
        "AWS::Serverless::Function": "AWS::Lambda::Function",
        "AWS::Serverless::SimpleTable": "AWS::DynamoDB::Table",
        "AWS::Serverless::StateMachine": "AWS::StepFunctions::StateMachine",
    ]

    private static func value(of template: TemplateValue, line: Int) -> AWSValue {
        switch template.kind {
        case .string(let string): return AWSValue(.scalar(.string(string)), line: line, parameter: template.parameter)
        case .number(let number): return AWSValue(.scalar(.number(number)), line: line, parameter: template.parameter)
        case .bool(let bool): return AWSValue(.scalar(.bool(bool)), line: line, parameter: template.parameter)
        case .null: return AWSValue(.scalar(.null), line: line)
        case .list(let elements):
            return AWSValue(.list(elements.map { value(of: $0, line: $0.line) }), line: line, parameter: template.parameter)
        case .object(let members):
            return AWSValue(.object(members.map { AWSMember(key: $0.key, value: value(of: $0.value, line: $0.keyLine)) }),
                            line: line, parameter: template.parameter)
        case .intrinsic:
            var references: [String] = []
            collectReferences(template, into: &references)
            var value = AWSValue(.scalar(.unknown), line: line, references: references)
            let text = literalText(of: template, depth: 0)
            value.literalText = text.isEmpty ? nil : text
            return value
        }
    }

    /// `Fn::Join` and `Fn::Sub` nest; real scripts need two or three levels.
    private static let maximumTextDepth = 8

    /// The text written literally in an intrinsic function (`Fn::Base64`, `Fn::Sub` with its `${…}`
    /// left as written, `Fn::Join`); parts only known at deploy time are empty.
    private static func literalText(of value: TemplateValue, depth: Int) -> String {
        guard depth < maximumTextDepth else { return "" }
        switch value.kind {
        case .string(let text):
            return text
        case .intrinsic("Fn::Base64", let argument):
            return literalText(of: argument, depth: depth + 1)
        case .intrinsic("Fn::Sub", let argument):
            // `!Sub "text"` or `!Sub ["text", {variables}]`.
            return literalText(of: argument.elements.first ?? argument, depth: depth + 1)
        case .intrinsic("Fn::Join", let argument):
            let arguments = argument.elements
            guard arguments.count == 2, let delimiter = arguments[0].string else { return "" }
            return arguments[1].elements.map { literalText(of: $0, depth: depth + 1) }.joined(separator: delimiter)
        default:
            return ""
        }
    }

    /// The logical ids `Ref`, `Fn::GetAtt` and `Fn::Sub` name; pseudo parameters (`AWS::Region`) are not resources.
    private static func collectReferences(_ template: TemplateValue, into references: inout [String]) {
        switch template.kind {
        case .intrinsic(function: "Ref", let argument):
            if let name = argument.string, !name.hasPrefix("AWS::") { references.append(name) }
        case .intrinsic(function: "Fn::GetAtt", let argument):
            if let name = argument.elements.first?.string ?? argument.string?.split(separator: ".").first.map(String.init) {
                references.append(name)
            }
        case .intrinsic(function: "Fn::Sub", let argument):
            let text = argument.string ?? argument.elements.first?.string ?? ""
            for match in text.matches(of: #/\$\{([A-Za-z0-9]+)[.}]/#) { references.append(String(match.1)) }
            argument.elements.dropFirst().forEach { collectReferences($0, into: &references) }
        case .intrinsic(function: "Fn::ImportValue", _):
            // An export of another stack: what it names is unknown here.
            references.append("Fn::ImportValue")
        case .intrinsic(_, let argument):
            collectReferences(argument, into: &references)
        case .list(let elements):
            elements.forEach { collectReferences($0, into: &references) }
        case .object(let members):
            members.forEach { collectReferences($0.value, into: &references) }
        case .string, .number, .bool, .null:
            return
        }
    }
}
