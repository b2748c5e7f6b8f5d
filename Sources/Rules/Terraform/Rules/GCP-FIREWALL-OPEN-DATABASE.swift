extension OpenIngressRule {
    static let gcpDatabase = OpenIngressRule(
        description: RuleDescription(
            id: "GCP-FIREWALL-OPEN-DATABASE", title: "Firewall rule allows database ports from the internet", severity: .critical, cwe: 284,
            checklist: "Network exposure › Databases are not reachable from the internet",
            rationale: "Database ports (PostgreSQL, MySQL, SQL Server, Oracle, Redis, MongoDB, Elasticsearch, Cassandra, Memcached) open to the internet are found by scanners within minutes and brute-forced or exploited. Critical.",
            recommendation: "Restrict `source_ranges` to the application subnets, or use private IP and Private Service Connect.",
            equivalents: [.checkov("CKV_GCP_88")],
            triggering: [
                """
                resource "google_compute_firewall" "app" {
                  name    = "app"
                  network = google_compute_network.main.id
                  allow {
                    protocol = "tcp"
                    ports    = ["5432"]
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
                    ports    = ["5432"]
                  }
                  source_ranges = ["10.0.0.0/16"]
                }
                """,
            ]),
        firewall: .gcpFirewalls, scope: .service(.database), service: "database connections")
}
