extension AWSSettingRule {
    static let transferPublic = AWSSettingRule(
        description: RuleDescription(
            id: "AWS-TRANSFER-PUBLIC", title: "Transfer Family server has a public endpoint", severity: .medium, cwe: 284,
            checklist: "Network exposure › Services are not reachable from the internet",
            rationale: "A `PUBLIC` endpoint (the default) exposes the SFTP/FTPS server to the whole internet, with no security group in front. Medium: only authenticated users get in, but brute force and exploits reach it.",
            recommendation: "Set `endpoint_type = \"VPC\"` with `endpoint_details` (CloudFormation: `EndpointType: VPC`).",
            equivalents: [.checkov("CKV_AWS_164")],
            triggering: [
                """
                ↓resource "aws_transfer_server" "main" {
                  identity_provider_type = "SERVICE_MANAGED"
                }
                """,
                """
                resource "aws_transfer_server" "main" {
                  identity_provider_type = "SERVICE_MANAGED"
                ↓  endpoint_type = "PUBLIC"
                }
                """,
                .template("""
                Resources:
                ↓  Main:
                    Type: AWS::Transfer::Server
                    Properties:
                      IdentityProviderType: SERVICE_MANAGED
                """),
                .template("""
                Resources:
                  Main:
                    Type: AWS::Transfer::Server
                    Properties:
                      IdentityProviderType: SERVICE_MANAGED
                ↓      EndpointType: PUBLIC
                """),
            ],
            nonTriggering: [
                """
                resource "aws_transfer_server" "main" {
                  identity_provider_type = "SERVICE_MANAGED"
                  endpoint_type = "VPC"
                }
                """,
                .template("""
                Resources:
                  Main:
                    Type: AWS::Transfer::Server
                    Properties:
                      IdentityProviderType: SERVICE_MANAGED
                      EndpointType: VPC
                """),
            ]),
        types: ["AWS::Transfer::Server"], terraform: ["endpoint_type"], cloudFormation: ["EndpointType"],
        expectation: .oneOf([.string("VPC"), .string("VPC_ENDPOINT")]), whenMissing: "the default is PUBLIC",
        problem: "is reachable from the whole internet")
}
