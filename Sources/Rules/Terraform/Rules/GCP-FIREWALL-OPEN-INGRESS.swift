extension OpenIngressRule {
    static let gcpAnyPort = OpenIngressRule(
        description: RuleDescription(
            id: "GCP-FIREWALL-OPEN-INGRESS", title: "Firewall rule allows ingress from the internet", severity: .high, cwe: 284,
            checklist: "Network exposure › Only intended services are reachable from the internet",
            rationale: "Every port open to `0.0.0.0/0` or `::/0` is attack surface, and internal services (metrics, admin consoles, brokers) exposed this way are routinely found by scanners. High. Administration and database ports are reported as critical by their own rules; a single web port (80 or 443) is not reported, since serving the web is the usual reason for public ingress.",
            recommendation: "Restrict `source_ranges` to known ranges, or put the service behind a load balancer and allow only its health-check ranges.",
            equivalents: [.kics("Google Compute Network Using Firewall Rule that Allows Port Range")],
            triggering: [
                """
                resource "google_compute_firewall" "app" {
                  name    = "app"
                  network = google_compute_network.main.id
                  allow {
                    protocol = "tcp"
                    ports    = ["9090"]
                  }
                ↓  source_ranges = ["0.0.0.0/0"]
                }
                """,
                """
                resource "google_compute_firewall" "app" {
                  name    = "app"
                  network = google_compute_network.main.id
                  allow {
                    protocol = "udp"
                    ports    = ["22"]
                  }
                ↓  source_ranges = ["0.0.0.0/0"]
                }
                """,
            ],
            nonTriggering: [
                """
                resource "google_compute_firewall" "app" {
                  name    = "app"
                  network = google_compute_network.main.id
                  allow {
                    protocol = "tcp"
                    ports    = ["9090"]
                  }
                  source_ranges = ["10.0.0.0/16"]
                }
                """,
                """
                resource "google_compute_firewall" "app" {
                  name    = "app"
                  network = google_compute_network.main.id
                  allow {
                    protocol = "tcp"
                    ports    = ["443"]
                  }
                  source_ranges = ["0.0.0.0/0"]
                }
                """,
            ]),
        firewall: .gcpFirewalls, scope: .otherPorts, service: "ingress")
}
