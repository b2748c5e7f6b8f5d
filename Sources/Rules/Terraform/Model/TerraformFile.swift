import InfragateParsers

/// One parsed file of a Terraform module.
struct TerraformFile {
    let path: String
    let body: HCLBody
    /// A plan's resources are judged on their own: the plan is the whole configuration evaluated.
    var isPlan = false

    /// Configuration files Terraform loads from a module directory.
    static func isConfiguration(_ path: String) -> Bool {
        path.hasSuffix(".tf") || path.hasSuffix(".tf.json")
    }

    static func isVariableValues(_ path: String) -> Bool {
        path.hasSuffix(".tfvars") || path.hasSuffix(".tfvars.json")
    }

    /// `terraform.tfvars` and `*.auto.tfvars` are loaded by Terraform itself; other `.tfvars`
    /// only with `-var-file`, so they are possibilities rather than facts.
    static func isAutoLoaded(_ path: String) -> Bool {
        let name = RepositoryPath.name(of: path)
        return ["terraform.tfvars", "terraform.tfvars.json"].contains(name)
            || name.hasSuffix(".auto.tfvars") || name.hasSuffix(".auto.tfvars.json")
    }

    /// Parses native syntax or JSON syntax by the file name. JSON that is neither `.tf.json` nor
    /// `.tfvars.json` is a plan (`terraform show -json`), recognised by its name or content.
    static func parse(path: String, text: String) -> Result<TerraformFile, ParseProblem> {
        do {
            let body: HCLBody
            var isPlan = false
            if path.hasSuffix(".tfvars.json") {
                body = try TerraformJSON.variableValues(from: text)
            } else if path.hasSuffix(".tf.json") {
                body = try TerraformJSON.body(from: text)
            } else if path.hasSuffix(".json") {
                body = try TerraformPlan.body(from: text)
                isPlan = true
            } else {
                body = try HCLParser.parse(text)
            }
            return .success(TerraformFile(path: path, body: body, isPlan: isPlan))
        } catch let error as ParseProblem {
            let syntax = path.hasSuffix(".json") ? "JSON" : "HCL"
            return .failure(ParseProblem(line: error.line, message: "\(syntax) syntax error: \(error.message)"))
        } catch {
            return .failure(ParseProblem(line: 1, message: "could not parse: \(error)"))
        }
    }
}
