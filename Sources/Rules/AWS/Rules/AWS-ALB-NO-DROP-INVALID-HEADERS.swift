/// Application load balancers that pass malformed HTTP headers on to their targets.
struct ALBDropInvalidHeadersRule: Rule {
    let description = RuleDescription(
        id: "AWS-ALB-NO-DROP-INVALID-HEADERS", title: "Application load balancer does not drop invalid headers", severity: .low, cwe: 444,
        checklist: "Network exposure › Edge services reject malformed requests",
        rationale: "By default an application load balancer forwards header fields whose names are not valid HTTP, which back ends may read differently from the load balancer: the raw material of request smuggling and header-injection attacks. Low: it takes a back end that mishandles them.",
        recommendation: "Set `drop_invalid_header_fields = true` on the `aws_lb`. In CloudFormation, add `{Key: routing.http.drop_invalid_header_fields.enabled, Value: \"true\"}` to `LoadBalancerAttributes`.",
        equivalents: [.checkov("CKV_AWS_131"), .trivy("AVD-AWS-0052")],
        triggering: [
            """
            ↓resource "aws_lb" "web" {
              name            = "web"
              subnets         = var.public_subnets
              security_groups = [aws_security_group.web.id]
            }
            """,
            """
            resource "aws_lb" "web" {
              name                       = "web"
              load_balancer_type         = "application"
            ↓  drop_invalid_header_fields = false
            }
            """,
            .template("""
            Resources:
            ↓  Web:
                Type: AWS::ElasticLoadBalancingV2::LoadBalancer
                Properties:
                  Subnets: !Ref PublicSubnets
                  LoadBalancerAttributes:
                    - {Key: idle_timeout.timeout_seconds, Value: "60"}
            """),
        ],
        nonTriggering: [
            """
            resource "aws_lb" "web" {
              name                       = "web"
              drop_invalid_header_fields = true
            }
            """,
            """
            resource "aws_lb" "tcp" {
              name               = "tcp"
              load_balancer_type = "network"
            }
            """,
            .template("""
            Resources:
              Web:
                Type: AWS::ElasticLoadBalancingV2::LoadBalancer
                Properties:
                  Subnets: !Ref PublicSubnets
                  LoadBalancerAttributes:
                    - Key: routing.http.drop_invalid_header_fields.enabled
                      Value: "true"
            """),
        ])

    private static let attributeKey = "routing.http.drop_invalid_header_fields.enabled"

    func check(_ resources: AWSResources) -> [Violation] {
        resources.ofType("AWS::ElasticLoadBalancingV2::LoadBalancer").compactMap { balancer in
            // Only application load balancers parse HTTP; `application` is the default type.
            let type = balancer.setting(balancer.isTerraform ? "load_balancer_type" : "Type")
            if let type, type.known.stringValue?.lowercased() != "application" { return nil }
            let setting = balancer.isTerraform ? balancer.setting("drop_invalid_header_fields") : Self.attribute(of: balancer)
            guard let setting else {
                return balancer.violation(message: "\(balancer.address) forwards invalid header fields: `drop_invalid_header_fields` is not set (the default is false).",
                                          detail: "drop_invalid_header_fields")
            }
            guard setting.isKnown, setting.known.boolValue != true else { return nil }
            return balancer.violation(at: setting, message: "\(balancer.address) forwards invalid header fields: the setting is false.",
                                      detail: "drop_invalid_header_fields")
        }
    }

    /// The value of the attribute in `LoadBalancerAttributes`; an unknown list may hold it.
    private static func attribute(of balancer: AWSResource) -> AWSValue? {
        guard let attributes = balancer.setting("LoadBalancerAttributes") else { return nil }
        guard case .list(let entries) = attributes.content else { return attributes.isKnown ? nil : attributes }
        for entry in entries {
            guard let key = entry.member("Key") else { continue }
            guard let name = key.known.stringValue else { return .unknown(line: entry.line) }
            if name == attributeKey { return entry.member("Value") ?? .unknown(line: entry.line) }
        }
        return nil
    }
}
