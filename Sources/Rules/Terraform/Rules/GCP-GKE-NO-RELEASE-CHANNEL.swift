extension ResourceSettingRule {
    static let gcpGKEReleaseChannel = ResourceSettingRule(
        description: RuleDescription(
            id: "GCP-GKE-NO-RELEASE-CHANNEL", title: "GKE cluster is enrolled in no release channel", severity: .low, cwe: 1104,
            owasp: "A06:2021 Vulnerable and Outdated Components",
            checklist: "Kubernetes › Clusters stay on supported versions",
            rationale: "Outside a release channel, control plane and node versions are managed by hand and drift past their security patches. Low.",
            recommendation: "Add `release_channel { channel = \"REGULAR\" }` (or `STABLE`).",
            equivalents: [.checkov("CKV_GCP_70"), .kics("Ensure GKE Version Management Is Automated Using Release Channels")],
            triggering: [
                """
                ↓resource "google_container_cluster" "main" {
                  name     = "main"
                  location = "europe-west1"
                }
                """,
            ],
            nonTriggering: [
                """
                resource "google_container_cluster" "main" {
                  name     = "main"
                  location = "europe-west1"
                  release_channel {
                    channel = "REGULAR"
                  }
                }
                """,
            ]),
        resourceTypes: ["google_container_cluster"], setting: ["release_channel", "channel"],
        expectation: .present, problem: "is upgraded by hand")
}
