extension AWSSettingRule {
    static let mqPublic = AWSSettingRule(
        description: RuleDescription(
            id: "AWS-MQ-PUBLIC", title: "Amazon MQ broker is publicly accessible", severity: .high, cwe: 284,
            checklist: "Network exposure › Services are not reachable from the internet",
            rationale: "A public broker is reachable from the internet by its console and messaging ports, leaving only its users' passwords. High.",
            recommendation: "Set `publicly_accessible = false` (CloudFormation: `PubliclyAccessible: false`).",
            equivalents: [.checkov("CKV_AWS_69")],
            triggering: [
                """
                resource "aws_mq_broker" "main" {
                  broker_name = "orders"
                  engine_type = "RabbitMQ"
                ↓  publicly_accessible = true
                }
                """,
                .template("""
                Resources:
                  Main:
                    Type: AWS::AmazonMQ::Broker
                    Properties:
                      EngineType: RabbitMQ
                      HostInstanceType: mq.t3.micro
                ↓      PubliclyAccessible: true
                """),
            ],
            nonTriggering: [
                """
                resource "aws_mq_broker" "main" {
                  broker_name = "orders"
                  engine_type = "RabbitMQ"
                  publicly_accessible = false
                }
                """,
                """
                resource "aws_mq_broker" "main" {
                  broker_name = "orders"
                  engine_type = "RabbitMQ"
                }
                """,
                .template("""
                Resources:
                  Main:
                    Type: AWS::AmazonMQ::Broker
                    Properties:
                      EngineType: RabbitMQ
                      HostInstanceType: mq.t3.micro
                      PubliclyAccessible: false
                """),
            ]),
        types: ["AWS::AmazonMQ::Broker"], terraform: ["publicly_accessible"], cloudFormation: ["PubliclyAccessible"],
        expectation: .noneOf([.bool(true)]), whenMissing: nil,
        problem: "is reachable from the internet")
}
