extension AWSSettingRule {
    static let mskPlaintext = AWSSettingRule(
        description: RuleDescription(
            id: "AWS-MSK-PLAINTEXT", title: "MSK cluster accepts plain-text client traffic", severity: .medium, cwe: 319,
            checklist: "Data protection › Data in transit is encrypted",
            rationale: "`PLAINTEXT` or `TLS_PLAINTEXT` between clients and brokers lets anyone on the network read and inject messages. Medium.",
            recommendation: "Set `encryption_info { encryption_in_transit { client_broker = \"TLS\" } }` (CloudFormation: `EncryptionInfo.EncryptionInTransit.ClientBroker: TLS`).",
            equivalents: [.checkov("CKV_AWS_81")],
            triggering: [
                """
                resource "aws_msk_cluster" "main" {
                  cluster_name           = "events"
                  number_of_broker_nodes = 3
                  encryption_info {
                    encryption_in_transit {
                ↓      client_broker = "TLS_PLAINTEXT"
                    }
                  }
                }
                """,
                .template("""
                Resources:
                  Main:
                    Type: AWS::MSK::Cluster
                    Properties:
                      ClusterName: events
                      NumberOfBrokerNodes: 3
                      EncryptionInfo:
                        EncryptionInTransit:
                ↓          ClientBroker: TLS_PLAINTEXT
                """),
            ],
            nonTriggering: [
                """
                resource "aws_msk_cluster" "main" {
                  cluster_name           = "events"
                  number_of_broker_nodes = 3
                  encryption_info {
                    encryption_in_transit {
                      client_broker = "TLS"
                    }
                  }
                }
                """,
                """
                resource "aws_msk_cluster" "main" {
                  cluster_name           = "events"
                  number_of_broker_nodes = 3
                }
                """,
                .template("""
                Resources:
                  Main:
                    Type: AWS::MSK::Cluster
                    Properties:
                      ClusterName: events
                      NumberOfBrokerNodes: 3
                      EncryptionInfo:
                        EncryptionInTransit:
                          ClientBroker: TLS
                """),
            ]),
        types: ["AWS::MSK::Cluster"], terraform: ["encryption_info.encryption_in_transit.client_broker"], cloudFormation: ["EncryptionInfo.EncryptionInTransit.ClientBroker"],
        expectation: .noneOf([.string("PLAINTEXT"), .string("TLS_PLAINTEXT")]), whenMissing: nil,
        problem: "accepts plain-text clients")
}
