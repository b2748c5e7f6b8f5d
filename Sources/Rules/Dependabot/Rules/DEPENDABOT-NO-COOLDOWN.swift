import InfragateParsers

/// Version updates with no `cooldown`: a release is proposed the hour it is published, before
/// anyone noticed it was malicious.
struct DependabotWithoutCooldown: Rule {
    let description = RuleDescription(
        id: "DEPENDABOT-NO-COOLDOWN", title: "Dependabot version updates without a cooldown", severity: .low, cwe: 1357,
        checklist: "CI/CD › Dependencies pinned and reviewed",
        rationale: """
            Compromised releases (event-stream, ua-parser-js, the 2025 npm worm) were caught and yanked within \
            days; a version update proposed the hour a release appears, and merged on a green build, installs it \
            first. `cooldown: { default-days: N }` makes Dependabot wait N days after a release before proposing \
            it (security updates are not delayed). Low.
            """,
        recommendation: "Add `cooldown: { default-days: 7 }` to each `updates` entry (security updates are not affected).",
        equivalents: [Equivalent(tool: "zizmor", id: "dependabot-cooldown")],
        triggering: [RuleExample("""
            version: 2
            updates:
            ↓  - package-ecosystem: npm
                directory: /
                schedule:
                  interval: daily
            """, path: ".github/dependabot.yml")],
        nonTriggering: [RuleExample("""
            version: 2
            updates:
              - package-ecosystem: npm
                directory: /
                schedule:
                  interval: daily
                cooldown:
                  default-days: 7
              - package-ecosystem: github-actions
                directory: /
                open-pull-requests-limit: 0
                schedule:
                  interval: weekly
            """, path: ".github/dependabot.yml")])

    func check(_ config: DependabotConfig) -> [Violation] {
        config.updates.compactMap { update in
            // `open-pull-requests-limit: 0` turns version updates off (security updates remain).
            guard update.node["cooldown"] == nil, update.node["open-pull-requests-limit"]?.int != 0 else { return nil }
            return Violation(line: update.node.line, message: "\(update.name) have no `cooldown`.", identity: "\(update.identity)|cooldown")
        }
    }
}
