import InfragateParsers

/// A secret given as a variable's default value.
struct VariableSecretDefaultRule: Rule {
    let description = RuleDescription(
        id: "TF-VARIABLE-SECRET-DEFAULT", title: "Secret variable has a hard-coded default", severity: .high, cwe: 798,
        owasp: "A07:2021 Identification and Authentication Failures",
        checklist: "Secrets › No secrets in code",
        rationale: "A default for a password or token variable puts the secret in the repository and silently uses it wherever nobody overrides it. High: the secret leaks with the code.",
        recommendation: "Remove the default, mark the variable `sensitive = true`, and supply the value from a secret store or the CI secret environment (`TF_VAR_…`).",
        triggering: [
            """
            variable "db_password" {
              type      = string
              sensitive = true
            ↓  default   = "Sup3r-secret"
            }
            """,
        ],
        nonTriggering: [
            """
            variable "db_password" {
              type      = string
              sensitive = true
            }
            """,
            """
            variable "secret_name" {
              default = "prod/db"
            }
            """,
        ])

    func check(_ module: TerraformModule) -> [Violation] {
        module.topLevelBlocks(ofType: "variable").compactMap { variable, path in
            guard let name = variable.labels.first, SecretText.isSecretLike(name: name),
                  let attribute = variable.attribute("default"),
                  SecretText.isLiteralSecret(module.evaluate(attribute.expression))
            else { return nil }
            return Violation(
                line: attribute.line, message: "variable \"\(name)\" has a hard-coded default secret.", identity: "variable.\(name)|default", path: path)
        }
    }
}
