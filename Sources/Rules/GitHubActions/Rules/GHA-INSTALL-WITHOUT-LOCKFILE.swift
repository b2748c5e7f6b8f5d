import InfragateParsers

/// `npm install` in CI re-resolves every dependency: the build runs whatever the registry serves today.
struct WorkflowInstallWithoutLockfile: Rule {
    let description = RuleDescription(
        id: "GHA-INSTALL-WITHOUT-LOCKFILE", title: "Dependencies installed without the lockfile", severity: .low, cwe: 829,
        owasp: "A08:2021 Software and Data Integrity Failures",
        checklist: "CI/CD › Dependencies pinned in a lockfile",
        rationale: """
            A job that installs with `npm install`, `yarn install` (without `--frozen-lockfile` or `--immutable`), \
            `pip install <name>` without a version, `go install …@latest`, `gem install` without `-v` or \
            `cargo install` without `--locked` builds with whatever versions the registry serves at that moment, \
            not the ones reviewed in the lockfile: a hijacked or typosquatted release runs on the runner with the \
            job's token and secrets, and ships. Low: it needs a compromised upstream, and Yarn 2+ and pnpm already \
            refuse to change the lockfile on CI. `pip install --upgrade pip` (and setuptools, wheel) is not reported.
            """,
        recommendation: "Install exactly what the lockfile says: `npm ci`, `yarn install --immutable` (`--frozen-lockfile` on Yarn 1), `pip install -r requirements.txt --require-hashes` or `pip install name==1.2.3`, `go install tool@v1.2.3`, `cargo install --locked`.",
        triggering: [
            RuleExample("""
                on: push
                jobs:
                  build:
                    runs-on: ubuntu-latest
                    steps:
                      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683
                ↓      - run: npm install
                      - run: |
                          python -m pip install --upgrade pip
                ↓          pip install requests flask==3.0.3
                ↓          go install golang.org/x/vuln/cmd/govulncheck@latest
                ↓      - run: yarn install && yarn build
                """, path: ".github/workflows/ci.yml"),
        ],
        nonTriggering: [
            RuleExample("""
                on: push
                jobs:
                  build:
                    runs-on: ubuntu-latest
                    steps:
                      - run: npm ci
                      - run: |
                          python -m pip install --upgrade pip setuptools wheel
                          pip install -r requirements.txt --require-hashes
                          pip install flask==3.0.3
                          go install golang.org/x/vuln/cmd/govulncheck@v1.1.3
                          cargo install --locked cargo-deny
                      - run: yarn install --immutable
                      - run: yarn install --frozen-lockfile
                """, path: ".github/workflows/ci.yml"),
        ])

    func check(_ workflow: Workflow) -> [Violation] {
        var occurrences = Occurrences()
        return workflow.runLines.compactMap { runLine in
            guard let install = runLine.commands.lazy.compactMap(\.installWithoutLockfile).first else { return nil }
            let key = "\(runLine.step.identity)|\(install)"
            return Violation(line: runLine.line, message: "\(runLine.step.displayName) runs \(install).",
                             identity: occurrences.identity(of: key))
        }
    }
}
