import InfragateParsers

/// `${{ toJSON(secrets) }}` or `secrets[<expression>]` puts every secret within reach of one step.
struct SecretsContextExposed: Rule {
    let description = RuleDescription(
        id: "GHA-SECRETS-CONTEXT-EXPOSED", title: "Whole secrets context exposed", severity: .medium, cwe: 200,
        owasp: "A01:2021 Broken Access Control",
        checklist: "CI/CD › Secrets in the vault, exposed only where used",
        rationale: """
            `toJSON(secrets)` serialises every secret of the repository (and organisation) into one value, and \
            `secrets[…]` indexed by an input, a matrix value or `format(…)` lets whoever chooses that value read any \
            secret by name. The runner can mask only values it knows, so a re-encoded or partly printed copy reaches \
            logs, artifacts or a third-party action in clear. Medium: one step holds what should be spread across \
            jobs. Indexing by a fixed name (`secrets['NPM_TOKEN']`) is the same as `secrets.NPM_TOKEN` and is fine.
            """,
        recommendation: "Name each secret the step needs: `env: { NPM_TOKEN: ${{ secrets.NPM_TOKEN }} }`.",
        equivalents: [Equivalent(tool: "zizmor", id: "overprovisioned-secrets"), Equivalent(tool: "poutine", id: "job_all_secrets")],
        triggering: [
            RuleExample("""
                on: push
                jobs:
                  deploy:
                    runs-on: ubuntu-latest
                    steps:
                      - name: Configure
                        env:
                ↓          ALL_SECRETS: ${{ toJSON(secrets) }}
                        run: ./configure.sh
                      - name: Select
                        run: |
                          echo "using the key of $ENVIRONMENT"
                ↓          ./deploy --key "${{ secrets[format('{0}_DEPLOY_KEY', inputs.environment)] }}"
                """, path: ".github/workflows/deploy.yml"),
        ],
        nonTriggering: [
            RuleExample("""
                on: push
                jobs:
                  deploy:
                    runs-on: ubuntu-latest
                    steps:
                      - env:
                          NPM_TOKEN: ${{ secrets.NPM_TOKEN }}
                          DEPLOY_KEY: ${{ secrets['PROD_DEPLOY_KEY'] }}
                          SUMMARY: ${{ toJSON(github.event.head_commit) }}
                        run: ./deploy.sh
                """, path: ".github/workflows/deploy.yml"),
        ])

    func check(_ workflow: Workflow) -> [Violation] {
        var violations: [Violation] = []
        var occurrences = Occurrences()
        var pending = [workflow.root]
        while let node = pending.popLast() {
            switch node.content {
            case .mapping(let entries): pending += entries.reversed().map(\.value)
            case .sequence(let items): pending += items.reversed()
            case .scalar(let scalar):
                let exposures = Expression.all(in: scalar.text).compactMap { expression in
                    Self.exposure(in: expression.body).map { (expression.fragment, $0) }
                }
                let lines = workflow.locator.lines(of: exposures.map(\.0), in: node)
                for (exposure, line) in zip(exposures, lines) {
                    violations.append(Violation(line: line, message: "An expression exposes the whole secrets context (`\(exposure.1)`).",
                                                identity: occurrences.identity(of: "secrets-context|\(exposure.1)")))
                }
            }
        }
        return violations
    }

    /// `toJSON(secrets)`, or `secrets[` followed by anything but one quoted name.
    private static func exposure(in body: Substring) -> String? {
        let text = body.lowercased().filter { $0 != " " }
        // Byte search: Foundation's `contains` was a tenth of a 1 MiB workflow's time.
        guard text.containsBytes(of: "secrets") else { return nil }
        if text.containsBytes(of: "tojson(secrets)") { return "toJSON(secrets)" }
        for range in text.ranges(of: "secrets[") {
            let index = text[range.upperBound...]
            guard let close = index.firstIndex(of: "]") else { return "secrets[…]" }
            let key = index[..<close]
            let isOneName = key.count >= 2 && key.first == "'" && key.last == "'" && !key.dropFirst().dropLast().contains("'")
            if !isOneName { return "secrets[…]" }
        }
        return nil
    }
}
