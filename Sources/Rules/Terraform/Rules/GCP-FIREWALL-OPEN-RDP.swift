extension OpenIngressRule {
    static let gcpRDP = OpenIngressRule(
        description: RuleDescription(
            id: "GCP-FIREWALL-OPEN-RDP", title: "Firewall rule allows RDP from the internet", severity: .critical, cwe: 284,
            checklist: "Network exposure › Administration ports are not open to the internet",
            rationale: "RDP exposed to the internet is a leading ransomware entry point. Critical: direct remote access to instances.",
            recommendation: "Restrict `source_ranges`, or use Identity-Aware Proxy TCP forwarding.",
            equivalents: [.checkov("CKV_GCP_3")],
            triggering: [
                """
                resource "google_compute_firewall" "rdp" {
                  name    = "allow-rdp"
                  network = "default"
                  allow {
                    protocol = "tcp"
                    ports    = ["3380-3399"]
                  }
                ↓  source_ranges = ["0.0.0.0/0"]
                }
                """,
            ],
            nonTriggering: [
                """
                resource "google_compute_firewall" "web" {
                  name    = "allow-https"
                  network = "default"
                  allow {
                    protocol = "tcp"
                    ports    = ["443"]
                  }
                  source_ranges = ["0.0.0.0/0"]
                }
                """,
            ]),
        firewall: .gcpFirewalls, scope: .service(.rdp), service: "RDP")
}
