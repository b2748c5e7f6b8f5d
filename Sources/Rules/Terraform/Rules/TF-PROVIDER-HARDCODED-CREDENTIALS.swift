import InfragateParsers

/// Credentials written into a `provider` block.
struct ProviderCredentialsRule: Rule {
    private static let credentialAttributes = ["access_key", "secret_key", "token", "client_secret", "client_certificate_password", "password"]

    let description = RuleDescription(
        id: "TF-PROVIDER-HARDCODED-CREDENTIALS", title: "Provider credentials are hard-coded", severity: .critical, cwe: 798,
        owasp: "A07:2021 Identification and Authentication Failures",
        checklist: "Secrets › No secrets in code",
        rationale: "A key in a provider block is in every clone, fork and CI log of the repository, for ever (rewriting history does not recall copies). Critical: it is cloud account access.",
        recommendation: "Remove the key, revoke it, and let the provider read credentials from the environment, a profile, or workload identity (OIDC in CI).",
        equivalents: [.checkov("CKV_AWS_41")],
        triggering: [
            """
            provider "aws" {
              region     = "eu-west-1"
            ↓  access_key = "AKIAQ7Z2R4N6XKZ3B5WM"
            ↓  secret_key = "q8Zr2XkT9vLm4NpW7sYb3/HcJ6dFg1QeAa5Uo0Rt"
            }
            """,
        ],
        nonTriggering: [
            """
            provider "aws" {
              region  = "eu-west-1"
              profile = "deploy"
            }
            """,
            """
            provider "aws" {
              access_key = var.access_key
            }
            """,
            // The AWS documentation's example keys are placeholders (SecretValue).
            """
            provider "aws" {
              access_key = "AKIAIOSFODNN7EXAMPLE"
              secret_key = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
            }
            """,
        ])

    func check(_ module: TerraformModule) -> [Violation] {
        module.topLevelBlocks(ofType: "provider").flatMap { provider, path -> [Violation] in
            let name = provider.labels.first ?? "?"
            return Self.credentialAttributes.compactMap { key in
                guard let attribute = provider.attribute(key), SecretText.isLiteralSecret(module.evaluate(attribute.expression)) else { return nil }
                return Violation(
                    line: attribute.line, message: "provider \"\(name)\" has a hard-coded `\(key)`.", identity: "provider.\(name)|\(key)", path: path)
            }
        }
    }
}
