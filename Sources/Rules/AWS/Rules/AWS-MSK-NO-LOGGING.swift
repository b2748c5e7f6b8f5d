/// MSK clusters whose brokers deliver their logs nowhere: none of CloudWatch Logs, Firehose or
/// S3 is enabled in `logging_info.broker_logs` (CloudFormation: `LoggingInfo.BrokerLogs`).
struct MSKNoLoggingRule: Rule {
    let description = RuleDescription(
        id: "AWS-MSK-NO-LOGGING", title: "MSK cluster does not deliver broker logs", severity: .low, cwe: 778,
        checklist: "Logging › Service logs are collected",
        rationale: "Broker logs record client connections, authentication failures and authorisation errors; without them a client abusing a leaked credential or probing topics leaves no trace outside the cluster. Low: detection and investigation, not prevention.",
        recommendation: "Add `logging_info { broker_logs { cloudwatch_logs { enabled = true, log_group = … } } }` (or `firehose`, `s3`). In CloudFormation, set `LoggingInfo.BrokerLogs.CloudWatchLogs: {Enabled: true, LogGroup: …}` (or `Firehose`, `S3`).",
        equivalents: [.checkov("CKV_AWS_80"), .trivy("AVD-AWS-0074")],
        triggering: [
            """
            ↓resource "aws_msk_cluster" "events" {
              cluster_name           = "events"
              kafka_version          = "3.6.0"
              number_of_broker_nodes = 3
            }
            """,
            """
            resource "aws_msk_cluster" "events" {
              cluster_name           = "events"
              kafka_version          = "3.6.0"
              number_of_broker_nodes = 3
              logging_info {
                broker_logs {
                  cloudwatch_logs {
            ↓        enabled = false
                  }
                }
              }
            }
            """,
            .template("""
            Resources:
            ↓  Events:
                Type: AWS::MSK::Cluster
                Properties:
                  ClusterName: events
                  KafkaVersion: 3.6.0
                  NumberOfBrokerNodes: 3
            """),
        ],
        nonTriggering: [
            """
            resource "aws_msk_cluster" "events" {
              cluster_name           = "events"
              kafka_version          = "3.6.0"
              number_of_broker_nodes = 3
              logging_info {
                broker_logs {
                  cloudwatch_logs {
                    enabled   = false
                  }
                  s3 {
                    enabled = true
                    bucket  = aws_s3_bucket.logs.id
                    prefix  = "msk/"
                  }
                }
              }
            }
            """,
            .template("""
            Resources:
              Events:
                Type: AWS::MSK::Cluster
                Properties:
                  ClusterName: events
                  KafkaVersion: 3.6.0
                  NumberOfBrokerNodes: 3
                  LoggingInfo:
                    BrokerLogs:
                      CloudWatchLogs:
                        Enabled: true
                        LogGroup: !Ref BrokerLogs
            """),
        ])

    /// Spelled alike in both formats once normalised (`cloudwatch_logs`, `CloudWatchLogs`).
    private static let destinations = ["cloudwatch_logs", "firehose", "s3"]

    func check(_ resources: AWSResources) -> [Violation] {
        resources.ofType("AWS::MSK::Cluster").compactMap { cluster in
            guard let brokerLogs = cluster.setting("logging_info.broker_logs") else {
                return cluster.violation(message: "\(cluster.address) delivers no broker logs: `\(cluster.isTerraform ? "logging_info.broker_logs" : "LoggingInfo.BrokerLogs")` is not set.",
                                         detail: "broker_logs")
            }
            let switches = Self.destinations.compactMap { brokerLogs.member($0)?.member("enabled") }
            guard switches.allSatisfy(\.isKnown), !switches.contains(where: { $0.known.boolValue == true }) else { return nil }
            return cluster.violation(at: switches.first ?? brokerLogs, message: "\(cluster.address) delivers no broker logs: no destination is enabled.",
                                     detail: "broker_logs")
        }
    }
}
