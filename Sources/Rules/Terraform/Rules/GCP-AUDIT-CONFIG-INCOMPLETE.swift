/// Audit configurations for all services that leave out a log type or exempt members.
struct GCPAuditConfigRule: Rule {
    static let logTypes = ["ADMIN_READ", "DATA_READ", "DATA_WRITE"]

    let description = RuleDescription(
        id: "GCP-AUDIT-CONFIG-INCOMPLETE", title: "Audit configuration for all services leaves out data access or exempts members", severity: .medium, cwe: 778,
        owasp: "A09:2021 Security Logging and Monitoring Failures",
        checklist: "Logging › Access to sensitive data is logged",
        rationale: "Data Access audit logs are off by default; an `allServices` audit configuration that omits `DATA_READ`/`DATA_WRITE`, or exempts members, leaves reads of sensitive data (and whoever is exempt) unrecorded. Medium.",
        recommendation: "Declare `audit_log_config` blocks for `ADMIN_READ`, `DATA_READ` and `DATA_WRITE` with no `exempted_members`.",
        equivalents: [.checkov("CKV2_GCP_5"), .kics("IAM Audit Not Properly Configured")],
        triggering: [
            """
            resource "google_project_iam_audit_config" "all" {
              project = var.project
            ↓  service = "allServices"
              audit_log_config {
                log_type = "ADMIN_READ"
              }
            }
            """,
            """
            resource "google_project_iam_audit_config" "all" {
              project = var.project
              service = "allServices"
              audit_log_config {
                log_type = "ADMIN_READ"
              }
              audit_log_config {
                log_type = "DATA_READ"
              }
              audit_log_config {
                log_type         = "DATA_WRITE"
            ↓    exempted_members = ["user:batch@example.com"]
              }
            }
            """,
        ],
        nonTriggering: [
            """
            resource "google_project_iam_audit_config" "all" {
              project = var.project
              service = "allServices"
              audit_log_config {
                log_type = "ADMIN_READ"
              }
              audit_log_config {
                log_type = "DATA_READ"
              }
              audit_log_config {
                log_type = "DATA_WRITE"
              }
            }
            """,
        ])

    func check(_ module: TerraformModule) -> [Violation] {
        ["google_project_iam_audit_config", "google_folder_iam_audit_config", "google_organization_iam_audit_config"]
            .flatMap(module.resources(ofType:)).flatMap { config -> [Violation] in
                guard let service = config.settings.attribute("service"),
                      module.evaluate(service.expression).stringValue == "allServices"
                else { return [] }
                let logs = config.settings.blocks("audit_log_config")
                var found: [Violation] = []
                let types = logs.compactMap { $0.value("log_type")?.stringValue }
                // Dynamic blocks give unknown log types: the set is not judged then.
                if types.count == logs.count {
                    let missing = Self.logTypes.filter { !types.contains($0) }
                    if !missing.isEmpty {
                        found.append(config.violation(
                            line: service.line, message: "\(config.address) does not record \(missing.map { "`\($0)`" }.joined(separator: ", ")) for all services.", detail: "log_type"))
                    }
                }
                for (index, log) in logs.enumerated() {
                    guard let exempted = log.attribute("exempted_members"),
                          !module.evaluate(exempted.expression).listElements.isEmpty
                    else { continue }
                    found.append(config.violation(
                        line: exempted.line, message: "\(config.address) exempts members from audit logging.", detail: "exempted_members[\(index)]"))
                }
                return found
            }
    }
}
