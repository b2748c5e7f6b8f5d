import Foundation
import TestSupport
import XCTest

/// What a file is, decided by parsing: a manifest that spacing, minifying, padding or an unusual
/// Dockerfile name would have hidden from a byte sniff is judged, and refused when privileged;
/// the same shapes written securely pass.
final class ClassificationTrustTests: TrustTestCase {
    static let cleanPodJSON = #"{"apiVersion":"v1","kind":"Pod","metadata":{"name":"web","namespace":"apps"},"spec":{"automountServiceAccountToken":false,"securityContext":{"runAsNonRoot":true,"runAsUser":10001,"seccompProfile":{"type":"RuntimeDefault"}},"containers":[{"name":"web","image":"nginx:1.27@sha256:0000000000000000000000000000000000000000000000000000000000000000","imagePullPolicy":"Always","resources":{"limits":{"cpu":"500m","memory":"256Mi"},"requests":{"cpu":"100m","memory":"128Mi"}},"securityContext":{"allowPrivilegeEscalation":false,"readOnlyRootFilesystem":true,"capabilities":{"drop":["ALL"]}}}]}}"#
    static let privilegedPodJSON = cleanPodJSON.replacingOccurrences(of: #""allowPrivilegeEscalation":false"#,
                                                                     with: #""allowPrivilegeEscalation":false,"privileged":true"#)

    static let privilegedPodSpacedYAML = """
        apiVersion : v1
        kind : Pod
        metadata: {name: web}
        spec:
          containers:
          - name: web
            image: nginx
            securityContext: {privileged: true}

        """

    /// Refused, and for the rule that names the attack rather than for something incidental.
    private func assertRefused(_ result: Shell.Result, by rule: String, file: StaticString = #filePath, line: UInt = #line) {
        assertRefused(result, file: file, line: line)
        XCTAssertTrue(result.stderr.contains(rule), "expected \(rule):\n\(result.stderr)", file: file, line: line)
    }

    private func pushFile(_ path: String, _ text: String) throws -> Shell.Result {
        try server.clone.write(path, text)
        try server.clone.commitAll("add \(path)")
        return try server.push("main")
    }

    func testSpacedApiVersionPrivilegedPodIsRefused() throws {
        try start()
        assertRefused(try pushFile("deploy/pod.yaml", Self.privilegedPodSpacedYAML), by: "K8S-PRIVILEGED")
    }

    func testOneLineJSONPrivilegedPodIsRefusedAndItsCleanTwinAccepted() throws {
        XCTAssertNotEqual(Self.privilegedPodJSON, Self.cleanPodJSON, "the fixture must really add privileged")
        try start()
        assertRefused(try pushFile("deploy/pod.json", Self.privilegedPodJSON), by: "K8S-PRIVILEGED")
        try server.clone.git("reset", "-q", "--hard", "HEAD~1")
        assertAccepted(try pushFile("deploy/pod.json", Self.cleanPodJSON))
    }

    func testManifestAfterSeventyKibibytesOfCommentsIsRefused() throws {
        let padding = String(repeating: "# generated header, nothing to see here, keep scrolling......\n", count: 1_200)
        XCTAssertGreaterThan(padding.utf8.count, 70 * 1_024)
        try start()
        assertRefused(try pushFile("deploy/padded.yaml", padding + Self.privilegedPodSpacedYAML), by: "K8S-PRIVILEGED")
    }

    /// CloudFormation is recognised by its parsed `Resources`, however `Type` is quoted or spaced.
    func testCloudFormationWithAQuotedSpacedTypeIsRefusedAndItsPrivateTwinAccepted() throws {
        let template = """
            Resources:
              Bastion:
                "Type" :   'AWS::EC2::SecurityGroup'
                Properties:
                  GroupDescription: bastion
                  SecurityGroupIngress:
                    - {IpProtocol: tcp, FromPort: 22, ToPort: 22, CidrIp: 0.0.0.0/0}

            """
        try start()
        assertRefused(try pushFile("stacks/bastion.yaml", template), by: "AWS-SG-OPEN-SSH")
        try server.clone.git("reset", "-q", "--hard", "HEAD~1")
        assertAccepted(try pushFile("stacks/bastion.yaml", template.replacingOccurrences(of: "0.0.0.0/0", with: "10.20.0.0/16")))
    }

    func testAContainerfileByItsSuffixIsJudged() throws {
        try start()
        assertRefused(try pushFile("build/app.containerfile", TrustFixtures.rootDockerfile), by: "DOCKER-ROOT-USER")
        try server.clone.git("reset", "-q", "--hard", "HEAD~1")
        assertAccepted(try pushFile("build/app.containerfile", Fixtures.cleanDockerfile))
    }

    /// A chart template the gate cannot render is not a silent pass; one it renders is judged and passes.
    func testAHelmTemplateThatCannotBeRenderedIsRefusedAndARenderableOneAccepted() throws {
        try start()
        try server.clone.write("charts/app/Chart.yaml", "apiVersion: v2\nname: app\nversion: 0.1.0\n")
        try server.clone.write("charts/app/values.yaml", "greeting: hello\n")
        let unrenderable = try pushFile("charts/app/templates/config.yaml",
                                        "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app\ndata:\n  a: {{ (urlParse \"https://x.example/p\").host }}\n")
        assertRefused(unrenderable, by: "GATE-UNSCANNED-FILE")
        try server.clone.git("reset", "-q", "--hard", "HEAD~1")
        try server.clone.write("charts/app/Chart.yaml", "apiVersion: v2\nname: app\nversion: 0.1.0\n")
        try server.clone.write("charts/app/values.yaml", "greeting: hello\n")
        assertAccepted(try pushFile("charts/app/templates/config.yaml",
                                    "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app\ndata:\n  a: {{ .Values.greeting | quote }}\n"))
    }

    /// Nothing to judge is no finding; text that does not parse is one.
    func testEmptyAndCommentOnlyFilesAreAcceptedAndUnparsableOnesRefused() throws {
        try start()
        try server.clone.write("deploy/empty.yaml", "")
        try server.clone.write("infra/empty.tf", "# nothing here yet\n")
        assertAccepted(try pushFile("app/Dockerfile.dev", "# syntax=docker/dockerfile:1\n# to be written\n"))
        assertRefused(try pushFile("infra/broken.tf", "resource \"aws_s3_bucket\" \"b\" {\n"), by: "GATE-PARSE-ERROR")
    }

    func testSeparatedDockerfileNameIsJudged() throws {
        try start()
        assertRefused(try pushFile("app/Dockerfile_prod", TrustFixtures.rootDockerfile), by: "DOCKER-ROOT-USER")
        try server.clone.git("reset", "-q", "--hard", "HEAD~1")
        assertAccepted(try pushFile("app/Dockerfile-prod", Fixtures.cleanDockerfile))
    }
}
