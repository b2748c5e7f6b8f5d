extension CloudFormationPolicyRule {
    static let wildcardAdministrator = CloudFormationPolicyRule(
        sharing: .wildcardAdministrator,
        documentation: CloudFormationDocumentation(
            triggering: [
                .template("""
                Resources:
                  Admin:
                    Type: AWS::IAM::ManagedPolicy
                    Properties:
                      PolicyDocument:
                        Version: "2012-10-17"
                        Statement:
                          - Effect: Allow
                            Action: s3:GetObject
                            Resource: "*"
                ↓          - Effect: Allow
                            Action: "*"
                            Resource: "*"
                """),
                .template("""
                Resources:
                  App:
                    Type: AWS::IAM::Role
                    Properties:
                      AssumeRolePolicyDocument:
                        Statement: [{Effect: Allow, Principal: {Service: ec2.amazonaws.com}, Action: sts:AssumeRole}]
                      Policies:
                        - PolicyName: everything
                          PolicyDocument:
                            Statement:
                ↓              - {Effect: Allow, Action: ["*"], Resource: "*"}
                """),
                .jsonTemplate("""
                {
                  "Resources": {
                    "Admin": {
                      "Type": "AWS::IAM::Policy",
                      "Properties": {
                        "PolicyName": "admin",
                        "Groups": [{"Ref": "Admins"}],
                        "PolicyDocument": {
                          "Statement": [
                ↓            {"Effect": "Allow", "Action": "*", "Resource": "*"}
                          ]
                        }
                      }
                    }
                  }
                }
                """),
            ],
            nonTriggering: [
                .template("""
                Resources:
                  Read:
                    Type: AWS::IAM::ManagedPolicy
                    Properties:
                      PolicyDocument:
                        Statement:
                          - Effect: Allow
                            Action: s3:GetObject
                            Resource: !Sub "arn:aws:s3:::${DataBucket}/*"
                """),
                .template("""
                Resources:
                  Maybe:
                    Type: AWS::IAM::ManagedPolicy
                    Properties:
                      PolicyDocument:
                        Statement:
                          - Effect: Allow
                            Action: !If [IsAdmin, "*", "s3:GetObject"]
                            Resource: "*"
                """),
            ]))
}
