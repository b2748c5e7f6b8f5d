extension ResourceSettingRule {
    static let gcpSSLPolicyWeak = ResourceSettingRule(
        description: RuleDescription(
            id: "GCP-SSL-POLICY-WEAK", title: "SSL policy allows TLS below 1.2", severity: .medium, cwe: 326,
            checklist: "Data protection › Data in transit is encrypted",
            rationale: "The default minimum of an SSL policy is TLS 1.0, which has known weaknesses (RFC 8996); load balancers using it negotiate it with old clients. Medium: exploiting it needs a network position.",
            recommendation: "Set `min_tls_version = \"TLS_1_2\"` with `profile = \"MODERN\"` or `\"RESTRICTED\"` (or `CUSTOM` with strong suites).",
            equivalents: [.checkov("CKV_GCP_4"), .kics("Google Compute SSL Policy Weak Cipher In Use")],
            triggering: [
                """
                ↓resource "google_compute_ssl_policy" "web" {
                  name    = "web"
                  profile = "MODERN"
                }
                """,
                """
                resource "google_compute_ssl_policy" "web" {
                  name            = "web"
                  profile         = "COMPATIBLE"
                ↓  min_tls_version = "TLS_1_1"
                }
                """,
            ],
            nonTriggering: [
                """
                resource "google_compute_ssl_policy" "web" {
                  name            = "web"
                  profile         = "MODERN"
                  min_tls_version = "TLS_1_2"
                }
                """,
            ]),
        resourceTypes: ["google_compute_ssl_policy"], setting: ["min_tls_version"],
        expectation: .explicitly([.string("TLS_1_2"), .string("TLS_1_3")]), problem: "accepts deprecated TLS versions")
}
