extension CloudFormationPropertyRule {
    /// Instances take their metadata options from a launch template (the instance resource has no such property).
    static let ec2MetadataV2 = CloudFormationPropertyRule(
        sharing: .ec2MetadataV2,
        documentation: CloudFormationDocumentation(
            fix: "set `LaunchTemplateData.MetadataOptions.HttpTokens: required` in the launch template.",
            triggering: [
                .template("""
                Resources:
                ↓  Web:
                    Type: AWS::EC2::LaunchTemplate
                    Properties:
                      LaunchTemplateData:
                        InstanceType: t3.micro
                """),
                .template("""
                Resources:
                  Web:
                    Type: AWS::EC2::LaunchTemplate
                    Properties:
                      LaunchTemplateData:
                        MetadataOptions:
                ↓          HttpTokens: optional
                """),
            ],
            nonTriggering: [
                .template("""
                Resources:
                  Web:
                    Type: AWS::EC2::LaunchTemplate
                    Properties:
                      LaunchTemplateData:
                        MetadataOptions:
                          HttpTokens: required
                """),
            ]),
        resourceTypes: ["AWS::EC2::LaunchTemplate"], property: ["LaunchTemplateData", "MetadataOptions", "HttpTokens"])
}
