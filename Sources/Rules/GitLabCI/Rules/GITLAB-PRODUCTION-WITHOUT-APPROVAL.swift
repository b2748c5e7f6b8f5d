import InfragateParsers

/// A job that deploys to production on every pipeline, with no manual gate.
struct ProductionWithoutApproval: Rule {
    /// Environment names (or their first path segment: `production/eu`) that are production.
    private static let productionNames: Set<String> = ["production", "prod", "live"]

    let description = RuleDescription(
        id: "GITLAB-PRODUCTION-WITHOUT-APPROVAL", title: "Production deployment without a manual gate", severity: .low, cwe: 284,
        checklist: "CI/CD › Approval for production deploys",
        rationale: """
            A job whose `environment` is production (`production`, `prod`, `live`, or `production/<region>`) and that \
            runs without `when: manual`, in the job or in every one of its `rules`, deploys whatever reaches the \
            branch: nobody looks at the change between merge and production. Low, because a protected environment \
            with required approvals (set in the project, not the file) can still gate it; say so with \
            `when: manual` or an `environment: { deployment_tier: production }` whose approvals live in settings. \
            Hidden `.templates` are not reported: the jobs that extend them are, with what they inherit (a \
            `when: manual` written in the template counts, also in a file included with `include: local:`).
            """,
        recommendation: "Add `when: manual` to the production job (or to its `rules:` entry), and protect the environment with required approvals in Settings › CI/CD › Protected environments.",
        triggering: [RuleExample("""
            deploy:
              stage: deploy
              script: ./deploy.sh
            ↓  environment: production
            deploy-eu:
              script: ./deploy.sh eu
            ↓  environment:
                name: production/eu
                url: https://eu.example.com
              rules:
                - if: $CI_COMMIT_BRANCH == "main"
            .production:
            ↓  environment: production
            deploy-us:
              extends: .production
              script: ./deploy.sh us
            """, path: ".gitlab-ci.yml"),
            // A template of an included file is inherited too; reported where the job extends it.
            RuleExample("""
            include:
              - local: ci/templates.yml
            deploy-ap:
            ↓  extends: .production
              script: ./deploy.sh ap
            """, path: ".gitlab-ci.yml", neighbours: ["ci/templates.yml": """
            .production:
              environment: production
            """]),
        ],
        nonTriggering: [RuleExample("""
            deploy:
              stage: deploy
              script: ./deploy.sh
              environment: production
              when: manual
            deploy-eu:
              script: ./deploy.sh eu
              environment:
                name: production/eu
              rules:
                - if: $CI_COMMIT_BRANCH == "main"
                  when: manual
            review:
              script: ./deploy.sh review
              environment: review/$CI_COMMIT_REF_SLUG
            .manual-production:
              environment: production
              when: manual
            deploy-us:
              extends: .manual-production
              script: ./deploy.sh us
            """, path: ".gitlab-ci.yml"),
            RuleExample("""
            include: ci/templates.yml
            deploy-ap:
              extends: .manual-production
              environment: production
              script: ./deploy.sh ap
            """, path: ".gitlab-ci.yml", neighbours: ["ci/templates.yml": """
            .manual-production:
              when: manual
            """]),
        ])

    func check(_ pipeline: Pipeline) -> [Violation] {
        pipeline.scopes.compactMap { scope in
            guard scope.isJob, !scope.isHidden, let environment = scope.node.entry("environment"),
                  let name = Self.productionEnvironment(of: scope.node), !Self.isManual(scope.node) else { return nil }
            return Violation(line: environment.keyLine, message: "\(scope.name) deploys to `\(name)` with no manual gate.",
                             identity: "\(scope.identity)|environment")
        }
    }

    /// The job's environment name when it is production (`production`, `prod`, `live`, `production/eu`).
    static func productionEnvironment(of job: YAMLNode) -> String? {
        guard let environment = job["environment"], let name = environment.string ?? environment["name"]?.string,
              productionNames.contains(name.split(separator: "/").first.map { $0.lowercased() } ?? "") else { return nil }
        return name
    }

    /// `when: manual` on the job, or on every `rules:` entry that runs it.
    private static func isManual(_ job: YAMLNode) -> Bool {
        if job["when"]?.string == "manual" { return true }
        let rules = job["rules"]?.items ?? []
        let running = rules.filter { $0["when"]?.string != "never" }
        return !running.isEmpty && running.allSatisfy { $0["when"]?.string == "manual" }
    }
}
