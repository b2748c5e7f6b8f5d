extension ResourceSettingRule {
    static let gcpDNSSEC = ResourceSettingRule(
        description: RuleDescription(
            id: "GCP-DNS-NO-DNSSEC", title: "Public Cloud DNS zone has DNSSEC off", severity: .medium, cwe: 345,
            checklist: "Network exposure › DNS answers are authenticated",
            rationale: "Without DNSSEC, resolvers cannot tell forged answers for the zone from real ones (cache poisoning, hijacked records). Medium: needs an attacker on the resolution path.",
            recommendation: "Add `dnssec_config { state = \"on\" }` (private zones are not signed and are not reported).",
            equivalents: [.checkov("CKV_GCP_16"), .kics("Cloud DNS Without DNSSEC")],
            triggering: [
                """
                ↓resource "google_dns_managed_zone" "public" {
                  name     = "example"
                  dns_name = "example.com."
                }
                """,
                """
                resource "google_dns_managed_zone" "public" {
                  name     = "example"
                  dns_name = "example.com."
                  dnssec_config {
                ↓    state = "off"
                  }
                }
                """,
            ],
            nonTriggering: [
                """
                resource "google_dns_managed_zone" "public" {
                  name     = "example"
                  dns_name = "example.com."
                  dnssec_config {
                    state = "on"
                  }
                }
                """,
                """
                resource "google_dns_managed_zone" "internal" {
                  name       = "internal"
                  dns_name   = "internal.example.com."
                  visibility = "private"
                }
                """,
            ]),
        resourceTypes: ["google_dns_managed_zone"], setting: ["dnssec_config", "state"],
        expectation: .explicitly([.string("on"), .string("transfer")]), problem: "does not sign its records", inheritedThrough: ["visibility"])
}
