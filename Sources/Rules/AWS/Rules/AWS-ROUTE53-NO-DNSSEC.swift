extension AWSCompanionRule {
    static let route53DNSSEC = AWSCompanionRule(
        description: RuleDescription(
            id: "AWS-ROUTE53-NO-DNSSEC", title: "Public hosted zone is not signed with DNSSEC", severity: .low, cwe: 345,
            owasp: "A08:2021 Software and Data Integrity Failures",
            checklist: "Network exposure › DNS answers are authenticated",
            rationale: "Without DNSSEC, resolvers cannot tell the zone's answers from forged ones, so cache poisoning or an on-path attacker can send the zone's users, mail and certificate validations elsewhere. Low: the attack needs a position on the path or a vulnerable resolver. Private zones cannot be signed, so only public zones are judged.",
            recommendation: "Add an `aws_route53_key_signing_key` (with an asymmetric `ECC_NIST_P256` KMS key in us-east-1) and an `aws_route53_hosted_zone_dnssec` for the zone, then publish the DS record at the registrar. In CloudFormation, add an `AWS::Route53::KeySigningKey` and an `AWS::Route53::DNSSEC` with `HostedZoneId: !Ref <the zone>`.",
            equivalents: [.checkov("CKV2_AWS_38")],
            triggering: [
                """
                ↓resource "aws_route53_zone" "public" {
                  name = "example.com"
                }
                """,
                .template("""
                Resources:
                ↓  PublicZone:
                    Type: AWS::Route53::HostedZone
                    Properties:
                      Name: example.com
                """),
            ],
            nonTriggering: [
                """
                resource "aws_route53_zone" "public" {
                  name = "example.com"
                }
                resource "aws_route53_key_signing_key" "public" {
                  hosted_zone_id             = aws_route53_zone.public.id
                  key_management_service_arn = aws_kms_key.dnssec.arn
                  name                       = "public"
                }
                resource "aws_route53_hosted_zone_dnssec" "public" {
                  hosted_zone_id = aws_route53_key_signing_key.public.hosted_zone_id
                }
                """,
                """
                resource "aws_route53_zone" "internal" {
                  name = "internal.example.com"
                  vpc {
                    vpc_id = aws_vpc.main.id
                  }
                }
                """,
                .template("""
                Resources:
                  PublicZone:
                    Type: AWS::Route53::HostedZone
                    Properties:
                      Name: example.com
                  Signing:
                    Type: AWS::Route53::DNSSEC
                    Properties:
                      HostedZoneId: !Ref PublicZone
                """),
            ]),
        types: ["AWS::Route53::HostedZone"],
        companions: [.init(type: "AWS::Route53::DNSSEC", terraform: "hosted_zone_id", cloudFormation: "HostedZoneId"),
                     .init(type: "AWS::Route53::KeySigningKey", terraform: "hosted_zone_id", cloudFormation: "HostedZoneId")],
        appliesTo: AWSCompanionRule.isPublicZone,
        problem: "is not signed with DNSSEC")
}
