extension CloudFormationIngressRule {
    static let ssh = CloudFormationIngressRule(
        sharing: .awsSSH,
        documentation: CloudFormationDocumentation(
            triggering: [
                .template("""
                Resources:
                  Bastion:
                    Type: AWS::EC2::SecurityGroup
                    Properties:
                      GroupDescription: bastion
                      SecurityGroupIngress:
                        - IpProtocol: tcp
                          FromPort: 22
                          ToPort: 22
                ↓          CidrIp: 0.0.0.0/0
                """),
                .template("""
                Resources:
                  BastionSSH:
                    Type: AWS::EC2::SecurityGroupIngress
                    Properties:
                      GroupId: !Ref Bastion
                      IpProtocol: tcp
                      FromPort: 20
                      ToPort: 30
                ↓      CidrIpv6: ::/0
                """),
                .template("""
                Parameters:
                  SSHLocation:
                    Type: String
                    Default: 0.0.0.0/0
                Resources:
                  Bastion:
                    Type: AWS::EC2::SecurityGroup
                    Properties:
                      GroupDescription: bastion
                      SecurityGroupIngress:
                        - IpProtocol: tcp
                          FromPort: 22
                          ToPort: 22
                ↓          CidrIp: !Ref SSHLocation
                """),
            ],
            nonTriggering: [
                .template("""
                Resources:
                  Bastion:
                    Type: AWS::EC2::SecurityGroup
                    Properties:
                      GroupDescription: bastion
                      SecurityGroupIngress:
                        - IpProtocol: tcp
                          FromPort: 22
                          ToPort: 22
                          CidrIp: 10.0.0.0/8
                        - IpProtocol: tcp
                          FromPort: !Ref AdminPort
                          ToPort: !Ref AdminPort
                          CidrIp: 0.0.0.0/0
                """),
                .template("""
                Parameters:
                  SSHLocation:
                    Type: String
                    Default: 203.0.113.0/24
                Resources:
                  Bastion:
                    Type: AWS::EC2::SecurityGroup
                    Properties:
                      GroupDescription: bastion
                      SecurityGroupIngress:
                        - {IpProtocol: tcp, FromPort: 22, ToPort: 22, CidrIp: !Ref SSHLocation}
                """),
            ]))
}
