/// Instances with an external address (`access_config` in a network interface).
struct GCPComputePublicIPRule: Rule {
    let description = RuleDescription(
        id: "GCP-COMPUTE-PUBLIC-IP", title: "Compute instance has a public IP address", severity: .medium, cwe: 284,
        checklist: "Network exposure › Only intended services are reachable from the internet",
        rationale: "An `access_config` block gives the instance an external address, so every service on it is one firewall rule away from the internet. Medium: most instances only need outbound access (Cloud NAT) or sit behind a load balancer.",
        recommendation: "Remove `access_config`; use Cloud NAT for outbound traffic, IAP TCP forwarding for SSH and a load balancer for inbound traffic.",
        equivalents: [.checkov("CKV_GCP_40")],
        triggering: [
            """
            resource "google_compute_instance" "vm" {
              name         = "vm"
              machine_type = "e2-medium"
              zone         = "europe-west1-b"
              network_interface {
                subnetwork = google_compute_subnetwork.app.id
            ↓    access_config {}
              }
            }
            """,
        ],
        nonTriggering: [
            """
            resource "google_compute_instance" "vm" {
              name         = "vm"
              machine_type = "e2-medium"
              zone         = "europe-west1-b"
              # No access_config: outbound traffic goes through Cloud NAT, SSH through IAP.
              network_interface {
                subnetwork = google_compute_subnetwork.app.id
              }
            }
            """,
        ])

    func check(_ module: TerraformModule) -> [Violation] {
        ["google_compute_instance", "google_compute_instance_template"].flatMap(module.resources(ofType:)).flatMap { instance in
            instance.settings.blocks("network_interface").enumerated().compactMap { index, interface -> Violation? in
                guard let access = interface.blocks("access_config").first else { return nil }
                return instance.violation(line: access.line, message: "\(instance.address) has an external IP address.", detail: "network_interface[\(index)]")
            }
        }
    }
}
