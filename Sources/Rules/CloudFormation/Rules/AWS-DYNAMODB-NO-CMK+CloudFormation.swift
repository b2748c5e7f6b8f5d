extension CloudFormationPropertyRule {
    static let dynamoDBEncryption = CloudFormationPropertyRule(
        sharing: .dynamoDBEncryption,
        documentation: CloudFormationDocumentation(
            fix: "set `SSESpecification` to `{SSEEnabled: true}` (optionally with `KMSMasterKeyId`).",
            triggering: [
                .template("""
                Resources:
                ↓  Orders:
                    Type: AWS::DynamoDB::Table
                    Properties:
                      BillingMode: PAY_PER_REQUEST
                """),
                .template("""
                Resources:
                  Orders:
                    Type: AWS::DynamoDB::Table
                    Properties:
                      SSESpecification:
                ↓        SSEEnabled: false
                """),
            ],
            nonTriggering: [
                .template("""
                Resources:
                  Orders:
                    Type: AWS::DynamoDB::Table
                    Properties:
                      SSESpecification:
                        SSEEnabled: true
                        SSEType: KMS
                """),
            ]),
        resourceTypes: ["AWS::DynamoDB::Table", "AWS::DynamoDB::GlobalTable"], property: ["SSESpecification", "SSEEnabled"])
}
