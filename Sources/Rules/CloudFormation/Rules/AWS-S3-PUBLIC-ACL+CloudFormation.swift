extension CloudFormationPropertyRule {
    static let s3PublicACL = CloudFormationPropertyRule(
        sharing: .s3PublicACL,
        documentation: CloudFormationDocumentation(
            fix: "remove `AccessControl` (or set it to `Private`) and set `OwnershipControls` to `BucketOwnerEnforced`.",
            triggering: [
                .template("""
                Resources:
                  Site:
                    Type: AWS::S3::Bucket
                    Properties:
                ↓      AccessControl: PublicRead
                """),
                .jsonTemplate("""
                {
                  "Description": "Site \\ud83d\\ude00",
                  "Resources": {
                    "Site": {
                      "Type": "AWS::S3::Bucket",
                      "Properties": {
                ↓        "AccessControl": "PublicReadWrite"
                      }
                    }
                  }
                }
                """),
            ],
            nonTriggering: [
                .template("""
                Resources:
                  Site:
                    Type: AWS::S3::Bucket
                    Properties:
                      AccessControl: Private
                """),
                .template("""
                Resources:
                  Site:
                    Type: AWS::S3::Bucket
                    Properties:
                      AccessControl: !If [IsPublic, PublicRead, Private]
                """),
            ]),
        resourceTypes: ["AWS::S3::Bucket"], property: ["AccessControl"],
        expectation: .never([.string("PublicRead"), .string("PublicReadWrite"), .string("AuthenticatedRead")]))
}
