extension CloudFormationPropertyRule {
    static let ec2PublicIP = CloudFormationPropertyRule(
        sharing: .ec2PublicIP,
        documentation: CloudFormationDocumentation(
            fix: "remove `AssociatePublicIpAddress: true` and launch into private subnets.",
            triggering: [
                .template("""
                Resources:
                  Workers:
                    Type: AWS::AutoScaling::LaunchConfiguration
                    Properties:
                      ImageId: ami-12345678
                ↓      AssociatePublicIpAddress: true
                """),
            ],
            nonTriggering: [
                .template("""
                Resources:
                  Workers:
                    Type: AWS::AutoScaling::LaunchConfiguration
                    Properties:
                      ImageId: ami-12345678
                      AssociatePublicIpAddress: false
                """),
            ]),
        resourceTypes: ["AWS::AutoScaling::LaunchConfiguration"], property: ["AssociatePublicIpAddress"])
}
