import Foundation
import InfragateParsers

/// `echo ${{ secrets.X }}` writes the secret to the job log; masking only hides the exact string.
struct WorkflowSecretPrinted: Rule {
    private static let secretContext = NSRegularExpression(contextPattern: #"^(secrets\.[A-Za-z0-9_-]+|github\.token)$"#)

    let description = RuleDescription(
        id: "GHA-SECRET-ECHOED", title: "Secret printed to the job log", severity: .medium, cwe: 532,
        owasp: "A09:2021 Security Logging and Monitoring Failures",
        checklist: "CI/CD › Secrets never written to build logs",
        rationale: """
            Log masking only replaces the exact secret string: a value printed with a prefix split across lines, \
            base64-encoded, JSON-escaped or cut by `printf` leaks in clear, and logs of public repositories are public \
            and kept for 90 days. Printing a secret also expands it into the script text, where a quote in the value \
            breaks the command. Medium. Piping it into a command (`| docker login --password-stdin`) or redirecting \
            it to a file is not reported.
            """,
        recommendation: "Do not print secrets; pass them to the command that needs them through `env:` and its standard input.",
        triggering: [RuleExample("""
            on: push
            jobs:
              deploy:
                runs-on: ubuntu-latest
                steps:
                  - name: Debug
                    run: |
                      echo "Deploying to prod"
            ↓          echo "token is ${{ secrets.DEPLOY_TOKEN }}"
            ↓      - run: printf '%s\\n' ${{ secrets.API_KEY }}
            """, path: ".github/workflows/ci.yml")],
        nonTriggering: [RuleExample("""
            on: push
            jobs:
              deploy:
                runs-on: ubuntu-latest
                steps:
                  - run: |
                      echo "${{ secrets.REGISTRY_PASSWORD }}" | docker login -u ci --password-stdin registry.example.com
                      echo "//registry.npmjs.org/:_authToken=${{ secrets.NPM_TOKEN }}" > ~/.npmrc
                      echo "::add-mask::${{ secrets.DERIVED }}"
                      ./deploy.sh --token "${{ secrets.DEPLOY_TOKEN }}"
            """, path: ".github/workflows/ci.yml")])

    func check(_ workflow: Workflow) -> [Violation] {
        workflow.jobs.flatMap(\.steps).flatMap { step -> [Violation] in
            guard let run = step.node["run"], let text = run.scalar?.text else { return [] }
            var seen = Set<String>()
            let printed = ShellLines.logicalLines(of: text[...]).flatMap { line -> [(fragment: Substring, secret: String)] in
                // Lexing a line costs more than finding its expressions: only lines naming a secret are lexed.
                let secrets = Expression.all(in: String(line)).compactMap { $0.firstMatch(of: Self.secretContext) }
                guard !secrets.isEmpty, Self.printsToLog(line) else { return [] }
                return secrets.compactMap { secret in seen.insert(secret).inserted ? (text[line.startIndex...], secret) : nil }
            }
            let lines = workflow.locator.lines(of: printed.map(\.fragment), in: run)
            return zip(printed, lines).map { printed, line in
                Violation(line: line, message: "\(step.displayName) prints `\(printed.secret)` to the job log.",
                          identity: "\(step.identity)|print:\(printed.secret)")
            }
        }
    }

    /// A line that prints to the log: a printer command, no redirection, not the `::add-mask::` command.
    private static func printsToLog(_ line: Substring) -> Bool {
        guard !line.contains(">"), !line.contains("::add-mask::") else { return false }
        return ShellScript.commands(in: String(line)).contains { $0.printsToLog }
    }
}
