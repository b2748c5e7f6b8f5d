import InfragateParsers

/// `ACTIONS_ALLOW_UNSECURE_COMMANDS` revives `::set-env` and `::add-path`, disabled for CVE-2020-15228.
struct UnsecureCommands: Rule {
    let description = RuleDescription(
        id: "GHA-UNSECURE-COMMANDS", title: "Unsecure workflow commands re-enabled", severity: .high, cwe: 77,
        owasp: "A03:2021 Injection",
        checklist: "CI/CD › Deprecated unsafe runner features disabled",
        rationale: """
            GitHub disabled the `::set-env` and `::add-path` log commands because any step that prints untrusted text \
            (a pull request title, a test's output) can emit them and so set `LD_PRELOAD`, `NODE_OPTIONS` or `PATH` for \
            every later step (CVE-2020-15228). Setting `ACTIONS_ALLOW_UNSECURE_COMMANDS: true` turns them back on. High: \
            it makes printing attacker-controlled text a code-execution path.
            """,
        recommendation: "Remove the variable; write to the `$GITHUB_ENV` and `$GITHUB_PATH` files instead.",
        equivalents: [.checkov("CKV_GHA_1"), Equivalent(tool: "zizmor", id: "insecure-commands"), .kics("Unsecured Commands")],
        triggering: [RuleExample("""
            on: push
            env:
            ↓  ACTIONS_ALLOW_UNSECURE_COMMANDS: true
            jobs:
              build:
                runs-on: ubuntu-latest
                steps:
                  - name: Legacy
                    env:
            ↓          ACTIONS_ALLOW_UNSECURE_COMMANDS: "TRUE"
                    run: echo "::add-path::/opt/tool/bin"
            """, path: ".github/workflows/ci.yml")],
        nonTriggering: [RuleExample("""
            on: push
            env:
              ACTIONS_ALLOW_UNSECURE_COMMANDS: false
            jobs:
              build:
                runs-on: ubuntu-latest
                steps:
                  - run: echo "/opt/tool/bin" >> "$GITHUB_PATH"
            """, path: ".github/workflows/ci.yml")])

    func check(_ workflow: Workflow) -> [Violation] {
        workflow.environmentBlocks.compactMap { block in
            guard let entry = block.node.entry("ACTIONS_ALLOW_UNSECURE_COMMANDS"),
                  entry.value.bool == true || entry.value.string?.lowercased() == "true" else { return nil }
            return Violation(line: entry.keyLine, message: "\(block.owner) sets `ACTIONS_ALLOW_UNSECURE_COMMANDS`, re-enabling `::set-env` and `::add-path`.",
                             identity: "\(block.identity)|env:ACTIONS_ALLOW_UNSECURE_COMMANDS")
        }
    }
}
