extension AWSPolicyStatementRule {
    static let publicTopicPolicy = AWSPolicyStatementRule(
        description: RuleDescription(
            id: "AWS-SNS-PUBLIC-POLICY", title: "SNS topic policy grants access to anyone", severity: .high, cwe: 732,
            owasp: "A01:2021 Broken Access Control",
            checklist: "Identity › Resource policies do not grant access to anyone",
            rationale: "A topic policy statement with `Principal: \"*\"` and no condition lets any AWS account publish to the topic (phishing or fake alerts to every subscriber) or subscribe to it and receive every message. High.",
            recommendation: "Name the principals, or restrict with a condition such as `AWS:SourceOwner`, `aws:SourceArn` or `aws:PrincipalOrgID` (the console's default policy does).",
            equivalents: [.checkov("CKV_AWS_169")],
            triggering: [
                """
                data "aws_iam_policy_document" "alerts" {
                ↓  statement {
                    actions   = ["sns:Publish", "sns:Subscribe"]
                    resources = [aws_sns_topic.alerts.arn]
                    principals {
                      type        = "AWS"
                      identifiers = ["*"]
                    }
                  }
                }
                resource "aws_sns_topic_policy" "alerts" {
                  arn    = aws_sns_topic.alerts.arn
                  policy = data.aws_iam_policy_document.alerts.json
                }
                """,
                .template("""
                Resources:
                  AlertsPolicy:
                    Type: AWS::SNS::TopicPolicy
                    Properties:
                      Topics: [!Ref Alerts]
                      PolicyDocument:
                        Statement:
                ↓          - Effect: Allow
                            Principal: "*"
                            Action: sns:Publish
                            Resource: !Ref Alerts
                """),
            ],
            nonTriggering: [
                """
                data "aws_iam_policy_document" "alerts" {
                  statement {
                    actions   = ["sns:Publish"]
                    resources = [aws_sns_topic.alerts.arn]
                    principals {
                      type        = "AWS"
                      identifiers = ["*"]
                    }
                    condition {
                      test     = "StringEquals"
                      variable = "AWS:SourceOwner"
                      values   = [data.aws_caller_identity.current.account_id]
                    }
                  }
                }
                resource "aws_sns_topic_policy" "alerts" {
                  arn    = aws_sns_topic.alerts.arn
                  policy = data.aws_iam_policy_document.alerts.json
                }
                """,
                .template("""
                Resources:
                  AlertsPolicy:
                    Type: AWS::SNS::TopicPolicy
                    Properties:
                      Topics: [!Ref Alerts]
                      PolicyDocument:
                        Statement:
                          - Effect: Allow
                            Principal: {Service: events.amazonaws.com}
                            Action: sns:Publish
                            Resource: !Ref Alerts
                """),
            ]),
        roles: [.topic],
        problem: { $0.grantsToAnyone ? "allows anyone to publish to or subscribe to the topic" : nil })
}
