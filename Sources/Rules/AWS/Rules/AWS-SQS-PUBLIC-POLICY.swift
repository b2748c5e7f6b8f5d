extension AWSPolicyStatementRule {
    static let publicQueuePolicy = AWSPolicyStatementRule(
        description: RuleDescription(
            id: "AWS-SQS-PUBLIC-POLICY", title: "SQS queue policy grants access to anyone", severity: .high, cwe: 732,
            owasp: "A01:2021 Broken Access Control",
            checklist: "Identity › Resource policies do not grant access to anyone",
            rationale: "A queue policy statement with `Principal: \"*\"` and no condition lets any AWS account send, read or delete the queue's messages: injected jobs or stolen data. High.",
            recommendation: "Name the principals (a role, or a service such as `sns.amazonaws.com`), or restrict with a condition (`aws:SourceArn`, `aws:SourceAccount`, `aws:PrincipalOrgID`).",
            equivalents: [.checkov("CKV_AWS_168")],
            triggering: [
                """
                resource "aws_sqs_queue_policy" "jobs" {
                  queue_url = aws_sqs_queue.jobs.id
                  policy = jsonencode({
                ↓    Statement = [{
                      Effect    = "Allow"
                      Principal = "*"
                      Action    = "sqs:SendMessage"
                      Resource  = aws_sqs_queue.jobs.arn
                    }]
                  })
                }
                """,
                .template("""
                Resources:
                  JobsPolicy:
                    Type: AWS::SQS::QueuePolicy
                    Properties:
                      Queues: [!Ref Jobs]
                      PolicyDocument:
                        Statement:
                ↓          - Effect: Allow
                            Principal: {AWS: "*"}
                            Action: sqs:*
                            Resource: !GetAtt Jobs.Arn
                """),
            ],
            nonTriggering: [
                """
                resource "aws_sqs_queue_policy" "jobs" {
                  queue_url = aws_sqs_queue.jobs.id
                  policy = jsonencode({
                    Statement = [{
                      Effect    = "Allow"
                      Principal = { Service = "sns.amazonaws.com" }
                      Action    = "sqs:SendMessage"
                      Resource  = aws_sqs_queue.jobs.arn
                    }]
                  })
                }
                """,
                .template("""
                Resources:
                  JobsPolicy:
                    Type: AWS::SQS::QueuePolicy
                    Properties:
                      Queues: [!Ref Jobs]
                      PolicyDocument:
                        Statement:
                          - Effect: Allow
                            Principal: "*"
                            Action: sqs:SendMessage
                            Resource: !GetAtt Jobs.Arn
                            Condition:
                              ArnEquals:
                                aws:SourceArn: !Ref Events
                """),
            ]),
        roles: [.queue],
        problem: { $0.grantsToAnyone ? "allows anyone to use the queue" : nil })
}
