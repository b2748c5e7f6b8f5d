import Foundation
import InfragateEngine
import InfragateRules
import TestSupport
import XCTest

/// `images.allowed_registries` through `Gate.check` on a real repository: every place an image is
/// named (a manifest's init container, a rendered Helm chart, a Kustomize overlay's `images:`, a
/// Compose default, a Dockerfile `FROM` and `COPY --from`, a GitLab template's `image:` inherited
/// through `extends`, a workflow's `docker://` step) is judged against the one list, and
/// nothing is judged without it.
final class AllowedRegistriesTests: XCTestCase {
    private var repository: TemporaryRepository!

    override func setUpWithError() throws {
        repository = try TemporaryRepository(removedAtTeardown: addTeardownBlock)
        try repository.write("README.md", "apps\n")
        try repository.commitAll("base")
        try repository.git("checkout", "-q", "-b", "feature")
        try repository.write("k8s/job.yaml", """
            apiVersion: batch/v1
            kind: Job
            metadata: {name: migrate}
            spec:
              template:
                spec:
                  initContainers:
                    - name: wait
                      image: quay.io/tools/wait:1
                  containers:
                    - name: migrate
                      image: registry.example.com/migrate:1
            """)
        try repository.write("charts/web/Chart.yaml", "apiVersion: v2\nname: web\nversion: 0.1.0\n")
        try repository.write("charts/web/values.yaml", "image:\n  registry: ghcr.io/someone\n  tag: \"1.0\"\n")
        try repository.write("charts/web/templates/deploy.yaml", """
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: web}
            spec:
              template:
                spec:
                  containers:
                    - name: web
                      image: "{{ .Values.image.registry }}/web:{{ .Values.image.tag }}"
            """)
        try repository.write("overlay/base.yaml", """
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: api}
            spec:
              template:
                spec:
                  containers:
                    - name: api
                      image: registry.example.com/api:1
            """)
        try repository.write("overlay/kustomization.yaml", """
            resources: [base.yaml]
            images:
              - name: registry.example.com/api
                newName: docker.io/someone/api
            """)
        try repository.write("compose.yaml", "services:\n  db:\n    image: ${DB_REGISTRY:-public.ecr.aws}/postgres:16\n")
        try repository.write(".gitlab-ci.yml", ".base:\n  image: ghcr.io/someone/ci:1\nbuild:\n  extends: .base\n  script: make\n")
        try repository.write(".github/workflows/ci.yml", """
            on: push
            permissions: {}
            jobs:
              lint:
                runs-on: ubuntu-latest
                steps:
                  - uses: docker://quay.io/tools/lint:2
            """)
        try repository.write("build/Dockerfile", "FROM registry.example.com/base:1\nCOPY --from=gcr.io/tools/cli:1 /cli /cli\n")
        try repository.commitAll("images")
    }

    private func registryFindings(policy: String?) throws -> [String] {
        var policyFile: String?
        if let policy {
            policyFile = repository.root.appendingPathComponent("trusted.yml").path
            try policy.write(toFile: policyFile!, atomically: true, encoding: .utf8)
        }
        let report = try Gate.check(repositoryPath: repository.path, base: "main", head: "feature", policyFile: policyFile)
        XCTAssertFalse(report.findings.contains { $0.finding.ruleID.hasPrefix("GATE-") }, "\(report.findings.map(\.finding.message))")
        return report.findings.filter { $0.finding.ruleID.hasSuffix("-IMAGE-REGISTRY-NOT-ALLOWED") }
            .map { "\($0.finding.ruleID) \($0.finding.path):\($0.finding.line)" }.sorted()
    }

    func testEveryImageIsJudgedAgainstTheOneList() throws {
        let found = try registryFindings(policy: "version: 1\nimages:\n  allowed_registries: [registry.example.com]\n")
        XCTAssertEqual(found, [
            "COMPOSE-IMAGE-REGISTRY-NOT-ALLOWED compose.yaml:3",
            "DOCKER-IMAGE-REGISTRY-NOT-ALLOWED build/Dockerfile:2",
            "GHA-IMAGE-REGISTRY-NOT-ALLOWED .github/workflows/ci.yml:7",
            "GITLAB-IMAGE-REGISTRY-NOT-ALLOWED .gitlab-ci.yml:2",
            "K8S-IMAGE-REGISTRY-NOT-ALLOWED charts/web/templates/deploy.yaml:9",
            "K8S-IMAGE-REGISTRY-NOT-ALLOWED k8s/job.yaml:9",
            "K8S-IMAGE-REGISTRY-NOT-ALLOWED overlay/kustomization.yaml:4",
        ])
    }

    func testAllowingTheRegistriesClearsThemAndNoListJudgesNothing() throws {
        let policy = """
            version: 1
            images:
              allowed_registries: [registry.example.com, quay.io/tools, ghcr.io/someone, docker.io/someone, public.ecr.aws, gcr.io/tools]
            """
        XCTAssertEqual(try registryFindings(policy: policy), [])
        XCTAssertEqual(try registryFindings(policy: nil), [])
    }
}
