/// A local state backend writing outside the configuration's folder.
struct BackendLocalSharedPathRule: Rule {
    let description = RuleDescription(
        id: "TF-BACKEND-LOCAL-SHARED-PATH", title: "Local state backend writes to a shared path", severity: .medium, cwe: 552,
        checklist: "Secrets › State files are protected",
        rationale: "A `local` backend whose `path` (or `workspace_dir`) is absolute or climbs out of the configuration (`/mnt/shared/…`, `../state/…`) puts the state, with every secret attribute in clear text, on a file system other users and pipelines read and write: no encryption, no access control of its own, no versioning. Medium: who can reach that path decides the exposure.",
        recommendation: "Use a remote backend with encryption, locking and access control (`s3` with `encrypt` and `use_lockfile`, `gcs`, `azurerm`); keep a local state only inside the working directory of a single user.",
        triggering: [
            """
            terraform {
              backend "local" {
            ↓    path = "/mnt/nfs/terraform/prod.tfstate"
              }
            }
            """,
            """
            terraform {
              backend "local" {
            ↓    workspace_dir = "../../shared-state"
              }
            }
            """,
        ],
        nonTriggering: [
            """
            terraform {
              backend "local" {
                path = "state/terraform.tfstate"
              }
            }
            """,
            """
            terraform {
              backend "local" {}
            }
            """,
        ])

    func check(_ module: TerraformModule) -> [Violation] {
        module.topLevelBlocks(ofType: "terraform").flatMap { terraform, path in
            terraform.blocks("backend").filter { $0.labels == ["local"] }.flatMap { backend in
                ["path", "workspace_dir"].compactMap { name -> Violation? in
                    guard let attribute = backend.attribute(name), let value = module.evaluate(attribute.expression).stringValue,
                          Self.leavesTheConfiguration(value) else { return nil }
                    return Violation(line: attribute.line, message: "backend \"local\" writes the state to `\(value)` (`\(name)`), outside the configuration's folder.",
                                     identity: "terraform.backend.local|\(name)", path: path)
                }
            }
        }
    }

    /// Absolute (also `~` and Windows drive or UNC paths) or climbing above the working directory.
    private static func leavesTheConfiguration(_ path: String) -> Bool {
        if path.hasPrefix("/") || path.hasPrefix("~") || path.hasPrefix("\\\\") { return true }
        if path.count >= 2, path.dropFirst().first == ":" { return true }
        var depth = 0
        for part in path.split(whereSeparator: { $0 == "/" || $0 == "\\" }) {
            if part == ".." { depth -= 1 } else if part != "." { depth += 1 }
            if depth < 0 { return true }
        }
        return false
    }
}
