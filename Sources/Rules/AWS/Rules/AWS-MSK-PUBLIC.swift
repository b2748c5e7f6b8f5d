extension AWSSettingRule {
    static let mskPublic = AWSSettingRule(
        description: RuleDescription(
            id: "AWS-MSK-PUBLIC", title: "MSK brokers are reachable from the internet", severity: .high, cwe: 284,
            checklist: "Network › Databases and brokers are not publicly accessible",
            rationale: "`SERVICE_PROVIDED_EIPS` gives every broker a public address: the cluster's event streams are then one authentication mistake away from anyone on the internet. High: brokers carry the data other systems trust. The default, `DISABLED`, keeps them inside the VPC.",
            recommendation: "Remove the `public_access` block or set `type = \"DISABLED\"` (CloudFormation: `BrokerNodeGroupInfo.ConnectivityInfo.PublicAccess.Type: DISABLED`); reach the cluster through the VPC, PrivateLink (multi-VPC connectivity) or a VPN.",
            equivalents: [.checkov("CKV_AWS_291")],
            triggering: [
                """
                resource "aws_msk_cluster" "main" {
                  cluster_name           = "events"
                  number_of_broker_nodes = 3
                  broker_node_group_info {
                    instance_type   = "kafka.m5.large"
                    client_subnets  = var.subnets
                    security_groups = [aws_security_group.msk.id]
                    connectivity_info {
                      public_access {
                ↓        type = "SERVICE_PROVIDED_EIPS"
                      }
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
                      BrokerNodeGroupInfo:
                        InstanceType: kafka.m5.large
                        ClientSubnets: [subnet-1, subnet-2, subnet-3]
                        ConnectivityInfo:
                          PublicAccess:
                ↓            Type: SERVICE_PROVIDED_EIPS
                """),
            ],
            nonTriggering: [
                """
                resource "aws_msk_cluster" "main" {
                  cluster_name           = "events"
                  number_of_broker_nodes = 3
                  broker_node_group_info {
                    instance_type   = "kafka.m5.large"
                    client_subnets  = var.subnets
                    security_groups = [aws_security_group.msk.id]
                    connectivity_info {
                      public_access {
                        type = "DISABLED"
                      }
                    }
                  }
                }
                """,
                """
                resource "aws_msk_cluster" "main" {
                  cluster_name           = "events"
                  number_of_broker_nodes = 3
                  broker_node_group_info {
                    instance_type  = "kafka.m5.large"
                    client_subnets = var.subnets
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
                      BrokerNodeGroupInfo:
                        InstanceType: kafka.m5.large
                        ClientSubnets: [subnet-1, subnet-2, subnet-3]
                """),
            ]),
        types: ["AWS::MSK::Cluster"], terraform: ["broker_node_group_info.connectivity_info.public_access.type"],
        cloudFormation: ["BrokerNodeGroupInfo.ConnectivityInfo.PublicAccess.Type"],
        expectation: .noneOf([.string("SERVICE_PROVIDED_EIPS")]), whenMissing: nil,
        problem: "gives its brokers public addresses")
}
