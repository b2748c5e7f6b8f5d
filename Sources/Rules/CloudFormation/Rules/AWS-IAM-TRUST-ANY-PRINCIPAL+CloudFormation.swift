extension CloudFormationPolicyRule {
    static let trustAnyPrincipal = CloudFormationPolicyRule(
        sharing: .trustAnyPrincipal,
        documentation: CloudFormationDocumentation(
            triggering: [
                .template("""
                Resources:
                  Shared:
                    Type: AWS::IAM::Role
                    Properties:
                      AssumeRolePolicyDocument:
                        Statement:
                ↓          - Effect: Allow
                            Principal:
                              AWS: "*"
                            Action: sts:AssumeRole
                """),
            ],
            nonTriggering: [
                .template("""
                Resources:
                  Shared:
                    Type: AWS::IAM::Role
                    Properties:
                      AssumeRolePolicyDocument:
                        Statement:
                          - Effect: Allow
                            Principal: "*"
                            Action: sts:AssumeRole
                            Condition:
                              StringEquals:
                                aws:PrincipalOrgID: o-abc123
                """),
                .template("""
                Resources:
                  Shared:
                    Type: AWS::IAM::Role
                    Properties:
                      AssumeRolePolicyDocument:
                        Statement:
                          - Effect: Allow
                            Principal:
                              AWS: !Sub "arn:aws:iam::${PartnerAccount}:root"
                            Action: sts:AssumeRole
                """),
            ]))
}
