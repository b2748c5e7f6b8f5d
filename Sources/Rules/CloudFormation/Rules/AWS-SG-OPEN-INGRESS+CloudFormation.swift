extension CloudFormationIngressRule {
    static let anyPort = CloudFormationIngressRule(
        sharing: .awsAnyPort,
        documentation: CloudFormationDocumentation(
            triggering: [
                .template("""
                Resources:
                  Open:
                    Type: AWS::EC2::SecurityGroup
                    Properties:
                      GroupDescription: everything
                      SecurityGroupIngress:
                        - IpProtocol: tcp
                          FromPort: 6000
                          ToPort: 6100
                ↓          CidrIp: 0.0.0.0/0
                        - IpProtocol: tcp
                          FromPort: 8080
                          ToPort: 8081
                ↓          CidrIpv6: ::/0
                """),
            ],
            nonTriggering: [
                .template("""
                Resources:
                  Web:
                    Type: AWS::EC2::SecurityGroup
                    Properties:
                      GroupDescription: web
                      SecurityGroupIngress:
                        - {IpProtocol: tcp, FromPort: 443, ToPort: 443, CidrIp: 0.0.0.0/0}
                        - {IpProtocol: "-1", CidrIp: 10.0.0.0/8}
                        - {IpProtocol: icmp, FromPort: -1, ToPort: -1, CidrIp: 0.0.0.0/0}
                """),
            ]))
}
