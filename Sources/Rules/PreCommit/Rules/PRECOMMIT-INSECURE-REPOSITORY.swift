import InfragateParsers

/// `repo: http://…` or `git://…`: the hook code is fetched over a connection anyone on the path
/// can rewrite.
struct PreCommitInsecureRepository: Rule {
    let description = RuleDescription(
        id: "PRECOMMIT-INSECURE-REPOSITORY", title: "pre-commit hook repository fetched without TLS", severity: .high, cwe: 319,
        owasp: "A08:2021 Software and Data Integrity Failures",
        checklist: "CI/CD › Dependencies from verified sources",
        rationale: """
            `http://` and `git://` URLs are fetched unauthenticated and unencrypted: a machine on the network path \
            (café Wi-Fi, a proxy, a compromised router) can serve other code for the hook, which then runs on the \
            developer's machine or the CI runner. A commit-id `rev` limits what is accepted only if the attacker \
            cannot also answer for that id, which over plain git they can for a fresh clone of a repository they \
            serve. High.
            """,
        recommendation: "Use the `https://` (or `ssh://`/`git@`) URL of the repository.",
        triggering: [RuleExample("""
            repos:
            ↓  - repo: http://git.example.com/hooks.git
                rev: 8a737e727ac5ab2f1d4cf5876720ed276dc8dc4b
                hooks:
                  - id: check
            ↓  - repo: git://github.com/example/hooks
                rev: 8a737e727ac5ab2f1d4cf5876720ed276dc8dc4b
                hooks:
                  - id: check
            """, path: ".pre-commit-config.yaml")],
        nonTriggering: [RuleExample("""
            repos:
              - repo: https://git.example.com/hooks.git
                rev: 8a737e727ac5ab2f1d4cf5876720ed276dc8dc4b
                hooks:
                  - id: check
              - repo: git@github.com:example/hooks.git
                rev: 8a737e727ac5ab2f1d4cf5876720ed276dc8dc4b
                hooks:
                  - id: check
            """, path: ".pre-commit-config.yaml")])

    func check(_ config: PreCommitConfig) -> [Violation] {
        config.remoteRepositories.compactMap { repository in
            let lowered = repository.url.lowercased()
            guard lowered.hasPrefix("http://") || lowered.hasPrefix("git://") else { return nil }
            return Violation(line: repository.urlLine, message: "Hook repository `\(repository.url)` is fetched without TLS.",
                             identity: "repo:\(repository.url)|transport")
        }
    }
}
