import InfragateParsers

/// `insecure-external-code-execution: allow`: Dependabot runs the manifests' code while it holds
/// the private registries' credentials.
struct DependabotInsecureExternalCode: Rule {
    let description = RuleDescription(
        id: "DEPENDABOT-INSECURE-EXTERNAL-CODE", title: "Dependabot allowed to execute code from manifests", severity: .high, cwe: 829,
        owasp: "A08:2021 Software and Data Integrity Failures",
        checklist: "CI/CD › Dependencies from verified sources",
        rationale: """
            For `bundler`, `mix` and `pip`, updating a lockfile can mean evaluating code: a `gemspec`, `mix.exs` or \
            `setup.py`, of this repository or of a dependency. Dependabot refuses to unless \
            `insecure-external-code-execution: allow`, and then runs it with the credentials of every registry the \
            update can use: a malicious release of a dependency reads them. High.
            """,
        recommendation: "Remove `insecure-external-code-execution: allow` (or set `deny`); keep dependencies whose metadata needs code out of the updates that hold registry credentials.",
        equivalents: [Equivalent(tool: "zizmor", id: "dependabot-execution")],
        triggering: [RuleExample("""
            version: 2
            registries:
              gems:
                type: rubygems-server
                url: https://gems.example.com
                token: ${{secrets.GEMS_TOKEN}}
            updates:
              - package-ecosystem: bundler
                directory: /
                registries: [gems]
            ↓    insecure-external-code-execution: allow
                schedule:
                  interval: weekly
                cooldown:
                  default-days: 7
            """, path: ".github/dependabot.yml")],
        nonTriggering: [RuleExample("""
            version: 2
            updates:
              - package-ecosystem: bundler
                directory: /
                insecure-external-code-execution: deny
                schedule:
                  interval: weekly
                cooldown:
                  default-days: 7
            """, path: ".github/dependabot.yml")])

    func check(_ config: DependabotConfig) -> [Violation] {
        config.updates.compactMap { update in
            guard let setting = update.node.entry("insecure-external-code-execution"), setting.value.string == "allow" else { return nil }
            return Violation(line: setting.keyLine, message: "\(update.name) allow Dependabot to execute code from manifests.",
                             identity: "\(update.identity)|insecure-external-code-execution")
        }
    }
}
