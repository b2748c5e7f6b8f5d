/// Application, network and classic load balancers that do not write access logs.
struct LoadBalancerAccessLogsRule: Rule {
    let description = RuleDescription(
        id: "AWS-LB-NO-ACCESS-LOGS", title: "Load balancer does not write access logs", severity: .medium, cwe: 778,
        checklist: "Logging › Requests to public endpoints are logged",
        rationale: "A load balancer's access logs are often the only record of who sent which request to the application, from which address, with which result; without them an intrusion through the application cannot be traced. Medium: a detection and forensics gap on the edge. Gateway load balancers have no access logs and are not judged.",
        recommendation: "Add `access_logs { bucket = aws_s3_bucket.lb_logs.id, enabled = true }` (Terraform's `enabled` defaults to false even with a bucket). In CloudFormation, set `LoadBalancerAttributes` `access_logs.s3.enabled: \"true\"` with `access_logs.s3.bucket`, or `AccessLoggingPolicy.Enabled: true` on a classic load balancer.",
        equivalents: [.checkov("CKV_AWS_91"), .checkov("CKV_AWS_92")],
        triggering: [
            """
            ↓resource "aws_lb" "web" {
              name               = "web"
              load_balancer_type = "application"
              subnets            = var.public_subnets
            }
            """,
            """
            resource "aws_lb" "web" {
              name    = "web"
              subnets = var.public_subnets
            ↓  access_logs {
                bucket = aws_s3_bucket.lb_logs.id
              }
            }
            """,
            """
            resource "aws_elb" "legacy" {
              listener {
                instance_port     = 80
                instance_protocol = "http"
                lb_port           = 80
                lb_protocol       = "http"
              }
              access_logs {
                bucket  = aws_s3_bucket.lb_logs.id
            ↓    enabled = false
              }
            }
            """,
            .template("""
            Resources:
            ↓  Web:
                Type: AWS::ElasticLoadBalancingV2::LoadBalancer
                Properties:
                  Subnets: [!Ref SubnetA, !Ref SubnetB]
            """),
            .template("""
            Resources:
              Web:
                Type: AWS::ElasticLoadBalancingV2::LoadBalancer
                Properties:
                  Subnets: [!Ref SubnetA, !Ref SubnetB]
                  LoadBalancerAttributes:
                    - Key: access_logs.s3.enabled
            ↓          Value: "false"
            """),
        ],
        nonTriggering: [
            """
            resource "aws_lb" "web" {
              name    = "web"
              subnets = var.public_subnets
              access_logs {
                bucket  = aws_s3_bucket.lb_logs.id
                prefix  = "web"
                enabled = true
              }
            }
            """,
            """
            resource "aws_lb" "inspection" {
              name               = "inspection"
              load_balancer_type = "gateway"
              subnets            = var.inspection_subnets
            }
            """,
            """
            resource "aws_elb" "legacy" {
              listener {
                instance_port     = 80
                instance_protocol = "http"
                lb_port           = 80
                lb_protocol       = "http"
              }
              access_logs {
                bucket = aws_s3_bucket.lb_logs.id
              }
            }
            """,
            .template("""
            Resources:
              Web:
                Type: AWS::ElasticLoadBalancingV2::LoadBalancer
                Properties:
                  Subnets: [!Ref SubnetA, !Ref SubnetB]
                  LoadBalancerAttributes:
                    - Key: access_logs.s3.enabled
                      Value: "true"
                    - Key: access_logs.s3.bucket
                      Value: !Ref LogBucket
            """),
            .template("""
            Resources:
              Legacy:
                Type: AWS::ElasticLoadBalancing::LoadBalancer
                Properties:
                  Listeners: [{LoadBalancerPort: "80", InstancePort: "80", Protocol: HTTP}]
                  AccessLoggingPolicy: {Enabled: true, S3BucketName: !Ref LogBucket, EmitInterval: 5}
            """),
        ])

    func check(_ resources: AWSResources) -> [Violation] {
        let current = resources.ofType("AWS::ElasticLoadBalancingV2::LoadBalancer").compactMap { balancer -> Violation? in
            let type = balancer.setting(balancer.isTerraform ? "load_balancer_type" : "Type")?.known
            guard type?.stringValue?.lowercased() != "gateway", type?.isKnown ?? true else { return nil }
            if balancer.isTerraform {
                // Terraform's `enabled` defaults to false, even with a bucket.
                return judge(balancer, block: "access_logs", flag: "enabled", defaultOn: false)
            }
            let attributes = balancer.setting("LoadBalancerAttributes")
            // An attribute of unknown key may be the one.
            if let attributes, attributes.elements.contains(where: { $0.member("Key")?.known.stringValue == nil }) { return nil }
            guard let entry = attributes?.elements.first(where: { $0.member("Key")?.known.stringValue == "access_logs.s3.enabled" }) else {
                return balancer.violation(message: "\(balancer.address) writes no access logs: `LoadBalancerAttributes` does not set `access_logs.s3.enabled`.",
                                          detail: "access_logs")
            }
            guard let value = entry.member("Value"), value.known.boolValue == false else { return nil }
            return balancer.violation(at: value, message: "\(balancer.address) writes no access logs: `access_logs.s3.enabled` is false.", detail: "access_logs")
        }
        let classic = resources.ofType("AWS::ElasticLoadBalancing::LoadBalancer").compactMap { balancer in
            balancer.isTerraform ? judge(balancer, block: "access_logs", flag: "enabled", defaultOn: true)
                : judge(balancer, block: "AccessLoggingPolicy", flag: "Enabled", defaultOn: false)
        }
        return current + classic
    }

    /// A logging block whose flag is `defaultOn` when left out.
    private func judge(_ balancer: AWSResource, block: String, flag: String, defaultOn: Bool) -> Violation? {
        guard let logs = balancer.setting(block) else {
            return balancer.violation(message: "\(balancer.address) writes no access logs: `\(block)` is not set.", detail: "access_logs")
        }
        guard let enabled = logs.member(flag) else {
            return defaultOn ? nil
                : balancer.violation(at: logs, message: "\(balancer.address) writes no access logs: `\(block).\(flag)` is not set (it defaults to false).",
                                     detail: "access_logs")
        }
        guard enabled.known.boolValue == false else { return nil }
        return balancer.violation(at: enabled, message: "\(balancer.address) writes no access logs: `\(block).\(flag)` is false.", detail: "access_logs")
    }
}
