import InfragateParsers

/// `rev: v1.2.3`: a tag its publisher can move; only a commit id is a pin.
struct PreCommitHookNotPinned: Rule {
    let description = RuleDescription(
        id: "PRECOMMIT-HOOK-NOT-PINNED", title: "pre-commit hook repository pinned to a tag, not a commit", severity: .low, cwe: 829,
        owasp: "A08:2021 Software and Data Integrity Failures",
        checklist: "CI/CD › Dependencies pinned",
        rationale: """
            A tag in `rev` can be deleted and re-pushed to other code (a compromised maintainer account needs \
            nothing else), and pre-commit then runs that code on every machine that installs the hooks afresh. A \
            full commit id cannot be moved. Low: tags are pre-commit's default and are rarely moved; the rule is \
            for repositories that pin everything else. Branch names are `PRECOMMIT-REV-BRANCH`.
            """,
        recommendation: "Run `pre-commit autoupdate --freeze`, which pins each `rev` to the tag's commit and keeps the tag as a comment.",
        triggering: [RuleExample("""
            repos:
              - repo: https://github.com/pre-commit/pre-commit-hooks
            ↓    rev: v5.0.0
                hooks:
                  - id: trailing-whitespace
            """, path: ".pre-commit-config.yaml")],
        nonTriggering: [RuleExample("""
            repos:
              - repo: https://github.com/pre-commit/pre-commit-hooks
                rev: cef0300fd0fc4d2a87a85fa2093c6b283ea36f4b  # frozen: v5.0.0
                hooks:
                  - id: trailing-whitespace
              - repo: meta
                hooks:
                  - id: check-hooks-apply
            """, path: ".pre-commit-config.yaml")])

    func check(_ config: PreCommitConfig) -> [Violation] {
        config.remoteRepositories.compactMap { repository in
            guard !repository.isPinned, !repository.namesBranch else { return nil }
            let line = repository.revision?.keyLine ?? repository.urlLine
            let revision = repository.revision?.value.string.map { "`\($0)`" } ?? "no `rev`"
            return Violation(line: line, message: "Hook repository `\(repository.url)` is pinned to \(revision), not a commit id.",
                             identity: "repo:\(repository.url)|rev")
        }
    }
}
