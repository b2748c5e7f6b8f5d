extension CloudFormationIngressRule {
    static let rdp = CloudFormationIngressRule(
        sharing: .awsRDP,
        documentation: CloudFormationDocumentation(
            triggering: [
                .template("""
                Resources:
                  Windows:
                    Type: AWS::EC2::SecurityGroup
                    Properties:
                      GroupDescription: windows
                      SecurityGroupIngress:
                        - {IpProtocol: tcp, FromPort: 3389, ToPort: 3389, CidrIp: 10.0.0.0/8}
                ↓        - {IpProtocol: tcp, FromPort: 3389, ToPort: 3389, CidrIp: 0.0.0.0/0}
                """),
            ],
            nonTriggering: [
                .template("""
                Resources:
                  Windows:
                    Type: AWS::EC2::SecurityGroup
                    Properties:
                      GroupDescription: windows
                      SecurityGroupIngress:
                        - {IpProtocol: tcp, FromPort: 3389, ToPort: 3389, SourceSecurityGroupId: !Ref Bastion}
                """),
            ]))
}
