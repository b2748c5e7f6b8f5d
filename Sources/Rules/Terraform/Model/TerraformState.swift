import InfragateParsers

/// A committed Terraform state file (`terraform.tfstate`, `*.tfstate.backup`, a workspace's
/// `terraform.tfstate.d/<name>/terraform.tfstate`): not configuration but its applied result,
/// which Terraform writes with every managed attribute in clear text.
struct TerraformState: Sendable {
    let path: String
    /// How many resources the state lists, when the file parses as state; nil otherwise.
    let resourceCount: Int?

    static func isStatePath(_ path: String) -> Bool {
        let name = RepositoryPath.name(of: path).lowercased()
        return name.hasSuffix(".tfstate") || name.hasSuffix(".tfstate.backup")
    }

    init(path: String, text: String) {
        self.path = path
        guard let document = try? JSONParser.parse(text), document["version"] != nil else {
            resourceCount = nil
            return
        }
        if case .array(let resources)? = document["resources"]?.kind { resourceCount = resources.count } else { resourceCount = 0 }
    }
}
