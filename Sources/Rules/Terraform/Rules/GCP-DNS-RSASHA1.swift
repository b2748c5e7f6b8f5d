/// DNSSEC keys of a Cloud DNS zone signed with SHA-1.
struct GCPDNSRSASHA1Rule: Rule {
    let description = RuleDescription(
        id: "GCP-DNS-RSASHA1", title: "Cloud DNS zone signs with RSASHA1", severity: .medium, cwe: 327,
        owasp: "A02:2021 Cryptographic Failures",
        checklist: "Data protection › Only strong cryptographic algorithms are used",
        rationale: "SHA-1 signatures can be forged with chosen-prefix collisions, so RSASHA1 keys give DNSSEC little protection. Medium.",
        recommendation: "Use `algorithm = \"rsasha256\"` or `\"ecdsap256sha256\"` in every `default_key_specs` block.",
        equivalents: [.checkov("CKV_GCP_17"), .kics("DNSSEC Using RSASHA1")],
        triggering: [
            """
            resource "google_dns_managed_zone" "public" {
              name     = "example"
              dns_name = "example.com."
              dnssec_config {
                state = "on"
                default_key_specs {
                  algorithm = "rsasha256"
                  key_type  = "keySigning"
                }
                default_key_specs {
            ↓      algorithm = "rsasha1"
                  key_type  = "zoneSigning"
                }
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
                default_key_specs {
                  algorithm = "rsasha256"
                  key_type  = "keySigning"
                }
              }
            }
            """,
        ])

    func check(_ module: TerraformModule) -> [Violation] {
        module.resources(ofType: "google_dns_managed_zone").flatMap { zone in
            let specs = zone.settings.blocks("dnssec_config").first?.blocks("default_key_specs") ?? []
            return specs.enumerated().compactMap { index, spec -> Violation? in
                guard let algorithm = spec.attribute("algorithm"),
                      module.evaluate(algorithm.expression).stringValue?.lowercased() == "rsasha1"
                else { return nil }
                return zone.violation(line: algorithm.line, message: "\(zone.address) signs records with RSASHA1.", detail: "default_key_specs[\(index)]")
            }
        }
    }
}
