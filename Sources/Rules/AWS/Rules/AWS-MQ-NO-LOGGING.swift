extension AWSSettingRule {
    static let mqNoLogging = AWSSettingRule(
        description: RuleDescription(
            id: "AWS-MQ-NO-LOGGING", title: "Amazon MQ broker keeps no general log", severity: .low, cwe: 778,
            checklist: "Logging › Activity and access are logged",
            rationale: "The general log records connections and configuration changes of the broker. Low: detection and forensics.",
            recommendation: "Add `logs { general = true }` (CloudFormation: `Logs: {General: true}`).",
            equivalents: [.checkov("CKV_AWS_48")],
            triggering: [
                """
                ↓resource "aws_mq_broker" "main" {
                  broker_name = "orders"
                  engine_type = "RabbitMQ"
                }
                """,
                """
                resource "aws_mq_broker" "main" {
                  broker_name = "orders"
                  engine_type = "RabbitMQ"
                  logs {
                ↓    general = false
                  }
                }
                """,
                .template("""
                Resources:
                ↓  Main:
                    Type: AWS::AmazonMQ::Broker
                    Properties:
                      EngineType: RabbitMQ
                      HostInstanceType: mq.t3.micro
                """),
                .template("""
                Resources:
                  Main:
                    Type: AWS::AmazonMQ::Broker
                    Properties:
                      EngineType: RabbitMQ
                      HostInstanceType: mq.t3.micro
                      Logs:
                ↓        General: false
                """),
            ],
            nonTriggering: [
                """
                resource "aws_mq_broker" "main" {
                  broker_name = "orders"
                  engine_type = "RabbitMQ"
                  logs {
                    general = true
                  }
                }
                """,
                .template("""
                Resources:
                  Main:
                    Type: AWS::AmazonMQ::Broker
                    Properties:
                      EngineType: RabbitMQ
                      HostInstanceType: mq.t3.micro
                      Logs:
                        General: true
                """),
            ]),
        types: ["AWS::AmazonMQ::Broker"], terraform: ["logs.general"], cloudFormation: ["Logs.General"],
        expectation: .oneOf([.bool(true)]), whenMissing: "the default is off",
        problem: "keeps no log")
}
