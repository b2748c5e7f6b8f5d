import InfragateEngine
import InfragateRules

/// The checklist's Carry-Forward Summary: what the repository runs on and how exposed it is, from
/// the files and findings of the whole tree, so the next audit starts from it.
struct CarryForwardSummary {
    let tree: TreeAudit

    /// The five numbered items, in the checklist's order.
    var items: [(name: String, text: String)] {
        [("Container Runtime", containerRuntime), ("Orchestration", orchestration), ("IaC Tool", infrastructureAsCode),
         ("Network Config", networkConfig), ("Security Posture", securityPosture)]
    }

    private var kinds: [FileKind: Int] {
        Dictionary(grouping: tree.report.scanned, by: \.kind).mapValues(\.count)
    }

    private func pathCount(_ matches: (String) -> Bool) -> Int {
        tree.paths.filter { matches($0.split(separator: "/").last.map(String.init) ?? $0) }.count
    }

    private static func listed(_ parts: [String]) -> String {
        parts.isEmpty ? "None found" : parts.joined(separator: ", ")
    }

    private var containerRuntime: String {
        let containerfiles = pathCount { $0 == "Containerfile" || $0.hasPrefix("Containerfile.") }
        let dockerfiles = (kinds[.dockerfile] ?? 0) - containerfiles
        var parts: [String] = []
        if dockerfiles > 0 { parts.append("Docker (\(counted(dockerfiles, "Dockerfile")))") }
        // Containerfile is the name Podman and Buildah look for first.
        if containerfiles > 0 { parts.append("Podman/Buildah (\(counted(containerfiles, "Containerfile")))") }
        if let compose = kinds[.compose] { parts.append("Docker Compose (\(counted(compose, "file")))") }
        return Self.listed(parts)
    }

    private var orchestration: String {
        var parts: [String] = []
        if let manifests = kinds[.kubernetes] { parts.append("Kubernetes (\(counted(manifests, "manifest")))") }
        let charts = pathCount { $0 == "Chart.yaml" }
        if charts > 0 { parts.append("Helm (\(counted(charts, "chart")))") }
        let kustomizations = pathCount { ["kustomization.yaml", "kustomization.yml", "Kustomization"].contains($0) }
        if kustomizations > 0 { parts.append("Kustomize (\(counted(kustomizations, "kustomization")))") }
        // By the file names the AWS CLI and CodeDeploy examples use; task definitions in Terraform are not counted.
        let ecs = pathCount { name in ["task-definition", "taskdef"].contains { name.lowercased().contains($0) } && name.hasSuffix(".json") }
        if ecs > 0 { parts.append("Amazon ECS (\(counted(ecs, "task definition")))") }
        let nomad = pathCount { $0.hasSuffix(".nomad") || $0.hasSuffix(".nomad.hcl") }
        if nomad > 0 { parts.append("Nomad (\(counted(nomad, "job file")))") }
        return Self.listed(parts)
    }

    private var infrastructureAsCode: String {
        var parts: [String] = []
        if let terraform = kinds[.terraform] { parts.append("Terraform (\(counted(terraform, "file")))") }
        let terragrunt = pathCount { $0 == "terragrunt.hcl" }
        if terragrunt > 0 { parts.append("Terragrunt (\(counted(terragrunt, "file")))") }
        if let templates = kinds[.cloudFormation] { parts.append("CloudFormation (\(counted(templates, "template")))") }
        let pulumi = pathCount { $0 == "Pulumi.yaml" || $0 == "Pulumi.yml" }
        if pulumi > 0 { parts.append("Pulumi (\(counted(pulumi, "project")))") }
        let ansible = pathCount { $0 == "ansible.cfg" }
        if ansible > 0 { parts.append("Ansible (\(counted(ansible, "configuration")))") }
        return Self.listed(parts)
    }

    private var activeFindings: [Finding] { tree.report.findings.map(\.finding) }

    private func findings(inChecklist matches: (String) -> Bool) -> [Finding] {
        activeFindings.filter { matches($0.checklist) }
    }

    private static func described(_ findings: [Finding]) -> String {
        let rules = Set(findings.map(\.ruleID)).sorted().map { "`\($0)`" }
        return "\(counted(findings.count, "finding")) (\(rules.joined(separator: ", ")))"
    }

    private var networkConfig: String {
        var parts: [String] = []
        let unsegmented = findings { $0.contains("Namespaces isolated by NetworkPolicy") }
        if !unsegmented.isEmpty {
            parts.append("Kubernetes segmentation incomplete: \(Self.described(unsegmented))")
        } else if kinds[.kubernetes] != nil {
            parts.append("Kubernetes segmentation: every namespace with workloads has a NetworkPolicy")
        }
        let databases = findings { $0.hasSuffix("Databases are not reachable from the internet") || $0.hasSuffix("No databases or admin ports exposed") }
        let open = findings { ($0.hasPrefix("Network exposure") || $0.hasPrefix("Kubernetes network") || $0.hasPrefix("Compose network")) && !$0.contains("Namespaces isolated") }
            .filter { finding in !databases.contains(finding) }
        parts.append(databases.isEmpty
            ? "databases: none reachable from public networks"
            : "databases reachable from public networks: \(Self.described(databases))")
        parts.append(open.isEmpty
            ? "internet exposure: no security group, firewall or listener open to the internet"
            : "internet exposure: \(Self.described(open))")
        return parts.joined(separator: "; ")
    }

    private var securityPosture: String {
        let findings = activeFindings
        let bySeverity = Dictionary(grouping: findings, by: \.severity).mapValues(\.count)
        let rating: String
        if bySeverity[.critical] != nil {
            rating = "Critical: fix the critical findings before deploying"
        } else if bySeverity[.high] != nil {
            rating = "Weak: high-severity findings leave the infrastructure exposed"
        } else if bySeverity[.medium] != nil {
            rating = "Fair: no critical or high findings; medium ones remain"
        } else if !findings.isEmpty {
            rating = "Good: only low-severity findings"
        } else {
            rating = "Strong: no findings"
        }
        guard !findings.isEmpty else { return rating + unscannedNote }
        let counts: [String] = Severity.allCases.reversed().compactMap { severity in
            bySeverity[severity].map { "\($0) \(severity.rawValue)" }
        }
        // The checklist section is the area: "Container security › Non-root user" is container security.
        let byArea: [String: [Finding]] = Dictionary(grouping: findings) { finding in
            finding.checklist.components(separatedBy: " › ").first ?? finding.checklist
        }
        let ranked: [(area: String, count: Int)] = byArea.map { (area: $0.key, count: $0.value.count) }.sorted { left, right in
            left.count != right.count ? left.count > right.count : left.area < right.area
        }
        let areas: [String] = ranked.prefix(3).map { "\($0.area) (\($0.count))" }
        return "\(rating) (\(counts.joined(separator: ", "))); most findings in \(areas.joined(separator: ", "))" + unscannedNote
    }

    private var unscannedNote: String {
        let unscanned = tree.report.skipped.filter { $0.reason != .excluded }.count
        return unscanned == 0 ? "" : "; \(counted(unscanned, "file")) could not be judged"
    }
}
