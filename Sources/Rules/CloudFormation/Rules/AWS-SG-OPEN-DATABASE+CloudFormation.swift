extension CloudFormationIngressRule {
    static let database = CloudFormationIngressRule(
        sharing: .awsDatabase,
        documentation: CloudFormationDocumentation(
            triggering: [
                .template("""
                Resources:
                  Database:
                    Type: AWS::EC2::SecurityGroupIngress
                    Properties:
                      GroupId: !Ref DatabaseGroup
                      IpProtocol: tcp
                      FromPort: 5432
                      ToPort: 5432
                ↓      CidrIp: 0.0.0.0/0
                """),
            ],
            nonTriggering: [
                .template("""
                Resources:
                  Database:
                    Type: AWS::EC2::SecurityGroupIngress
                    Properties:
                      GroupId: !Ref DatabaseGroup
                      IpProtocol: tcp
                      FromPort: 5432
                      ToPort: 5432
                      SourceSecurityGroupId: !Ref AppGroup
                """),
            ]))
}
