/// Secrets committed in `.tfvars` files.
struct VariableValuesSecretRule: Rule {
    let description = RuleDescription(
        id: "TF-TFVARS-SECRET", title: "Secret committed in a variables file", severity: .high, cwe: 798,
        owasp: "A07:2021 Identification and Authentication Failures",
        checklist: "Secrets › No secrets in code",
        rationale: "A `.tfvars` file in the repository is read by everyone with access to it and stays in its history for ever. High: the secret leaks with the code.",
        recommendation: "Remove the value, revoke it, and pass it through the CI secret environment (`TF_VAR_…`) or a secret store.",
        triggering: [
            RuleExample("""
            region      = "eu-west-1"
            ↓db_password = "Sup3r-secret"
            """, path: "terraform.tfvars"),
        ],
        nonTriggering: [
            RuleExample("""
            region         = "eu-west-1"
            db_secret_name = "prod/db"
            """, path: "terraform.tfvars"),
            // Left empty in the committed file and given by the pipeline (`TF_VAR_db_password`).
            RuleExample("""
            region      = "eu-west-1"
            db_password = ""
            """, path: "terraform.tfvars"),
        ])

    func check(_ module: TerraformModule) -> [Violation] {
        module.variableFiles.flatMap { file in
            file.body.attributes.compactMap { attribute -> Violation? in
                guard SecretText.isSecretLike(name: attribute.name), SecretText.isLiteralSecret(module.evaluate(attribute.expression)) else { return nil }
                return Violation(
                    line: attribute.line, message: "`\(attribute.name)` is given a literal secret value.", identity: "tfvars|\(attribute.name)", path: file.path)
            }
        }
    }
}
