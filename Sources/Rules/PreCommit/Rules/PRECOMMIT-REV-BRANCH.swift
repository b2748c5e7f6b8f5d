import InfragateParsers

/// `rev: main`: every `pre-commit autoupdate`-free run still gets whatever the branch holds when
/// the environment is first built on a machine.
struct PreCommitRevisionIsBranch: Rule {
    let description = RuleDescription(
        id: "PRECOMMIT-REV-BRANCH", title: "pre-commit hook repository followed by branch", severity: .medium, cwe: 829,
        owasp: "A08:2021 Software and Data Integrity Failures",
        checklist: "CI/CD › Dependencies pinned",
        rationale: """
            pre-commit clones each hook repository at `rev` and runs its code on every developer machine and CI \
            runner that installs the hooks. A branch (`main`, `master`, `HEAD`) is whatever its owner, or whoever \
            compromises them, pushed last: the next fresh install runs it with the developer's credentials. \
            Medium. Tags are reported by `PRECOMMIT-HOOK-NOT-PINNED`.
            """,
        recommendation: "Pin `rev` to a full commit id (`pre-commit autoupdate --freeze` writes it with the tag as a comment).",
        triggering: [RuleExample("""
            repos:
              - repo: https://github.com/psf/black
            ↓    rev: main
                hooks:
                  - id: black
            """, path: ".pre-commit-config.yaml")],
        nonTriggering: [RuleExample("""
            repos:
              - repo: https://github.com/psf/black
                rev: 8a737e727ac5ab2f1d4cf5876720ed276dc8dc4b  # frozen: 25.1.0
                hooks:
                  - id: black
              - repo: local
                hooks:
                  - id: lint
                    name: lint
                    entry: make lint
                    language: system
            """, path: ".pre-commit-config.yaml")])

    func check(_ config: PreCommitConfig) -> [Violation] {
        config.remoteRepositories.compactMap { repository in
            guard repository.namesBranch, let revision = repository.revision else { return nil }
            return Violation(line: revision.keyLine, message: "Hook repository `\(repository.url)` is followed by branch `\(revision.value.string ?? "")`.",
                             identity: "repo:\(repository.url)|rev")
        }
    }
}
