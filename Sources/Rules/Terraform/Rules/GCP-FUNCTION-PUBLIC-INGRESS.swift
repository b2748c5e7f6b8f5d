extension ResourceSettingRule {
    static let gcpFunctionIngress = ResourceSettingRule(
        description: RuleDescription(
            id: "GCP-FUNCTION-PUBLIC-INGRESS", title: "Cloud Function accepts traffic from the internet", severity: .medium, cwe: 284,
            checklist: "Network exposure › Only intended services are reachable from the internet",
            rationale: "With `ingress_settings = \"ALLOW_ALL\"` (the default), the function URL answers any address; internal functions should only accept VPC or load-balancer traffic. Medium: authentication may still apply.",
            recommendation: "Set `ingress_settings = \"ALLOW_INTERNAL_ONLY\"` (or `ALLOW_INTERNAL_AND_GCLB` behind a load balancer with Cloud Armor).",
            equivalents: [.checkov("CKV_GCP_124")],
            triggering: [
                """
                resource "google_cloudfunctions_function" "worker" {
                  name             = "worker"
                  runtime          = "python312"
                  trigger_http     = true
                ↓  ingress_settings = "ALLOW_ALL"
                }
                """,
            ],
            nonTriggering: [
                """
                resource "google_cloudfunctions_function" "worker" {
                  name             = "worker"
                  runtime          = "python312"
                  trigger_http     = true
                  ingress_settings = "ALLOW_INTERNAL_ONLY"
                }
                """,
            ]),
        resourceTypes: ["google_cloudfunctions_function"], setting: ["ingress_settings"],
        expectation: .never([.string("ALLOW_ALL")]), problem: "accepts requests from any address")
}
