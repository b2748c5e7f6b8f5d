/// HTTPS and TLS listeners whose security policy (named, or the API's default) still accepts TLS 1.0 or 1.1.
struct LoadBalancerOldTLSPolicyRule: Rule {
    let description = RuleDescription(
        id: "AWS-LB-OLD-TLS-POLICY", title: "Load balancer listener accepts TLS older than 1.2", severity: .medium, cwe: 327,
        owasp: "A02:2021 Cryptographic Failures",
        checklist: "Data protection › Data in transit is encrypted with current protocols",
        rationale: "TLS 1.0 and 1.1 rely on SHA-1 and CBC constructions with known attacks (BEAST, POODLE-style downgrades), are deprecated by RFC 8996 and fail PCI DSS. A listener whose `ssl_policy` is left out gets `ELBSecurityPolicy-2016-08`, which accepts them. Medium: a client pushed down to an old protocol loses the protection of the connection.",
        recommendation: "Set `ssl_policy = \"ELBSecurityPolicy-TLS13-1-2-2021-06\"` (or another `…-1-2-…`/`…-1-3-…` policy). In CloudFormation, set `SslPolicy: ELBSecurityPolicy-TLS13-1-2-2021-06`.",
        equivalents: [.checkov("CKV_AWS_103"), .trivy("AVD-AWS-0047")],
        triggering: [
            """
            resource "aws_lb_listener" "web" {
              load_balancer_arn = aws_lb.web.arn
              port              = 443
              protocol          = "HTTPS"
            ↓  ssl_policy        = "ELBSecurityPolicy-2016-08"
              certificate_arn   = aws_acm_certificate.web.arn
              default_action {
                type             = "forward"
                target_group_arn = aws_lb_target_group.web.arn
              }
            }
            """,
            """
            ↓resource "aws_lb_listener" "tls" {
              load_balancer_arn = aws_lb.nlb.arn
              port              = 443
              protocol          = "TLS"
              certificate_arn   = aws_acm_certificate.web.arn
              default_action {
                type             = "forward"
                target_group_arn = aws_lb_target_group.tcp.arn
              }
            }
            """,
            .template("""
            Resources:
              Web:
                Type: AWS::ElasticLoadBalancingV2::Listener
                Properties:
                  LoadBalancerArn: !Ref LoadBalancer
                  Port: 443
                  Protocol: HTTPS
            ↓      SslPolicy: ELBSecurityPolicy-TLS13-1-1-2021-06
                  Certificates: [{CertificateArn: !Ref Certificate}]
                  DefaultActions: [{Type: forward, TargetGroupArn: !Ref Targets}]
            """),
        ],
        nonTriggering: [
            """
            resource "aws_lb_listener" "web" {
              load_balancer_arn = aws_lb.web.arn
              port              = 443
              protocol          = "HTTPS"
              ssl_policy        = "ELBSecurityPolicy-TLS13-1-2-2021-06"
              certificate_arn   = aws_acm_certificate.web.arn
              default_action {
                type             = "forward"
                target_group_arn = aws_lb_target_group.web.arn
              }
            }
            """,
            """
            resource "aws_lb_listener" "tcp" {
              load_balancer_arn = aws_lb.nlb.arn
              port              = 5432
              protocol          = "TCP"
              default_action {
                type             = "forward"
                target_group_arn = aws_lb_target_group.db.arn
              }
            }
            """,
            .template("""
            Resources:
              Web:
                Type: AWS::ElasticLoadBalancingV2::Listener
                Properties:
                  LoadBalancerArn: !Ref LoadBalancer
                  Port: 443
                  Protocol: HTTPS
                  SslPolicy: ELBSecurityPolicy-FS-1-2-Res-2020-10
                  Certificates: [{CertificateArn: !Ref Certificate}]
                  DefaultActions: [{Type: forward, TargetGroupArn: !Ref Targets}]
            """),
        ])

    /// What the API applies to an HTTPS or TLS listener created without a policy.
    private static let defaultPolicy = "ELBSecurityPolicy-2016-08"

    func check(_ resources: AWSResources) -> [Violation] {
        resources.ofType("AWS::ElasticLoadBalancingV2::Listener").compactMap { listener in
            guard let transport = listener.setting(listener.isTerraform ? "protocol" : "Protocol")?.known.stringValue?.uppercased(),
                  transport == "HTTPS" || transport == "TLS" else { return nil }
            let name = listener.isTerraform ? "ssl_policy" : "SslPolicy"
            guard let policy = listener.setting(name) else {
                return listener.violation(message: "\(listener.address) accepts TLS 1.0 and 1.1: `\(name)` is not set, so the listener gets `\(Self.defaultPolicy)`.",
                                          detail: name)
            }
            guard let text = policy.known.stringValue, let minimum = Self.minimumVersion(of: text), minimum < 2 else { return nil }
            let accepted = minimum == 0 ? "TLS 1.0 and 1.1" : "TLS 1.1"
            return listener.violation(at: policy, message: "\(listener.address) accepts \(accepted): `\(name)` is `\(text)`.", detail: name)
        }
    }

    /// The lowest TLS 1.x minor version an Elastic Load Balancing policy accepts, read from its
    /// name (`…-TLS13-1-2-…` → 2); policies without a version in the name (`…-2016-08`,
    /// `…-FS-2018-06`) accept TLS 1.0. Nil for a name that is not an ELB predefined policy.
    static func minimumVersion(of policy: String) -> Int? {
        let name = policy.uppercased()
        guard name.hasPrefix("ELBSECURITYPOLICY-") else { return nil }
        for family in ["TLS13-1-", "TLS-1-", "FS-1-"] {
            guard let range = name.range(of: "-" + family), let digit = name[range.upperBound...].first?.wholeNumberValue else { continue }
            return digit
        }
        return 0
    }
}
