import Foundation
import InfragateEngine
import TestSupport
import XCTest

/// `--format markdown`: the checklist's audit, end to end, rendered by a CommonMark renderer as
/// GitHub and GitLab would show it.
final class AuditReportTests: XCTestCase {
    private var repository: TemporaryRepository!

    static let deployment = """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
          namespace: shop
        spec:
          template:
            spec:
              containers:
                - name: web
                  image: nginx:1.27
        """

    static let openSSH = """
        resource "aws_security_group" "web" {
          ingress {
            from_port   = 22
            to_port     = 22
            protocol    = "tcp"
            cidr_blocks = ["0.0.0.0/0"]
          }
        }
        """

    override func setUpWithError() throws {
        repository = try TemporaryRepository(removedAtTeardown: addTeardownBlock)
        try repository.write("app/Dockerfile", GateCheckTests.goodDockerfile)
        try repository.write("k8s/web.yaml", Self.deployment)
        try repository.write("infra/main.tf", Self.openSSH)
        try repository.write("jobs/batch.nomad.hcl", "job \"batch\" {}\n")
        try repository.commitAll("base")
        try repository.git("checkout", "-q", "-b", "feature")
        try repository.write("app/Dockerfile", GateCheckTests.badDockerfile)
        try repository.commitAll("bad")
    }

    func testAChangesAuditListsItsFindingsAndSummarisesTheWholeTree() throws {
        let result = try InfragateBinary.run(["check", "--repo", repository.path, "--base", "main", "--head", "feature", "--format", "markdown"])
        XCTAssertEqual(result.status, ExitStatus.policyFailed, result.stderr)
        let markdown = result.stdout
        let sections = markdown.components(separatedBy: "\n").filter { $0.hasPrefix("### [INFRA-") }
        XCTAssertEqual(sections.first.map { String($0.prefix(16)) }, "### [INFRA-001] ")
        XCTAssertGreaterThanOrEqual(sections.count, 3, markdown)
        XCTAssertFalse(markdown.contains("**Location:** k8s/"), "the change's findings only: \(markdown)")
        XCTAssertFalse(markdown.contains("s3cr3t-value-123"), "a secret leaked into the audit")

        let summary = try XCTUnwrap(markdown.components(separatedBy: "## Carry-Forward Summary").last)
        XCTAssertTrue(summary.contains("1. **Container Runtime:** Docker (1 Dockerfile)"), summary)
        XCTAssertTrue(summary.contains("2. **Orchestration:** Kubernetes (1 manifest), Nomad (1 job file)"), summary)
        XCTAssertTrue(summary.contains("3. **IaC Tool:** Terraform (1 file)"), summary)
        XCTAssertTrue(summary.contains("Kubernetes segmentation incomplete"), summary)
        XCTAssertTrue(summary.contains("`AWS-SG-OPEN-SSH`"), summary)
        XCTAssertTrue(summary.contains("5. **Security Posture:** "), summary)

        try assertRendersAsAnAudit(markdown, sections: sections.count)
    }

    func testScanOfARevisionIsAWholeRepositoryAudit() throws {
        let result = try InfragateBinary.run(["scan", "--repo", repository.path, "--rev", "feature", "--format", "markdown"])
        XCTAssertEqual(result.status, ExitStatus.policyFailed, result.stderr)
        XCTAssertTrue(result.stdout.contains("**Location:** k8s/web.yaml"), result.stdout)
        XCTAssertTrue(result.stdout.contains("**Location:** infra/main.tf"), result.stdout)
        XCTAssertTrue(result.stdout.contains("Nomad (1 job file)"), result.stdout)
    }

    /// Headings, hard line breaks, the numbered summary, and no link or HTML that the files wrote.
    private func assertRendersAsAnAudit(_ markdown: String, sections: Int) throws {
        guard let cmark = ["/usr/bin/cmark", "/usr/local/bin/cmark"].first(where: FileManager.default.isExecutableFile(atPath:)) else {
            throw XCTSkip("cmark is not installed (scripts/setup.sh installs it); the rendering check did not run")
        }
        let html = try Shell.run(cmark, [], stdin: markdown).stdout
        XCTAssertEqual(html.components(separatedBy: "<h3>[INFRA-").count - 1, sections, html)
        XCTAssertEqual(html.components(separatedBy: "<strong>Severity:</strong>").count - 1, sections)
        // Five hard breaks per section: each field on its own line.
        XCTAssertGreaterThanOrEqual(html.components(separatedBy: "<br />").count - 1, sections * 5)
        let summary = try XCTUnwrap(html.components(separatedBy: "<h2>Carry-Forward Summary</h2>").last)
        let list = try XCTUnwrap(summary.components(separatedBy: "<ol>").dropFirst().first?.components(separatedBy: "</ol>").first)
        XCTAssertEqual(list.components(separatedBy: "<li>").count - 1, 5, list)
        for name in ["Container Runtime", "Orchestration", "IaC Tool", "Network Config", "Security Posture"] {
            XCTAssertTrue(list.contains("<strong>\(name):</strong>"), name)
        }
        XCTAssertFalse(html.contains("<a "), "no link from the repository's text: \(html)")
    }
}
