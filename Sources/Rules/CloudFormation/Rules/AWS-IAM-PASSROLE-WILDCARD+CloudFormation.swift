extension CloudFormationPolicyRule {
    static let roleDelegationOnAnyResource = CloudFormationPolicyRule(
        sharing: .roleDelegationOnAnyResource,
        documentation: CloudFormationDocumentation(
            triggering: [
                .template("""
                Resources:
                  Deployer:
                    Type: AWS::IAM::Policy
                    Properties:
                      PolicyName: deploy
                      Roles: [!Ref DeployRole]
                      PolicyDocument:
                        Statement:
                ↓          - Effect: Allow
                            Action: [ec2:RunInstances, iam:PassRole]
                            Resource: "*"
                """),
            ],
            nonTriggering: [
                .template("""
                Resources:
                  Deployer:
                    Type: AWS::IAM::Policy
                    Properties:
                      PolicyName: deploy
                      Roles: [!Ref DeployRole]
                      PolicyDocument:
                        Statement:
                          - Effect: Allow
                            Action: iam:PassRole
                            Resource: !GetAtt AppRole.Arn
                """),
            ]))
}
