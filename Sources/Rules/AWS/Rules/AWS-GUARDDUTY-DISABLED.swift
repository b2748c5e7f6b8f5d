extension AWSSettingRule {
    static let guarddutyDisabled = AWSSettingRule(
        description: RuleDescription(
            id: "AWS-GUARDDUTY-DISABLED", title: "GuardDuty detector is disabled", severity: .medium, cwe: 778,
            checklist: "Logging › Suspicious activity raises an alert",
            rationale: "A disabled detector raises no finding for credential misuse, crypto-mining or reconnaissance. Medium: the account's threat detection is off.",
            recommendation: "Set `enable = true` (CloudFormation: `Enable: true`).",
            equivalents: [.checkov("CKV2_AWS_3")],
            triggering: [
                """
                resource "aws_guardduty_detector" "main" {
                ↓  enable = false
                }
                """,
                .template("""
                Resources:
                  Main:
                    Type: AWS::GuardDuty::Detector
                    Properties:
                      FindingPublishingFrequency: FIFTEEN_MINUTES
                ↓      Enable: false
                """),
            ],
            nonTriggering: [
                """
                resource "aws_guardduty_detector" "main" {
                  enable = true
                }
                """,
                """
                resource "aws_guardduty_detector" "main" {
                }
                """,
                .template("""
                Resources:
                  Main:
                    Type: AWS::GuardDuty::Detector
                    Properties:
                      FindingPublishingFrequency: FIFTEEN_MINUTES
                      Enable: true
                """),
            ]),
        types: ["AWS::GuardDuty::Detector"], terraform: ["enable"], cloudFormation: ["Enable"],
        expectation: .noneOf([.bool(false)]), whenMissing: nil,
        problem: "detects nothing")
}
