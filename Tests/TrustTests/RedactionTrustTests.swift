import Foundation
import TestSupport
import XCTest

/// No output format prints a credential the gate came across: URL userinfo, token-shaped strings,
/// private keys, values of secret keys, in findings, file names, suppression reasons and parse
/// errors. Each secret is pushed through every format; the findings still point at their lines.
final class RedactionTrustTests: TrustTestCase {
    /// Fragments of every secret in the corpus: none may appear in any output.
    static let secretFragments = [
        "p4ssw0rdU5er", "IOSFODNN7EXAMPLE", "R4nd0mT0k3nV4lu3", "dozjgNryP4J3jVmNHl0w5N", "hunter2Secret",
        "R4nd0mSl4ckT0k3n", "p4ssw0rdK8s", "Xy9TokenValue0123456789ab", "p4ssw0rdW0rkfl0w", "Us3sRefT0k3nV4lu3",
        "C0mp0s3T0k3nV4lu3", "hunter2Compose", "JTERRAFORMEXAMPL", "hunter2Terraform", "MIIEowIBAAKCAQEA",
        "FileN4meT0k3nV4lu3", "hunter2Reason", "p4ssw0rdG1tl4b",
    ]

    static let corpus: [(path: String, text: String)] = [
        ("Dockerfile", """
            FROM alpine:3.20@sha256:77726ef6b57ddf65bb551896826ec38bc3e53f75cdde31354fbffb4f25238ebd
            ADD https://deploy:p4ssw0rdU5er@artifacts.example.com/app.tgz /app/
            ENV AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE
            ARG GITHUB_TOKEN=ghp_R4nd0mT0k3nV4lu3F0rT3st1ngPurp0s3s
            RUN curl -H "Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U" https://x.example/i.sh | sh
            RUN mysql --password=hunter2Secret -e 'select 1'
            USER 10001
            HEALTHCHECK CMD ["true"]
            """),
        // The file name carries a token, and the inline suppression's reason a password.
        ("deploy/Dockerfile.ghp_FileN4meT0k3nV4lu3abcdefghij", """
            FROM alpine:3.20@sha256:77726ef6b57ddf65bb551896826ec38bc3e53f75cdde31354fbffb4f25238ebd
            # infragate:ignore DOCKER-ROOT-USER approved, console password=hunter2Reason
            USER root
            HEALTHCHECK NONE
            EXPOSE 22
            """),
        ("k8s/deploy.yaml", """
            apiVersion: v1
            kind: Pod
            metadata:
              name: app
            spec:
              containers:
                - name: app
                  image: nginx:latest
                  env:
                    - name: SLACK_TOKEN
                      value: xoxb-112233445566-R4nd0mSl4ckT0k3n
                    - name: DB_URL
                      value: postgres://app:p4ssw0rdK8s@db.example/app
            """),
        (".github/workflows/ci.yml", """
            on: push
            jobs:
              build:
                runs-on: ubuntu-latest
                env:
                  GITLAB_TOKEN: glpat-Xy9TokenValue0123456789ab
                steps:
                  - run: curl https://ci:p4ssw0rdW0rkfl0w@get.example.com/x.sh | sh
                  - uses: someorg/deploy-action@ghp_Us3sRefT0k3nV4lu3abcdefghijklmn
            """),
        (".gitlab-ci.yml", """
            include:
              - remote: https://ci-bot:p4ssw0rdG1tl4b@templates.example.com/ci.yml
            build:
              image: alpine:3.20
              script:
                - echo hi
            """),
        ("docker-compose.yml", """
            services:
              web:
                image: nginx:1.27
                environment:
                  - API_KEY=ghp_C0mp0s3T0k3nV4lu3abcdefghijklmnop
                  - DATABASE_PASSWORD=hunter2Compose
            """),
        ("infra/main.tf", """
            provider "aws" {
              access_key = "AKIAJTERRAFORMEXAMPL"
            }
            resource "aws_db_instance" "db" {
              password = "hunter2Terraform"
            }
            resource "tls_private_key" "k" {
              pem = "-----BEGIN RSA PRIVATE KEY-----\\nMIIEowIBAAKCAQEA7s3cr3tK3yM4t3r14l\\n-----END RSA PRIVATE KEY-----"
            }
            """),
    ]

    /// (rule, path as reported, line) that must survive redaction.
    static let expectedFindings: [(rule: String, path: String, line: Int)] = [
        ("DOCKER-ADD-REMOTE-URL", "Dockerfile", 2),
        ("DOCKER-HARDCODED-SECRET", "Dockerfile", 3),
        ("DOCKER-HARDCODED-SECRET", "Dockerfile", 4),
        ("DOCKER-SSH-PORT", "deploy/Dockerfile.ghp_***", 5),
        ("K8S-SECRET-IN-ENV", "k8s/deploy.yaml", 10),
        ("GHA-HARDCODED-SECRET", ".github/workflows/ci.yml", 6),
        ("GHA-ACTION-NOT-PINNED", ".github/workflows/ci.yml", 9),
        ("GITLAB-INCLUDE-UNPINNED", ".gitlab-ci.yml", 2),
        ("COMPOSE-SECRET-IN-ENV", "docker-compose.yml", 5),
        ("TF-PROVIDER-HARDCODED-CREDENTIALS", "infra/main.tf", 2),
    ]

    private func commitCorpus() throws {
        for file in Self.corpus { try server.clone.write(file.path, file.text) }
        try server.clone.commitAll("secrets everywhere")
    }

    private func assertNoSecret(in output: String, _ name: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertFalse(output.isEmpty, "\(name) printed nothing", file: file, line: line)
        for fragment in Self.secretFragments {
            XCTAssertFalse(output.contains(fragment), "\(name) leaks `\(fragment)`:\n\(output)", file: file, line: line)
        }
    }

    func testNoFormatPrintsASecretAndFindingsKeepTheirLines() throws {
        try start()
        try commitCorpus()
        // The runner creates the file; infragate appends to it.
        let summary = server.root.appendingPathComponent("summary.md").path
        XCTAssertTrue(FileManager.default.createFile(atPath: summary, contents: nil))
        var outputs: [(String, String)] = []
        var reports: [String] = []
        for format in ["gitlab", "gitlab-sast", "json", "sarif", "markdown", "junit"] {
            let path = server.root.appendingPathComponent("report.\(format)").path
            reports += ["--report", "\(format)=\(path)"]
        }
        for format in ["text", "github"] {
            let result = try InfragateBinary.run(["scan", "--rev", "HEAD", "--format", format] + (format == "text" ? reports : []),
                                                 environment: ["GITHUB_STEP_SUMMARY": summary], directory: server.clone.path)
            XCTAssertEqual(result.status, 1, "\(format): \(result.stderr)")
            outputs.append((format, result.stdout + result.stderr))
        }
        for format in ["gitlab", "gitlab-sast", "json", "sarif", "markdown", "junit"] {
            outputs.append((format, try String(contentsOfFile: server.root.appendingPathComponent("report.\(format)").path, encoding: .utf8)))
        }
        outputs.append(("step summary", try String(contentsOfFile: summary, encoding: .utf8)))

        let refused = try server.push("main")
        assertRefused(refused)
        outputs.append(("push output", refused.stderr))
        try server.installHook(arguments: ["--format", "json"])
        let refusedJSON = try server.push("main")
        assertRefused(refusedJSON)
        outputs.append(("push json", refusedJSON.stderr))

        for (name, output) in outputs { assertNoSecret(in: output, name) }

        let json = try XCTUnwrap(outputs.first { $0.0 == "json" }?.1)
        let document = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let findings = (document["findings"] as? [[String: Any]] ?? []).compactMap { $0["finding"] as? [String: Any] }
        for expected in Self.expectedFindings {
            XCTAssertTrue(findings.contains { $0["ruleId"] as? String == expected.rule && $0["path"] as? String == expected.path && $0["line"] as? Int == expected.line },
                          "\(expected) missing from \(findings.map { "\($0["ruleId"] ?? "") \($0["path"] ?? ""):\($0["line"] ?? "")" })")
        }
        let suppressed = (document["suppressed"] as? [[String: Any]] ?? []).first
        XCTAssertEqual(suppressed?["reason"] as? String, "approved, console password=***")
        XCTAssertEqual((suppressed?["finding"] as? [String: Any])?["line"] as? Int, 3)
        // The annotations still land on the lines.
        let annotations = try XCTUnwrap(outputs.first { $0.0 == "github" }?.1)
        XCTAssertTrue(annotations.contains("file=Dockerfile,line=3,endLine=3,title=DOCKER-HARDCODED-SECRET"), annotations)
        XCTAssertTrue(refused.stderr.contains("Dockerfile:2  DOCKER-ADD-REMOTE-URL"), refused.stderr)
    }

    func testSecretFreeTwinIsReportedVerbatim() throws {
        try start()
        try server.clone.write("Dockerfile", Fixtures.cleanDockerfile + "\nADD https://artifacts.example.com/app.tgz /app/\n")
        try server.clone.commitAll("no secret")
        let result = try InfragateBinary.run(["scan", "--rev", "HEAD", "--format", "text"], directory: server.clone.path)
        XCTAssertTrue(result.stdout.contains("`https://artifacts.example.com/app.tgz`"), result.stdout)
        XCTAssertFalse(result.stdout.contains("***"), result.stdout)
    }
}
