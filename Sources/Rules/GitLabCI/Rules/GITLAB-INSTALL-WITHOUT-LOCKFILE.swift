import InfragateParsers

/// `npm install` in a job re-resolves every dependency: the build runs whatever the registry serves today.
struct PipelineInstallWithoutLockfile: Rule {
    let description = RuleDescription(
        id: "GITLAB-INSTALL-WITHOUT-LOCKFILE", title: "Dependencies installed without the lockfile", severity: .low, cwe: 829,
        owasp: "A08:2021 Software and Data Integrity Failures",
        checklist: "CI/CD › Dependencies pinned in a lockfile",
        rationale: """
            A job that installs with `npm install`, `yarn install` (without `--frozen-lockfile` or `--immutable`), \
            `pip install <name>` without a version, `go install …@latest`, `gem install` without `-v` or \
            `cargo install` without `--locked` builds with whatever versions the registry serves at that moment, \
            not the ones reviewed in the lockfile: a hijacked or typosquatted release runs in the job with its \
            CI/CD variables, and ships. Low: it needs a compromised upstream, and Yarn 2+ and pnpm already refuse to \
            change the lockfile on CI. `pip install --upgrade pip` (and setuptools, wheel) is not reported.
            """,
        recommendation: "Install exactly what the lockfile says: `npm ci`, `yarn install --immutable` (`--frozen-lockfile` on Yarn 1), `pip install -r requirements.txt --require-hashes` or `pip install name==1.2.3`, `go install tool@v1.2.3`, `cargo install --locked`.",
        triggering: [RuleExample("""
            test:
              image: node:20.17-alpine
              script:
            ↓    - npm install
                - npm test
            audit:
              image: python:3.12-slim
              before_script:
            ↓    - pip install pip-audit
              script:
                - pip-audit -r requirements.txt
            """, path: ".gitlab-ci.yml")],
        nonTriggering: [RuleExample("""
            test:
              image: node:20.17-alpine
              script:
                - npm ci
                - npm test
            audit:
              image: python:3.12-slim
              before_script:
                - python -m pip install --upgrade pip
                - pip install pip-audit==2.7.3
              script:
                - pip-audit -r requirements.txt
            """, path: ".gitlab-ci.yml")])

    func check(_ pipeline: Pipeline) -> [Violation] {
        var occurrences = Occurrences()
        return pipeline.scriptLines.compactMap { scriptLine in
            guard let install = scriptLine.commands.lazy.compactMap(\.installWithoutLockfile).first else { return nil }
            let key = "\(scriptLine.scope.identity)|\(scriptLine.key)|\(install)"
            return Violation(line: scriptLine.line, message: "\(scriptLine.scope.name) runs \(install) (`\(scriptLine.key)`).",
                             identity: occurrences.identity(of: key))
        }
    }
}
