extension ResourceSettingRule {
    static let gcpSubnetPrivateGoogleAccess = ResourceSettingRule(
        description: RuleDescription(
            id: "GCP-SUBNET-NO-PRIVATE-GOOGLE-ACCESS", title: "Subnetwork has no Private Google Access", severity: .low, cwe: 923,
            checklist: "Network exposure › Workloads run in purpose-built networks",
            rationale: "Without Private Google Access, instances without public addresses cannot reach Google APIs, which pushes teams to give them public IPs or NAT. Low.",
            recommendation: "Set `private_ip_google_access = true`.",
            equivalents: [.checkov("CKV_GCP_74"), .kics("Google Compute Subnetwork with Private Google Access Disabled")],
            triggering: [
                """
                ↓resource "google_compute_subnetwork" "app" {
                  name          = "app"
                  ip_cidr_range = "10.0.0.0/24"
                  network       = google_compute_network.main.id
                }
                """,
            ],
            nonTriggering: [
                """
                resource "google_compute_subnetwork" "app" {
                  name                     = "app"
                  ip_cidr_range            = "10.0.0.0/24"
                  network                  = google_compute_network.main.id
                  private_ip_google_access = true
                }
                """,
            ]),
        resourceTypes: ["google_compute_subnetwork"], setting: ["private_ip_google_access"],
        expectation: .explicitly([.bool(true)]), problem: "cannot reach Google APIs privately")
}
