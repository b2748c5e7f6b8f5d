extension AWSSettingRule {
    static let qldbNoDeletionProtection = AWSSettingRule(
        description: RuleDescription(
            id: "AWS-QLDB-NO-DELETION-PROTECTION", title: "QLDB ledger can be deleted", severity: .low, cwe: 693,
            checklist: "Resilience › Backups and recovery are configured",
            rationale: "A ledger is the verifiable history of its data; with deletion protection off one API call destroys it. Low: the default protects it.",
            recommendation: "Remove `deletion_protection = false` (CloudFormation: `DeletionProtection`).",
            equivalents: [.checkov("CKV_AWS_172")],
            triggering: [
                """
                resource "aws_qldb_ledger" "main" {
                  name             = "orders"
                  permissions_mode = "STANDARD"
                ↓  deletion_protection = false
                }
                """,
                .template("""
                Resources:
                  Main:
                    Type: AWS::QLDB::Ledger
                    Properties:
                      PermissionsMode: STANDARD
                ↓      DeletionProtection: false
                """),
            ],
            nonTriggering: [
                """
                resource "aws_qldb_ledger" "main" {
                  name             = "orders"
                  permissions_mode = "STANDARD"
                  deletion_protection = true
                }
                """,
                """
                resource "aws_qldb_ledger" "main" {
                  name             = "orders"
                  permissions_mode = "STANDARD"
                }
                """,
                .template("""
                Resources:
                  Main:
                    Type: AWS::QLDB::Ledger
                    Properties:
                      PermissionsMode: STANDARD
                      DeletionProtection: true
                """),
            ]),
        types: ["AWS::QLDB::Ledger"], terraform: ["deletion_protection"], cloudFormation: ["DeletionProtection"],
        expectation: .noneOf([.bool(false)]), whenMissing: nil,
        problem: "can be deleted without protection")
}
