extension CloudFormationPolicyRule {
    static let publicBucketPolicy = CloudFormationPolicyRule(
        sharing: .publicBucketPolicy,
        documentation: CloudFormationDocumentation(
            triggering: [
                .template("""
                Resources:
                  SitePolicy:
                    Type: AWS::S3::BucketPolicy
                    Properties:
                      Bucket: !Ref Site
                      PolicyDocument:
                        Statement:
                ↓          - Effect: Allow
                            Principal: "*"
                            Action: s3:GetObject
                            Resource: !Sub "${Site.Arn}/*"
                """),
            ],
            nonTriggering: [
                .template("""
                Resources:
                  SitePolicy:
                    Type: AWS::S3::BucketPolicy
                    Properties:
                      Bucket: !Ref Site
                      PolicyDocument:
                        Statement:
                          - Effect: Allow
                            Principal: "*"
                            Action: s3:GetObject
                            Resource: !Sub "${Site.Arn}/*"
                            Condition:
                              StringEquals:
                                AWS:SourceArn: !Sub "arn:aws:cloudfront::${AWS::AccountId}:distribution/${Distribution}"
                """),
            ]))
}
