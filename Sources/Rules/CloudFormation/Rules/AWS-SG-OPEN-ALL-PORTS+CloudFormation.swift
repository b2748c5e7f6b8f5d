extension CloudFormationIngressRule {
    static let allPorts = CloudFormationIngressRule(
        sharing: .awsAllPorts,
        documentation: CloudFormationDocumentation(
            triggering: [
                .template("""
                Resources:
                  Open:
                    Type: AWS::EC2::SecurityGroup
                    Properties:
                      GroupDescription: everything
                      SecurityGroupIngress:
                ↓        - {IpProtocol: "-1", CidrIp: 0.0.0.0/0}
                """),
            ],
            nonTriggering: [
                .template("""
                Resources:
                  Ping:
                    Type: AWS::EC2::SecurityGroup
                    Properties:
                      GroupDescription: ping
                      SecurityGroupIngress:
                        - {IpProtocol: icmp, FromPort: -1, ToPort: -1, CidrIp: 0.0.0.0/0}
                """),
            ]))
}
