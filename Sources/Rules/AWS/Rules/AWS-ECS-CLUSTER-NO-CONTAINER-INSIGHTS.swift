/// ECS clusters that neither turn Container Insights on nor inherit it from an account default of the module.
struct ECSContainerInsightsRule: Rule {
    let description = RuleDescription(
        id: "AWS-ECS-CLUSTER-NO-CONTAINER-INSIGHTS", title: "ECS cluster has Container Insights off", severity: .low, cwe: 778,
        checklist: "Logging › Workload activity is monitored",
        rationale: "Container Insights records per-task CPU, memory, network and restart metrics and events; without them a crypto-miner in a task, a crash loop or resource exhaustion goes unseen and cannot be investigated afterwards. Low: a monitoring gap, not an exposure.",
        recommendation: "Add `setting { name = \"containerInsights\", value = \"enabled\" }` (or `\"enhanced\"`) to the cluster, or turn it on for the account with `aws_ecs_account_setting_default`. In CloudFormation, add `ClusterSettings: [{Name: containerInsights, Value: enabled}]`.",
        equivalents: [.checkov("CKV_AWS_65"), .trivy("AVD-AWS-0034"), .kics("ECS Cluster with Container Insights Disabled")],
        triggering: [
            """
            ↓resource "aws_ecs_cluster" "main" {
              name = "main"
            }
            """,
            """
            resource "aws_ecs_cluster" "main" {
              name = "main"
              setting {
                name  = "containerInsights"
            ↓    value = "disabled"
              }
            }
            """,
            .template("""
            Resources:
            ↓  Cluster:
                Type: AWS::ECS::Cluster
                Properties:
                  ClusterName: main
            """),
            .template("""
            Resources:
              Cluster:
                Type: AWS::ECS::Cluster
                Properties:
                  ClusterSettings:
                    - Name: containerInsights
            ↓          Value: disabled
            """),
        ],
        nonTriggering: [
            """
            resource "aws_ecs_cluster" "main" {
              name = "main"
              setting {
                name  = "containerInsights"
                value = "enabled"
              }
            }
            """,
            """
            resource "aws_ecs_cluster" "main" {
              name = "main"
              dynamic "setting" {
                for_each = var.cluster_settings
                content {
                  name  = setting.value.name
                  value = setting.value.value
                }
              }
            }
            """,
            """
            resource "aws_ecs_account_setting_default" "insights" {
              name  = "containerInsights"
              value = "enhanced"
            }
            resource "aws_ecs_cluster" "main" {
              name = "main"
            }
            """,
            .template("""
            Resources:
              Cluster:
                Type: AWS::ECS::Cluster
                Properties:
                  ClusterSettings:
                    - Name: containerInsights
                      Value: enhanced
            """),
        ])

    private static let onValues: Set<String> = ["enabled", "enhanced"]

    func check(_ resources: AWSResources) -> [Violation] {
        let accountDefault = resources.ofType("Terraform::ECS::AccountSettingDefault").first {
            $0.setting("name")?.known.stringValue == "containerInsights"
        }
        // An account default whose value is unknown may turn it on.
        let inherited = accountDefault.map { $0.setting("value")?.known.stringValue.map { Self.onValues.contains($0.lowercased()) } ?? true } ?? false
        return resources.ofType("AWS::ECS::Cluster").compactMap { cluster in
            let name = cluster.isTerraform ? "setting" : "ClusterSettings"
            let settings = cluster.setting(name)
            // A setting of unknown name (a `dynamic` block over a variable) may be the one.
            if let settings, settings.elements.contains(where: { $0.member("Name")?.known.stringValue == nil }) { return nil }
            guard let insights = settings?.elements.first(where: { $0.member("Name")?.known.stringValue == "containerInsights" }) else {
                guard !inherited else { return nil }
                let missing = cluster.isTerraform ? "no `setting` block names `containerInsights`" : "`ClusterSettings` has no `containerInsights` entry"
                return cluster.violation(message: "\(cluster.address) does not record Container Insights: \(missing).", detail: name)
            }
            guard let value = insights.member("Value"), let text = value.known.stringValue, !Self.onValues.contains(text.lowercased()) else { return nil }
            return cluster.violation(at: value, message: "\(cluster.address) does not record Container Insights: `containerInsights` is `\(text)`.",
                                     detail: name)
        }
    }
}
