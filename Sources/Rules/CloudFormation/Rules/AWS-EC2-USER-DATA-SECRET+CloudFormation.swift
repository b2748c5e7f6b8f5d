/// Secrets written into instance user data. The literal text of the script is scanned, looking
/// through `Fn::Base64`, `Fn::Sub` and `Fn::Join`; what those functions substitute is unknown and left out.
struct CloudFormationUserDataRule: Rule {
    let description = UserDataSecretsRule().description.adding(CloudFormationDocumentation(
        triggering: [
            .template("""
            Resources:
              App:
                Type: AWS::EC2::Instance
                Properties:
                  ImageId: ami-12345678
            ↓      UserData:
                    Fn::Base64: !Sub |
                      #!/bin/bash
                      export DB_PASSWORD=hunter2hunter2
                      ./start.sh --region ${AWS::Region}
            """),
            .template("""
            Resources:
              App:
                Type: AWS::EC2::LaunchTemplate
                Properties:
                  LaunchTemplateData:
            ↓        UserData: !Base64 "export AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE"
            """),
        ],
        nonTriggering: [
            .template("""
            Resources:
              App:
                Type: AWS::EC2::Instance
                Properties:
                  ImageId: ami-12345678
                  UserData:
                    Fn::Base64: !Sub |
                      #!/bin/bash
                      export DB_PASSWORD=$(aws secretsmanager get-secret-value --secret-id ${DatabaseSecret} --query SecretString --output text)
            """),
        ]))

    private static let userData: [(type: String, property: [String])] = [
        ("AWS::EC2::Instance", ["UserData"]),
        ("AWS::EC2::LaunchTemplate", ["LaunchTemplateData", "UserData"]),
        ("AWS::AutoScaling::LaunchConfiguration", ["UserData"]),
    ]
    /// `Fn::Join` and `Fn::Sub` nest; real scripts need two or three levels.
    private static let maximumDepth = 8

    func check(_ template: CloudFormationTemplate) -> [Violation] {
        Self.userData.flatMap { type, path in
            template.resources(ofType: [type]).compactMap { resource -> Violation? in
                guard let script = resource.property(path) else { return nil }
                let secrets = SecretText.secretsIn(script: Self.literalText(of: script.value, depth: 0))
                guard !secrets.isEmpty else { return nil }
                return resource.violation(line: script.keyLine, message: "\(resource.logicalID) UserData contains \(secrets.joined(separator: ", ")).",
                                          property: "UserData")
            }
        }
    }

    /// The text written literally in a script value; parts only known at deploy time are empty.
    private static func literalText(of value: TemplateValue, depth: Int) -> String {
        guard depth < maximumDepth else { return "" }
        switch value.kind {
        case .string(let text):
            return text
        case .intrinsic("Fn::Base64", let argument):
            return literalText(of: argument, depth: depth + 1)
        case .intrinsic("Fn::Sub", let argument):
            // `!Sub "text"` or `!Sub ["text", {variables}]`: the text, its `${…}` left as written.
            return literalText(of: argument.elements.first ?? argument, depth: depth + 1)
        case .intrinsic("Fn::Join", let argument):
            let arguments = argument.elements
            guard arguments.count == 2, let delimiter = arguments[0].string else { return "" }
            return arguments[1].elements.map { literalText(of: $0, depth: depth + 1) }.joined(separator: delimiter)
        default:
            return ""
        }
    }
}
