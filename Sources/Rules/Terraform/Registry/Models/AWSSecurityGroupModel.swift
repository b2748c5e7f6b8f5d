extension RegistryModuleModel {
    /// `terraform-aws-modules/security-group/aws`, modelled on v5.3.1 (inputs unchanged since v3):
    /// named rules (`ingress_rules`) open to `ingress_cidr_blocks`/`ingress_ipv6_cidr_blocks`, and
    /// `ingress_with_cidr_blocks`/`ingress_with_ipv6_cidr_blocks` maps whose `rule` or ports and
    /// comma-separated `cidr_blocks` default to those lists. A submodule (`//modules/ssh`) adds its
    /// group's rules through `auto_ingress_rules`. A rule name the table below does not hold is
    /// unknown, never a guessed port.
    static let awsSecurityGroup = RegistryModuleModel(
        module: "terraform-aws-modules/security-group/aws", release: "v5.3.1", majors: 3...5,
        rules: ["AWS-SG-OPEN-SSH", "AWS-SG-OPEN-RDP", "AWS-SG-OPEN-DATABASE", "AWS-SG-OPEN-ALL-PORTS", "AWS-SG-OPEN-INGRESS"],
        text: { submodule, _ in
            let automatic: [String]
            if submodule.isEmpty {
                automatic = []
            } else {
                guard submodule.hasPrefix("modules/"), let group = securityGroupRuleGroups[String(submodule.dropFirst("modules/".count))] else { return nil }
                automatic = group
            }
            return securityGroupModelText(automaticRules: automatic)
        })

    /// The module's named rules that matter for exposure: `[from port, to port, protocol]`.
    static let securityGroupRules: [(name: String, from: Int, to: Int, protocol: String)] = [
        ("ssh-tcp", 22, 22, "tcp"), ("rdp-tcp", 3389, 3389, "tcp"), ("rdp-udp", 3389, 3389, "udp"),
        ("winrm-http-tcp", 5985, 5985, "tcp"), ("winrm-https-tcp", 5986, 5986, "tcp"),
        ("http-80-tcp", 80, 80, "tcp"), ("http-8080-tcp", 8080, 8080, "tcp"),
        ("https-443-tcp", 443, 443, "tcp"), ("https-8443-tcp", 8443, 8443, "tcp"), ("web-jmx-tcp", 1099, 1099, "tcp"),
        ("mysql-tcp", 3306, 3306, "tcp"), ("postgresql-tcp", 5432, 5432, "tcp"), ("oracle-db-tcp", 1521, 1521, "tcp"),
        ("mssql-tcp", 1433, 1433, "tcp"), ("mssql-udp", 1434, 1434, "udp"), ("mssql-analytics-tcp", 2383, 2383, "tcp"),
        ("mssql-broker-tcp", 4022, 4022, "tcp"), ("redshift-tcp", 5439, 5439, "tcp"), ("redis-tcp", 6379, 6379, "tcp"),
        ("memcached-tcp", 11211, 11211, "tcp"),
        ("mongodb-27017-tcp", 27017, 27017, "tcp"), ("mongodb-27018-tcp", 27018, 27018, "tcp"), ("mongodb-27019-tcp", 27019, 27019, "tcp"),
        ("cassandra-clients-tcp", 9042, 9042, "tcp"), ("cassandra-thrift-clients-tcp", 9160, 9160, "tcp"), ("cassandra-jmx-tcp", 7199, 7199, "tcp"),
        ("elasticsearch-rest-tcp", 9200, 9200, "tcp"), ("elasticsearch-java-tcp", 9300, 9300, "tcp"), ("kibana-tcp", 5601, 5601, "tcp"),
        ("kafka-broker-tcp", 9092, 9092, "tcp"), ("kafka-broker-tls-tcp", 9094, 9094, "tcp"),
        ("zookeeper-2181-tcp", 2181, 2181, "tcp"), ("zookeeper-2888-tcp", 2888, 2888, "tcp"), ("zookeeper-3888-tcp", 3888, 3888, "tcp"),
        ("rabbitmq-4369-tcp", 4369, 4369, "tcp"), ("rabbitmq-5671-tcp", 5671, 5671, "tcp"), ("rabbitmq-5672-tcp", 5672, 5672, "tcp"),
        ("rabbitmq-15672-tcp", 15672, 15672, "tcp"), ("rabbitmq-25672-tcp", 25672, 25672, "tcp"),
        ("kubernetes-api-tcp", 6443, 6443, "tcp"), ("etcd-client-tcp", 2379, 2379, "tcp"), ("etcd-peer-tcp", 2380, 2380, "tcp"),
        ("docker-swarm-mngmt-tcp", 2377, 2377, "tcp"), ("docker-swarm-node-tcp", 7946, 7946, "tcp"),
        ("docker-swarm-node-udp", 7946, 7946, "udp"), ("docker-swarm-overlay-udp", 4789, 4789, "udp"),
        ("nfs-tcp", 2049, 2049, "tcp"), ("ldap-tcp", 389, 389, "tcp"), ("ldaps-tcp", 636, 636, "tcp"),
        ("vault-tcp", 8200, 8200, "tcp"), ("grafana-tcp", 3000, 3000, "tcp"), ("prometheus-http-tcp", 9090, 9090, "tcp"),
        ("smtp-tcp", 25, 25, "tcp"), ("dns-udp", 53, 53, "udp"), ("dns-tcp", 53, 53, "tcp"), ("ntp-udp", 123, 123, "udp"),
        ("openvpn-udp", 1194, 1194, "udp"), ("openvpn-tcp", 943, 943, "tcp"), ("openvpn-https-tcp", 443, 443, "tcp"),
        ("all-all", -1, -1, "-1"), ("all-tcp", 0, 65535, "tcp"), ("all-udp", 0, 65535, "udp"),
        ("all-icmp", -1, -1, "icmp"), ("all-ipv6-icmp", -1, -1, "58"),
    ]

    /// The submodules (`modules/<group>`) and the rules each opens to its CIDR blocks.
    static let securityGroupRuleGroups: [String: [String]] = [
        "ssh": ["ssh-tcp"], "rdp": ["rdp-tcp", "rdp-udp"], "winrm": ["winrm-http-tcp", "winrm-https-tcp"],
        "http-80": ["http-80-tcp"], "http-8080": ["http-8080-tcp"], "https-443": ["https-443-tcp"], "https-8443": ["https-8443-tcp"],
        "web": ["http-80-tcp", "http-8080-tcp", "https-443-tcp", "web-jmx-tcp"],
        "mysql": ["mysql-tcp"], "postgresql": ["postgresql-tcp"], "oracle-db": ["oracle-db-tcp"],
        "mssql": ["mssql-tcp", "mssql-udp", "mssql-analytics-tcp", "mssql-broker-tcp"], "redshift": ["redshift-tcp"],
        "redis": ["redis-tcp"], "memcached": ["memcached-tcp"], "mongodb": ["mongodb-27017-tcp", "mongodb-27018-tcp", "mongodb-27019-tcp"],
        "cassandra": ["cassandra-clients-tcp", "cassandra-thrift-clients-tcp", "cassandra-jmx-tcp"],
        "elasticsearch": ["elasticsearch-rest-tcp", "elasticsearch-java-tcp"], "kibana": ["kibana-tcp"],
        "kubernetes-api": ["kubernetes-api-tcp"], "etcd": ["etcd-client-tcp", "etcd-peer-tcp"],
        "docker-swarm": ["docker-swarm-mngmt-tcp", "docker-swarm-node-tcp", "docker-swarm-node-udp", "docker-swarm-overlay-udp"],
        "rabbitmq": ["rabbitmq-4369-tcp", "rabbitmq-5671-tcp", "rabbitmq-5672-tcp", "rabbitmq-15672-tcp", "rabbitmq-25672-tcp"],
        "nfs": ["nfs-tcp"], "ldap": ["ldap-tcp"], "ldaps": ["ldaps-tcp"], "vault": ["vault-tcp"], "grafana": ["grafana-tcp"],
        "smtp": ["smtp-tcp"], "ntp": ["ntp-udp"], "openvpn": ["openvpn-udp", "openvpn-tcp", "openvpn-https-tcp"],
    ]

    private static func securityGroupModelText(automaticRules: [String]) -> String {
        let table = securityGroupRules.map { "    \"\($0.name)\" = [\($0.from), \($0.to), \"\($0.protocol)\"]" }.joined(separator: "\n")
        let automatic = automaticRules.map { "\"\($0)\"" }.joined(separator: ", ")
        return """
        variable "create" { default = true }
        variable "create_sg" { default = true }
        variable "name" { default = null }
        variable "vpc_id" { default = null }
        variable "security_group_id" { default = null }
        variable "ingress_rules" { default = [] }
        variable "auto_ingress_rules" { default = [\(automatic)] }
        variable "ingress_cidr_blocks" { default = [] }
        variable "ingress_ipv6_cidr_blocks" { default = [] }
        variable "ingress_with_cidr_blocks" { default = [] }
        variable "ingress_with_ipv6_cidr_blocks" { default = [] }
        variable "rules" {
          default = {
        \(table)
          }
        }

        locals {
          ingress_rules = distinct(concat(var.auto_ingress_rules, var.ingress_rules))
        }

        resource "aws_security_group" "this" {
          count  = var.create && var.create_sg ? 1 : 0
          name   = var.name
          vpc_id = var.vpc_id
        }

        resource "aws_security_group_rule" "ingress_rules" {
          count             = var.create ? length(local.ingress_rules) : 0
          security_group_id = var.create_sg ? aws_security_group.this[0].id : var.security_group_id
          type              = "ingress"
          cidr_blocks       = var.ingress_cidr_blocks
          ipv6_cidr_blocks  = var.ingress_ipv6_cidr_blocks
          from_port         = var.rules[local.ingress_rules[count.index]][0]
          to_port           = var.rules[local.ingress_rules[count.index]][1]
          protocol          = var.rules[local.ingress_rules[count.index]][2]
        }

        resource "aws_security_group_rule" "ingress_with_cidr_blocks" {
          count             = var.create ? length(var.ingress_with_cidr_blocks) : 0
          security_group_id = var.create_sg ? aws_security_group.this[0].id : var.security_group_id
          type              = "ingress"
          cidr_blocks       = compact(split(",", lookup(var.ingress_with_cidr_blocks[count.index], "cidr_blocks", join(",", var.ingress_cidr_blocks))))
          from_port         = lookup(var.ingress_with_cidr_blocks[count.index], "from_port", var.rules[lookup(var.ingress_with_cidr_blocks[count.index], "rule", "_")][0])
          to_port           = lookup(var.ingress_with_cidr_blocks[count.index], "to_port", var.rules[lookup(var.ingress_with_cidr_blocks[count.index], "rule", "_")][1])
          protocol          = lookup(var.ingress_with_cidr_blocks[count.index], "protocol", var.rules[lookup(var.ingress_with_cidr_blocks[count.index], "rule", "_")][2])
        }

        resource "aws_security_group_rule" "ingress_with_ipv6_cidr_blocks" {
          count             = var.create ? length(var.ingress_with_ipv6_cidr_blocks) : 0
          security_group_id = var.create_sg ? aws_security_group.this[0].id : var.security_group_id
          type              = "ingress"
          ipv6_cidr_blocks  = compact(split(",", lookup(var.ingress_with_ipv6_cidr_blocks[count.index], "ipv6_cidr_blocks", join(",", var.ingress_ipv6_cidr_blocks))))
          from_port         = lookup(var.ingress_with_ipv6_cidr_blocks[count.index], "from_port", var.rules[lookup(var.ingress_with_ipv6_cidr_blocks[count.index], "rule", "_")][0])
          to_port           = lookup(var.ingress_with_ipv6_cidr_blocks[count.index], "to_port", var.rules[lookup(var.ingress_with_ipv6_cidr_blocks[count.index], "rule", "_")][1])
          protocol          = lookup(var.ingress_with_ipv6_cidr_blocks[count.index], "protocol", var.rules[lookup(var.ingress_with_ipv6_cidr_blocks[count.index], "rule", "_")][2])
        }

        output "security_group_id" {
          value = var.create_sg ? aws_security_group.this[0].id : var.security_group_id
        }
        """
    }
}
