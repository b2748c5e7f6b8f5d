/// Public Cloud DNS zones that are not signed.
struct GCPDNSSECRule: Rule {
    let description = RuleDescription(
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
              name       = "example"
              dns_name   = "example.com."
              visibility = "public"
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
        ])

    func check(_ module: TerraformModule) -> [Violation] {
        module.resources(ofType: "google_dns_managed_zone").compactMap { zone in
            // Zones are public by default; an unknown visibility is not guessed.
            if let visibility = zone.settings.value("visibility"), visibility.stringValue?.lowercased() != "public" { return nil }
            guard let state = zone.settings.setting(["dnssec_config", "state"]) else {
                return zone.violation(message: "\(zone.address) does not sign its records: `dnssec_config.state` is not set.", detail: "dnssec_config.state")
            }
            guard let text = state.value.stringValue?.lowercased(), text == "off" else { return nil }
            return zone.violation(line: state.line, message: "\(zone.address) does not sign its records: `dnssec_config.state` is `off`.", detail: "dnssec_config.state")
        }
    }
}
