extension ResourceSettingRule {
    static let gcpDefaultNetwork = ResourceSettingRule(
        description: RuleDescription(
            id: "GCP-DEFAULT-NETWORK", title: "Project creates the default network", severity: .medium, cwe: 1188,
            checklist: "Network exposure › Workloads run in purpose-built networks",
            rationale: "A project created with `auto_create_network` (the default) gets the `default` network with firewall rules that allow SSH, RDP and ICMP from anywhere. Medium: the rules are open until someone deletes them.",
            recommendation: "Set `auto_create_network = false` and create a network of your own with only the rules you need.",
            equivalents: [.checkov("CKV_GCP_27"), .kics("Google Project Auto Create Network Disabled")],
            triggering: [
                """
                ↓resource "google_project" "app" {
                  name       = "app"
                  project_id = "app-123"
                  org_id     = var.org_id
                }
                """,
            ],
            nonTriggering: [
                """
                resource "google_project" "app" {
                  name                = "app"
                  project_id          = "app-123"
                  org_id              = var.org_id
                  auto_create_network = false
                }
                """,
            ]),
        resourceTypes: ["google_project"], setting: ["auto_create_network"],
        expectation: .explicitly([.bool(false)]), problem: "creates the default network with open firewall rules")
}
