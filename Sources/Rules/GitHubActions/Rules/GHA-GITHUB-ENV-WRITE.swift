import InfragateParsers

/// In a privileged workflow, a value written to `$GITHUB_ENV` or `$GITHUB_PATH` configures every later step.
struct EnvironmentFileWrite: Rule {
    /// The files whose lines the runner turns into environment variables or `PATH` entries.
    private static let environmentFiles = ["GITHUB_ENV", "GITHUB_PATH"]

    let description = RuleDescription(
        id: "GHA-GITHUB-ENV-WRITE", title: "Data written to GITHUB_ENV or GITHUB_PATH in a privileged workflow", severity: .high, cwe: 15,
        owasp: "A03:2021 Injection",
        checklist: "CI/CD › Untrusted input never interpolated into scripts",
        rationale: """
            Every line written to `$GITHUB_ENV` becomes an environment variable of each later step, and every line of \
            `$GITHUB_PATH` a directory searched first for programs. In a `pull_request_target` or `workflow_run` \
            workflow, which holds the base repository's secrets and a write token, a value taken from the pull \
            request, an artifact or an earlier step's output can set `LD_PRELOAD`, `NODE_OPTIONS`, `BASH_ENV` or \
            a `PATH` entry and so run code in every following step (a newline in the value is enough to add one). \
            High. Only writes of a variable or expression are reported: a constant line (`echo \"CI=true\" >> \
            \"$GITHUB_ENV\"`) cannot be steered.
            """,
        recommendation: "Pass values between steps as step outputs or `env:` of the step that needs them, validated there; never write untrusted data to `$GITHUB_ENV`/`$GITHUB_PATH` in privileged workflows.",
        equivalents: [Equivalent(tool: "zizmor", id: "github-env"), .kics("Beta - GitHub Environment File Injection")],
        triggering: [
            RuleExample("""
                on: pull_request_target
                jobs:
                  label:
                    runs-on: ubuntu-latest
                    steps:
                      - name: Remember the branch
                        run: |
                          echo "CI=true" >> "$GITHUB_ENV"
                ↓          echo "BRANCH=${{ github.event.pull_request.head.ref }}" >> "$GITHUB_ENV"
                      - name: Tools
                ↓        run: echo "$PWD/tools" | tee -a $GITHUB_PATH
                """, path: ".github/workflows/label.yml"),
            RuleExample("""
                on:
                  workflow_run:
                    workflows: [CI]
                    types: [completed]
                jobs:
                  report:
                    runs-on: ubuntu-latest
                    steps:
                ↓      - run: cat pr-number.txt >> ${GITHUB_ENV}
                      - name: Through a variable
                        run: |
                          env_file="${GITHUB_ENV:?}"
                ↓          echo "PR=$(cat pr-number.txt)" >> "$env_file"
                ↓      - run: echo "SHA=$(cat sha.txt)" >> "${GITHUB_ENV:?}"
                """, path: ".github/workflows/report.yml"),
        ],
        nonTriggering: [
            RuleExample("""
                on: push
                jobs:
                  build:
                    runs-on: ubuntu-latest
                    steps:
                      - run: echo "VERSION=$(git describe --tags)" >> "$GITHUB_ENV"
                """, path: ".github/workflows/ci.yml"),
            RuleExample("""
                on: pull_request_target
                jobs:
                  label:
                    runs-on: ubuntu-latest
                    steps:
                      - run: |
                          echo "CI=true" >> "$GITHUB_ENV"
                          echo "/opt/tools/bin" >> "$GITHUB_PATH"
                """, path: ".github/workflows/label.yml"),
        ])

    func check(_ workflow: Workflow) -> [Violation] {
        guard workflow.isTriggered(byAnyOf: Workflow.privilegedTriggers) else { return [] }
        var occurrences = Occurrences()
        // Per step, the names that hold an environment file's path: the files themselves, and variables
        // assigned from them (`F=$GITHUB_ENV`, then `echo "X=$Y" >> "$F"`).
        var namesByStep: [String: [String: String]] = [:]
        return workflow.runLines.compactMap { runLine in
            let step = runLine.step.identity
            var names = namesByStep[step] ?? Dictionary(uniqueKeysWithValues: Self.environmentFiles.map { ($0, $0) })
            if let (alias, file) = Self.alias(in: runLine.text, of: names) { names[alias] = file }
            namesByStep[step] = names
            guard let file = names.first(where: { Self.writesData(to: $0.key, in: runLine.text) })?.value else { return nil }
            let key = "\(runLine.step.identity)|\(file)"
            return Violation(line: runLine.line,
                             message: "\(runLine.step.displayName) writes data to `$\(file)` in a workflow triggered by \(workflow.privilegedTriggerNames).",
                             identity: occurrences.identity(of: key))
        }
    }

    /// `F=$GITHUB_ENV`, `export F="${GITHUB_PATH}"`: the variable assigned, and the file it names.
    private static func alias(in line: Substring, of names: [String: String]) -> (String, String)? {
        var rest = line.drop { $0 == " " || $0 == "\t" }
        for keyword in ["export ", "local ", "readonly ", "declare "] where rest.hasPrefix(keyword) {
            rest = rest.dropFirst(keyword.count).drop { $0 == " " }
        }
        let variable = rest.prefix { $0.isLetter || $0.isNumber || $0 == "_" }
        guard !variable.isEmpty, rest.dropFirst(variable.count).first == "=" else { return nil }
        let value = rest.dropFirst(variable.count + 1).drop { $0 == "\"" || $0 == "'" }
        return names.first { value.hasPrefix("$" + $0.key) || value.hasPrefix("${" + $0.key) }.map { (String(variable), $0.value) }
    }

    /// Whether the line names the file as a write target (`>>`, `>`, `tee`, PowerShell's `Out-File`/`Add-Content`)
    /// and writes something other than constant text: a variable, an expression, a substitution or another file.
    /// Every spelling of the reference counts: `$F`, `${F}`, `${F:?}`, `$env:F`.
    private static func writesData(to name: String, in line: Substring) -> Bool {
        guard ["$" + name, "${" + name, "$env:" + name].contains(where: line.containsBytes(of:)) else { return false }
        let writes = [">", "tee", "Out-File", "Add-Content", "Set-Content"]
        guard writes.contains(where: line.containsBytes(of:)) else { return false }
        let rest = withoutReferences(to: name, in: String(line))
        let command = rest.split(whereSeparator: { $0 == " " || $0 == "\t" }).first.map(String.init) ?? ""
        return rest.contains("$") || rest.contains("`") || !["echo", "printf", "Write-Output", "Add-Content", "Out-File"].contains(command)
    }

    /// The line with every reference to the variable removed, `${name…}` up to its closing brace.
    private static func withoutReferences(to name: String, in line: String) -> String {
        var rest = line.replacing("${{ env.\(name) }}", with: "").replacing("$env:" + name, with: "")
        while let start = rest.firstRange(of: "${" + name) {
            let end = rest[start.upperBound...].firstIndex(of: "}").map { rest.index(after: $0) } ?? rest.endIndex
            rest.removeSubrange(start.lowerBound..<end)
        }
        return rest.replacing("$" + name, with: "")
    }
}
