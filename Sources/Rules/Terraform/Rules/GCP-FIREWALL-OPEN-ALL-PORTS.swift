extension OpenIngressRule {
    static let gcpAllPorts = OpenIngressRule(
        description: RuleDescription(
            id: "GCP-FIREWALL-OPEN-ALL-PORTS", title: "Firewall rule opens all ports (or several critical services) to the internet", severity: .critical, cwe: 284,
            checklist: "Network exposure › Only intended services are reachable from the internet",
            rationale: "`protocol = \"all\"`, an `allow` without `ports`, or a range spanning administration and database ports exposes every service on the instances. Critical, and reported once rather than once per service it reaches.",
            recommendation: "Allow only the protocols and ports the service needs, from known `source_ranges`.",
            subsumes: ["GCP-FIREWALL-OPEN-SSH", "GCP-FIREWALL-OPEN-RDP"],
            triggering: [
                """
                resource "google_compute_firewall" "everything" {
                  name    = "allow-all"
                  network = "default"
                  allow {
                    protocol = "all"
                  }
                ↓  source_ranges = ["0.0.0.0/0"]
                }
                """,
            ],
            nonTriggering: [
                """
                resource "google_compute_firewall" "ping" {
                  name    = "allow-icmp"
                  network = "default"
                  allow {
                    protocol = "icmp"
                  }
                  source_ranges = ["0.0.0.0/0"]
                }
                """,
                """
                resource "google_compute_firewall" "internal" {
                  name    = "allow-internal"
                  network = "default"
                  allow {
                    protocol = "all"
                  }
                  source_ranges = ["10.128.0.0/9"]
                }
                """,
            ]),
        firewall: .gcpFirewalls, scope: .severalServices, service: "every service")
}
