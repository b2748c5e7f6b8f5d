/// Load balancer listeners that take plain HTTP and pass it on instead of redirecting to HTTPS.
struct LoadBalancerHTTPListenerRule: Rule {
    let description = RuleDescription(
        id: "AWS-LB-HTTP-LISTENER", title: "Load balancer listener serves plain HTTP", severity: .medium, cwe: 319,
        owasp: "A02:2021 Cryptographic Failures",
        checklist: "Data protection › Data in transit is encrypted",
        rationale: "An `HTTP` listener that forwards (or authenticates) requests carries cookies, tokens and form data in clear text between the client and the load balancer, readable and changeable on any network on the way. Medium. A listener whose actions only redirect (to HTTPS) or answer with a fixed response is the usual secure companion of an HTTPS listener and is not reported.",
        recommendation: "Serve `HTTPS` with a certificate and a current `ssl_policy`, and make the port-80 listener's `default_action` a `redirect` with `protocol = \"HTTPS\"`. In CloudFormation, set `Protocol: HTTPS` with `Certificates`, and give the HTTP listener a `redirect` action.",
        equivalents: [.checkov("CKV_AWS_2"), .trivy("AVD-AWS-0054")],
        triggering: [
            """
            resource "aws_lb_listener" "web" {
              load_balancer_arn = aws_lb.web.arn
              port              = 80
            ↓  protocol          = "HTTP"
              default_action {
                type             = "forward"
                target_group_arn = aws_lb_target_group.web.arn
              }
            }
            """,
            .template("""
            Resources:
              Web:
                Type: AWS::ElasticLoadBalancingV2::Listener
                Properties:
                  LoadBalancerArn: !Ref LoadBalancer
                  Port: 80
            ↓      Protocol: HTTP
                  DefaultActions:
                    - Type: forward
                      TargetGroupArn: !Ref Targets
            """),
        ],
        nonTriggering: [
            """
            resource "aws_lb_listener" "redirect" {
              load_balancer_arn = aws_lb.web.arn
              port              = 80
              protocol          = "HTTP"
              default_action {
                type = "redirect"
                redirect {
                  port        = "443"
                  protocol    = "HTTPS"
                  status_code = "HTTP_301"
                }
              }
            }
            """,
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
            .template("""
            Resources:
              Redirect:
                Type: AWS::ElasticLoadBalancingV2::Listener
                Properties:
                  LoadBalancerArn: !Ref LoadBalancer
                  Port: 80
                  Protocol: HTTP
                  DefaultActions:
                    - Type: redirect
                      RedirectConfig: {Protocol: HTTPS, Port: "443", StatusCode: HTTP_301}
            """),
        ])

    /// Actions that send no content of the application over the clear connection.
    private static let harmlessActions: Set<String> = ["redirect", "fixed-response"]

    func check(_ resources: AWSResources) -> [Violation] {
        resources.ofType("AWS::ElasticLoadBalancingV2::Listener").compactMap { listener in
            let name = listener.isTerraform ? "protocol" : "Protocol"
            guard let setting = listener.setting(name), setting.known.stringValue?.uppercased() == "HTTP" else { return nil }
            let actions = listener.setting(listener.isTerraform ? "default_action" : "DefaultActions")?.elements ?? []
            let types = actions.map { $0.member("Type")?.known.stringValue?.lowercased() }
            // An action of unknown type may be a redirect: not guessed into a finding.
            guard types.contains(where: { type in type.map { !Self.harmlessActions.contains($0) } ?? false }),
                  !types.contains(where: { $0 == nil }) else { return nil }
            return listener.violation(at: setting, message: "\(listener.address) passes plain HTTP requests on instead of redirecting them to HTTPS.",
                                      detail: name)
        }
    }
}
