import InfragateParsers

/// `registries: { npm: { token: npm_abc… } }`: a registry credential written into the repository.
struct DependabotRegistryCredentials: Rule {
    private static let credentialKeys = ["password", "token", "key"]

    let description = RuleDescription(
        id: "DEPENDABOT-REGISTRY-CREDENTIALS", title: "Registry credential written into dependabot.yml", severity: .high, cwe: 798,
        checklist: "CI/CD › Secrets in the vault, not in the repository",
        rationale: """
            Dependabot reads registry `password`, `token` and `key` values from Dependabot secrets written as \
            `${{secrets.NAME}}`. A literal value is committed: readable by everyone with the repository and kept in \
            its history, and it is usually a publish-capable registry token. The message never shows the value. High.
            """,
        recommendation: "Store the credential as a Dependabot secret (Settings › Secrets › Dependabot) and write `token: ${{secrets.NPM_TOKEN}}`; rotate the committed one.",
        triggering: [RuleExample("""
            version: 2
            registries:
              npm-internal:
                type: npm-registry
                url: https://npm.example.com
            ↓    token: npm_4f9c2a7d1e8b6a5c3f0e9d8c7b6a5f4e3d2c
              maven:
                type: maven-repository
                url: https://maven.example.com
                username: ci
            ↓    password: "hunter2-but-longer"
            updates: []
            """, path: ".github/dependabot.yml")],
        nonTriggering: [RuleExample("""
            version: 2
            registries:
              npm-internal:
                type: npm-registry
                url: https://npm.example.com
                token: ${{secrets.NPM_INTERNAL_TOKEN}}
              maven:
                type: maven-repository
                url: https://maven.example.com
                username: ci
                password: ${{ secrets.MAVEN_PASSWORD }}
            updates: []
            """, path: ".github/dependabot.yml")])

    func check(_ config: DependabotConfig) -> [Violation] {
        config.registries.flatMap { registry in
            Self.credentialKeys.compactMap { key -> Violation? in
                guard let entry = registry.value.entry(key), let value = entry.value.string, !value.isEmpty,
                      !value.contains("${{") else { return nil }
                return Violation(line: entry.keyLine, message: "Registry `\(registry.key)` has its `\(key)` written in the file.",
                                 identity: "registry:\(registry.key)|\(key)")
            }
        }
    }
}
