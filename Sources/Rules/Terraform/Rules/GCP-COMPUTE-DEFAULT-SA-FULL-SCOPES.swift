/// Compute instances running as the default service account with full API access.
struct GCPDefaultServiceAccountRule: Rule {
    let description = RuleDescription(
        id: "GCP-COMPUTE-DEFAULT-SA-FULL-SCOPES", title: "Instance uses the default service account with full API access", severity: .high, cwe: 269,
        owasp: "A01:2021 Broken Access Control",
        checklist: "Identity › Least privilege",
        rationale: "The default compute service account has the project Editor role; with the `cloud-platform` scope any process on the instance (or an SSRF) can change almost everything in the project. High.",
        recommendation: "Run the instance as a dedicated service account with only the roles it needs.",
        equivalents: [.checkov("CKV_GCP_30"), .checkov("CKV_GCP_31")],
        triggering: [
            """
            resource "google_compute_instance" "vm" {
              name = "vm"
            ↓  service_account {
                scopes = ["cloud-platform"]
              }
            }
            """,
        ],
        nonTriggering: [
            """
            resource "google_compute_instance" "vm" {
              name = "vm"
              service_account {
                email  = google_service_account.vm.email
                scopes = ["cloud-platform"]
              }
            }
            """,
        ])

    func check(_ module: TerraformModule) -> [Violation] {
        module.resources(ofType: "google_compute_instance").compactMap { instance in
            guard let account = instance.settings.blocks("service_account").first else { return nil }
            if let email = account.value("email") {
                guard let address = email.stringValue, address.hasSuffix("-compute@developer.gserviceaccount.com") else { return nil }
            }
            let scopes = account.value("scopes")?.listElements.compactMap(\.stringValue) ?? []
            guard scopes.contains(where: { $0 == "cloud-platform" || $0.hasSuffix("/auth/cloud-platform") }) else { return nil }
            return instance.violation(line: account.line, message: "\(instance.address) runs as the default service account with full API access.", detail: "service_account")
        }
    }
}
