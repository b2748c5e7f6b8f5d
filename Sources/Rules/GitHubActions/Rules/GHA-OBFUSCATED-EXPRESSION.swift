import InfragateParsers

/// `uses: actions/checkout/./@v4`, `${{ 'main' }}`, `github['head_ref']`: spellings that mean
/// something simple but hide it from reviewers and from tools matching the simple form.
struct ObfuscatedExpression: Rule {
    let description = RuleDescription(
        id: "GHA-OBFUSCATED-EXPRESSION", title: "Obfuscated action reference or expression", severity: .low, cwe: 506,
        checklist: "CI/CD › Workflow changes reviewed",
        rationale: """
            The runner normalises `uses: owner/repo/./path@ref` (empty, `.` or `..` path segments), evaluates \
            `${{ 'text' }}` to the constant `text`, and reads `github['head_ref']` as `github.head_ref`. Written that \
            way on purpose, they slip past a reviewer scanning for `actions/checkout` or `github.head_ref`, and past \
            tools that match the plain spelling. Low: the meaning is the same, so what it hides is judged by the \
            other rules (this gate reads index spellings as the dotted path); the spelling itself is a warning sign. \
            An index whose key needs quoting (`outputs['my.key']`) is not reported.
            """,
        recommendation: "Write the plain form: `uses: actions/checkout@<sha>`, the constant itself, and dotted context access.",
        equivalents: [Equivalent(tool: "zizmor", id: "obfuscation")],
        triggering: [RuleExample("""
            on: pull_request
            permissions: {}
            jobs:
              build:
                runs-on: ubuntu-latest
                steps:
            ↓      - uses: actions/checkout/./@11bd71901bbe5b1630ceea73d27597364c9af683
            ↓      - run: echo "${{ github['head_ref'] }}"
            ↓      - run: git fetch origin ${{ 'main' }}
            """, path: ".github/workflows/ci.yml")],
        nonTriggering: [RuleExample("""
            on: pull_request
            permissions: {}
            jobs:
              build:
                runs-on: ubuntu-latest
                steps:
                  - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683
                  - uses: ./.github/actions/setup
                  - id: meta
                    run: echo "ok"
                  - run: echo "${{ steps.meta.outputs['image.tag'] }} ${{ github.head_ref == 'main' }}"
                  - uses: github/codeql-action/init@662472033e021d55d94146f66f6058822b0b39fd
            """, path: ".github/workflows/ci.yml")])

    func check(_ workflow: Workflow) -> [Violation] {
        var occurrences = Occurrences()
        var violations: [Violation] = []
        var pending: [YAMLNode] = [workflow.root]
        while let node = pending.popLast() {
            switch node.content {
            case .mapping(let entries):
                for entry in entries {
                    if entry.key == "uses", let reference = entry.value.string, let oddity = Self.pathOddity(in: reference) {
                        violations.append(Violation(line: entry.keyLine, message: "`uses: \(reference)` has \(oddity) in its path.",
                                                    identity: occurrences.identity(of: "uses:\(reference)")))
                    }
                    pending.append(entry.value)
                }
            case .sequence(let items):
                pending.append(contentsOf: items)
            case .scalar(let scalar):
                guard scalar.text.contains("${{") else { continue }
                let odd = Expression.all(in: scalar.text).compactMap { expression in
                    Self.expressionOddity(in: expression.body).map { (expression, $0) }
                }
                guard !odd.isEmpty else { continue }
                for ((expression, oddity), line) in zip(odd, workflow.locator.lines(of: odd.map(\.0.fragment), in: node)) {
                    violations.append(Violation(line: line, message: "`\(expression.fragment)` \(oddity).",
                                                identity: occurrences.identity(of: "expression:\(expression.body)")))
                }
            }
        }
        return violations.sorted { $0.line < $1.line }
    }

    /// Empty, `.` or `..` segments in a remote action's path; local (`./`) and `docker://` references are paths as written.
    private static func pathOddity(in reference: String) -> String? {
        guard !reference.hasPrefix("./"), !reference.hasPrefix("docker://") else { return nil }
        let path = reference.split(separator: "@", maxSplits: 1, omittingEmptySubsequences: false)[0]
        let segments = path.split(separator: "/", omittingEmptySubsequences: false)
        if segments.contains(where: { $0 == "." || $0 == ".." }) { return "a `.` or `..` segment" }
        if segments.contains(where: \.isEmpty) { return "an empty segment" }
        return nil
    }

    /// A body that is only a string literal, or a context indexed with a literal that needs no quoting.
    private static func expressionOddity(in body: Substring) -> String? {
        if body.count >= 2, body.first == "'", body.last == "'", !body.dropFirst().dropLast().contains("'") {
            return "is the constant \(body)"
        }
        var rest = body[...]
        while let open = rest.range(of: "['") {
            let key = rest[open.upperBound...].prefix { $0 != "'" }
            let before = rest[..<open.lowerBound].last
            if let before, before.isLetter || before.isNumber || before == "_" || before == "]",
               let first = key.first, first.isLetter || first == "_",
               key.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }) {
                return "indexes with `['\(key)']`, which means `.\(key)`"
            }
            rest = rest[open.upperBound...]
        }
        return nil
    }
}
