import Foundation
import InfragateEngine
import TestSupport
import XCTest

/// Kustomize overlays judged as what they render, through a real repository and `infragate check`:
/// a patch is reported at its own line, never judged as a workload of its own, and a change to a
/// patch or base re-judges the unchanged overlays that include it.
final class KustomizeRenderingTests: XCTestCase {
    private var repository: TemporaryRepository!

    /// A Deployment written the secure way: what a patch fragment lacks, it has.
    private static let secureDeployment = """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
        spec:
          replicas: 1
          selector:
            matchLabels: {app: web}
          template:
            metadata:
              labels: {app: web}
            spec:
              automountServiceAccountToken: false
              securityContext:
                runAsNonRoot: true
                runAsUser: 10001
                seccompProfile: {type: RuntimeDefault}
              containers:
              - name: app
                image: registry.example.com/web:1.4.2@sha256:4b7f2a0c1d9e8f3a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d1e0f9a8b7c6d5e4f3a
                securityContext:
                  allowPrivilegeEscalation: false
                  readOnlyRootFilesystem: true
                  capabilities: {drop: [ALL]}
                resources:
                  requests: {cpu: 100m, memory: 128Mi}
                  limits: {cpu: 500m, memory: 256Mi}
        """

    override func setUpWithError() throws {
        repository = try TemporaryRepository(removedAtTeardown: addTeardownBlock)
        try repository.write("deploy/base/deployment.yaml", Self.secureDeployment)
        try repository.write("deploy/base/kustomization.yaml", "resources:\n- deployment.yaml\n")
        try repository.write("deploy/overlays/prod/kustomization.yaml", "resources:\n- ../../base\nnamespace: prod\npatches:\n- path: scale.yaml\n")
        try repository.write("deploy/overlays/prod/scale.yaml", "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: 3\n")
        try repository.commitAll("base")
        try repository.git("checkout", "-q", "-b", "feature")
    }

    private func check() throws -> GateReport {
        let result = try InfragateBinary.run(["check", "--repo", repository.path, "--base", "main", "--head", "feature", "--format", "json"])
        XCTAssertTrue([0, 1].contains(result.status), result.stderr)
        return try JSONDecoder().decode(GateReport.self, from: Data(result.stdout.utf8))
    }

    func testAPatchSettingPrivilegedIsReportedAtThePatchLineNamingTheOverlay() throws {
        try repository.write("deploy/overlays/prod/privileged.yaml", """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
            spec:
              template:
                spec:
                  containers:
                  - name: app
                    securityContext:
                      privileged: true
            """)
        try repository.write("deploy/overlays/prod/kustomization.yaml",
                             "resources:\n- ../../base\nnamespace: prod\npatches:\n- path: scale.yaml\n- path: privileged.yaml\n")
        try repository.commitAll("privileged")
        let report = try check()
        let privileged = report.findings.filter { $0.finding.ruleID == "K8S-PRIVILEGED" }
        XCTAssertEqual(privileged.map(\.finding.path), ["deploy/overlays/prod/privileged.yaml"])
        XCTAssertEqual(privileged.first?.finding.line, 11, "the patch's `privileged:` line")
        XCTAssertTrue(privileged.first?.finding.message.contains("kustomize overlay `deploy/overlays/prod`") ?? false)
        XCTAssertFalse(report.decision.passed)
    }

    func testAPatchChangingOnlyReplicasGetsNoWorkloadFindings() throws {
        try repository.write("deploy/overlays/prod/scale.yaml", "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: 5\n")
        try repository.commitAll("scale")
        let report = try check()
        let onPatch = report.findings.filter { $0.finding.path == "deploy/overlays/prod/scale.yaml" }
        XCTAssertEqual(onPatch.map(\.finding.ruleID), [], "a patch is not a workload missing its base's limits")
        XCTAssertTrue(report.scanned.contains(ScannedFile(path: "deploy/overlays/prod/scale.yaml", kind: .kubernetes)))
        XCTAssertTrue(report.decision.passed, "\(report.findings.map { "\($0.finding.ruleID) \($0.finding.path):\($0.finding.line)" })")
    }

    func testAChangedBaseReJudgesTheOverlaysThatIncludeIt() throws {
        try repository.write("deploy/overlays/staging/kustomization.yaml", "resources:\n- ../../base\nnamespace: staging\n")
        try repository.commitAll("staging overlay")
        try repository.git("checkout", "-q", "main")
        try repository.git("merge", "-q", "--ff-only", "feature")
        try repository.git("checkout", "-q", "feature")
        // Only the base changes: a host namespace the overlays then deploy into their namespaces.
        try repository.write("deploy/base/kustomization.yaml", "resources:\n- deployment.yaml\npatches:\n- path: host.yaml\n")
        try repository.write("deploy/base/host.yaml", "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  template:\n    spec:\n      hostPID: true\n")
        try repository.commitAll("host pid")
        let report = try check()
        let hostPID = report.findings.filter { $0.finding.ruleID == "K8S-HOST-PID" }
        XCTAssertEqual(Set(hostPID.map(\.finding.path)), ["deploy/base/host.yaml"])
        XCTAssertEqual(hostPID.first?.finding.line, 8)
        XCTAssertEqual(hostPID.count, 1, "reported once, by the base that sets it, not once per overlay: \(hostPID.map(\.finding.message))")
    }

    func testAChangedPatchFileReJudgesItsUnchangedOverlay() throws {
        try repository.write("deploy/overlays/prod/scale.yaml", """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
            spec:
              replicas: 3
              template:
                spec:
                  hostNetwork: true
            """)
        try repository.commitAll("host network in the patch only")
        let report = try check()
        let hostNetwork = report.findings.filter { $0.finding.ruleID == "K8S-HOST-NETWORK" }
        XCTAssertEqual(hostNetwork.map(\.finding.path), ["deploy/overlays/prod/scale.yaml"])
        XCTAssertEqual(hostNetwork.first?.finding.line, 9)
        XCTAssertEqual(hostNetwork.first?.finding.related.first?.path, "deploy/overlays/prod/scale.yaml")
    }

    func testAWorkloadListedAsAPatchThatPatchesNothingIsStillJudged() throws {
        try repository.write("deploy/overlays/prod/kustomization.yaml", """
            resources:
            - ../../base
            patches:
            - path: scale.yaml
            - path: miner.yaml
              target: {kind: Deployment, name: nothing-is-called-this}
            """)
        try repository.write("deploy/overlays/prod/miner.yaml", """
            apiVersion: v1
            kind: Pod
            metadata:
              name: miner
            spec:
              containers:
              - name: miner
                image: registry.example.com/miner:1.0
                securityContext:
                  privileged: true
            """)
        try repository.commitAll("a pod disguised as a patch")
        let report = try check()
        let privileged = report.findings.filter { $0.finding.ruleID == "K8S-PRIVILEGED" }
        XCTAssertEqual(privileged.map(\.finding.path), ["deploy/overlays/prod/miner.yaml"])
        XCTAssertEqual(privileged.first?.finding.line, 10)
    }

    func testALiteralSecretInASecretGeneratorIsAFindingAtItsLine() throws {
        try repository.write("deploy/overlays/prod/kustomization.yaml",
                             "resources:\n- ../../base\nnamespace: prod\nsecretGenerator:\n- name: db\n  literals:\n  - password=hunter2\n")
        try repository.commitAll("secret")
        let report = try check()
        let secret = report.findings.first { $0.finding.ruleID == "K8S-SECRET-MANIFEST" }
        XCTAssertEqual(secret?.finding.path, "deploy/overlays/prod/kustomization.yaml")
        XCTAssertEqual(secret?.finding.line, 7)
        XCTAssertFalse(report.findings.contains { $0.finding.message.contains("hunter2") || $0.finding.message.contains("aHVudGVyMg") })
    }

    func testARemoteBaseIsUnscannedNamingIt() throws {
        try repository.write("deploy/overlays/prod/kustomization.yaml", "resources:\n- ../../base\n- https://github.com/example/app//deploy?ref=v2\n")
        try repository.commitAll("remote")
        let report = try check()
        let unscanned = report.findings.filter { $0.finding.ruleID == "GATE-UNSCANNED-FILE" }
        XCTAssertEqual(unscanned.map(\.finding.path), ["deploy/overlays/prod/kustomization.yaml"])
        XCTAssertEqual(unscanned.first?.finding.line, 3)
        XCTAssertTrue(unscanned.first?.finding.message.contains("github.com/example/app") ?? false)
        XCTAssertEqual(report.skipped.first?.reason, .notRendered)
        XCTAssertFalse(report.decision.passed)
    }

    // MARK: helmCharts

    /// The secure Deployment as a chart template, its host network taken from values or fixed.
    private static func chartTemplate(hostNetwork: String) -> String {
        secureDeployment.replacingOccurrences(of: "  name: web\n", with: "  name: {{ .Release.Name }}-api\n")
            .replacingOccurrences(of: "      automountServiceAccountToken: false\n",
                                  with: "      automountServiceAccountToken: false\n      hostNetwork: \(hostNetwork)\n")
            .replacingOccurrences(of: "        securityContext:\n          allowPrivilegeEscalation: false\n",
                                  with: "        securityContext:\n          {{- toYaml .Values.containerSecurity | nindent 10 }}\n          allowPrivilegeEscalation: false\n")
    }

    private func writeChartOverlay(hostNetwork: String, inline: String) throws {
        try repository.write("deploy/overlays/prod/charts/api/Chart.yaml", "apiVersion: v2\nname: api\nversion: 1.0.0\n")
        try repository.write("deploy/overlays/prod/charts/api/values.yaml", "hostNetwork: false\ncontainerSecurity:\n  runAsNonRoot: true\n")
        try repository.write("deploy/overlays/prod/charts/api/templates/deployment.yaml", Self.chartTemplate(hostNetwork: hostNetwork))
        try repository.write("deploy/overlays/prod/api-values.yaml", "hostNetwork: true\n")
        try repository.write("deploy/overlays/prod/kustomization.yaml", """
            resources:
            - ../../base
            namespace: prod
            patches:
            - path: scale.yaml
            helmCharts:
            - name: api
              releaseName: shop
              valuesFile: api-values.yaml
              valuesInline:
            \(inline)
            """)
    }

    func testAHelmChartsValueSetInTheOverlayIsReportedAtItsLine() throws {
        try writeChartOverlay(hostNetwork: "false", inline: "    containerSecurity:\n      privileged: true\n")
        try repository.commitAll("chart with a privileged override")
        let report = try check()
        let privileged = report.findings.filter { $0.finding.ruleID == "K8S-PRIVILEGED" }
        XCTAssertEqual(privileged.map(\.finding.path), ["deploy/overlays/prod/kustomization.yaml"])
        XCTAssertEqual(privileged.first?.finding.line, 12, "the valuesInline line")
        XCTAssertTrue(privileged.first?.finding.message.contains("kustomize overlay `deploy/overlays/prod`") ?? false)
        XCTAssertEqual(report.findings.filter { $0.finding.ruleID == "GATE-UNSCANNED-FILE" }.map(\.finding.message), [])
        XCTAssertFalse(report.decision.passed)
    }

    func testAChangedChartTemplateReJudgesTheOverlayThatInflatesIt() throws {
        try writeChartOverlay(hostNetwork: "false", inline: "    containerSecurity:\n      runAsNonRoot: true\n")
        try repository.commitAll("chart overlay")
        try repository.git("checkout", "-q", "main")
        try repository.git("merge", "-q", "--ff-only", "feature")
        try repository.git("checkout", "-q", "feature")
        XCTAssertTrue(try check().decision.passed)
        // Only the template changes: its default (false) is secure, the overlay's values file is not.
        try repository.write("deploy/overlays/prod/charts/api/templates/deployment.yaml", Self.chartTemplate(hostNetwork: "{{ .Values.hostNetwork }}"))
        try repository.commitAll("host network from values")
        let report = try check()
        let hostNetwork = report.findings.filter { $0.finding.ruleID == "K8S-HOST-NETWORK" }
        XCTAssertEqual(hostNetwork.map(\.finding.path), ["deploy/overlays/prod/api-values.yaml"])
        XCTAssertEqual(hostNetwork.first?.finding.line, 1)
    }

    func testAPackagedSubchartOfAnInflatedChartIsJudgedAtTheArchive() throws {
        try writeChartOverlay(hostNetwork: "false", inline: "    containerSecurity:\n      runAsNonRoot: true\n")
        let pod = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: cache\nspec:\n  hostPID: {{ .Values.hostPID }}\n  containers:\n  - name: c\n    image: redis:7\n"
        try repository.write("deploy/overlays/prod/charts/api/charts/cache-1.0.0.tgz", try Tarball.gzipped([
            Tarball.Entry("cache/Chart.yaml", "apiVersion: v2\nname: cache\nversion: 1.0.0\n"),
            Tarball.Entry("cache/values.yaml", "hostPID: false\n"),
            Tarball.Entry("cache/templates/pod.yaml", pod),
        ]))
        try repository.write("deploy/overlays/prod/api-values.yaml", "hostNetwork: true\ncache:\n  hostPID: true\n")
        try repository.commitAll("packaged cache subchart")
        let report = try check()
        let hostPID = report.findings.filter { $0.finding.ruleID == "K8S-HOST-PID" }
        XCTAssertEqual(hostPID.map(\.finding.path), ["deploy/overlays/prod/api-values.yaml"], "the overlay's values line that set it")
        XCTAssertEqual(hostPID.first?.finding.line, 3)
    }
}
