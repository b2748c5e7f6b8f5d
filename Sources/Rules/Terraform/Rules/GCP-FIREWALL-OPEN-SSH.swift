extension OpenIngressRule {
    static let gcpSSH = OpenIngressRule(
        description: RuleDescription(
            id: "GCP-FIREWALL-OPEN-SSH", title: "Firewall rule allows SSH from the internet", severity: .critical, cwe: 284,
            checklist: "Network exposure › Administration ports are not open to the internet",
            rationale: "SSH open to `0.0.0.0/0` is brute-forced within minutes. Critical: direct remote access to instances.",
            recommendation: "Restrict `source_ranges`, or use Identity-Aware Proxy TCP forwarding (`35.235.240.0/20`).",
            equivalents: [.checkov("CKV_GCP_2")],
            triggering: [
                """
                resource "google_compute_firewall" "ssh" {
                  name    = "allow-ssh"
                  network = "default"
                  allow {
                    protocol = "tcp"
                    ports    = ["22"]
                  }
                ↓  source_ranges = ["0.0.0.0/0"]
                }
                """,
            ],
            nonTriggering: [
                """
                resource "google_compute_firewall" "ssh" {
                  name    = "allow-ssh"
                  network = "default"
                  allow {
                    protocol = "tcp"
                    ports    = ["22"]
                  }
                  source_ranges = ["35.235.240.0/20"]
                }
                """,
            ]),
        firewall: .gcpFirewalls, scope: .service(.ssh), service: "SSH")
}
