import InfragateEngine
import InfragateRules
@testable import InfragateReporters
import XCTest

final class MarkdownReportTests: XCTestCase {
    private func render(_ report: GateReport, tree: TreeAudit? = nil) -> String {
        OutputFormat.markdown.render(report, options: RenderOptions(toolVersion: "1.2.3", now: ReportFixtures.options.now, tree: tree))
    }

    func testSectionsFollowTheChecklistFormatNumberedBySeverity() {
        // A warning-level high finding still comes before a failing medium one: the audit ranks by severity.
        let medium = JudgedFinding(finding: ReportFixtures.finding(ReportFixtures.latestTag, line: 1, message: "Base image `alpine:latest` floats"), level: .failure)
        let high = JudgedFinding(finding: ReportFixtures.finding(line: 3), level: .warning)
        let markdown = render(ReportFixtures.report([medium, high]))

        XCTAssertTrue(markdown.contains("""
            ### [INFRA-001] Final stage runs as root
            **Severity:** High  
            **OWASP:** A05:2021 - Security Misconfiguration  
            **CWE:** CWE-250  
            **Location:** Dockerfile:3  
            **Issue:** The final stage runs as root.  
            **Recommendation:** Add `USER 10001` to the final stage. (rule `TEST-ROOT-USER`)

            ### [INFRA-002] Image uses the latest tag
            **Severity:** Medium  
            """), markdown)
        XCTAssertTrue(markdown.contains("**Issue:** Base image `alpine:latest` floats"), "code spans stay code spans")
    }

    func testRepositoryTextCannotAddMarkup() {
        let finding = ReportFixtures.finding(
            path: "x/<script>.tf", message: "see https://evil.example/x and www.evil.example, [link](javascript:alert(1)) *bold*\n# heading")
        let markdown = render(ReportFixtures.report([JudgedFinding(finding: finding, level: .failure)]))
        let issue = markdown.components(separatedBy: "\n").first { $0.hasPrefix("**Issue:**") } ?? ""

        XCTAssertEqual(issue, ##"**Issue:** see https\://evil.example/x and www\.evil.example, \[link\](javascript:alert(1)) \*bold\*\\n\# heading  "##)
        XCTAssertTrue(markdown.contains("**Location:** x/&lt;script&gt;.tf:2"), markdown)
    }

    func testSummaryDescribesTheTreeNotOnlyTheChange() {
        let tree = GateReport(
            scope: "tree at HEAD", policySource: "built-in defaults", findings: [], suppressed: [], skipped: [],
            scanned: [ScannedFile(path: "Containerfile", kind: .dockerfile), ScannedFile(path: "k8s/a.yaml", kind: .kubernetes),
                      ScannedFile(path: "stack.yaml", kind: .cloudFormation)],
            notices: [], decision: Decision(passed: true, failOn: .high, warnOn: .medium, failures: 0, warnings: 0, notices: 0))
        let markdown = render(ReportFixtures.report([]), tree: TreeAudit(report: tree, paths: ["Containerfile", "k8s/a.yaml", "stack.yaml", "kustomization.yaml", "Pulumi.yaml"]))

        XCTAssertTrue(markdown.contains("No findings."))
        XCTAssertTrue(markdown.contains("1. **Container Runtime:** Podman/Buildah (1 Containerfile)"), markdown)
        XCTAssertTrue(markdown.contains("2. **Orchestration:** Kubernetes (1 manifest), Kustomize (1 kustomization)"), markdown)
        XCTAssertTrue(markdown.contains("3. **IaC Tool:** CloudFormation (1 template), Pulumi (1 project)"), markdown)
        XCTAssertTrue(markdown.contains("4. **Network Config:** Kubernetes segmentation: every namespace with workloads has a NetworkPolicy"), markdown)
        XCTAssertTrue(markdown.hasSuffix("5. **Security Posture:** Strong: no findings\n"), markdown)
    }

    func testPostureWeighsSeverityAndNamesTheAreas() {
        let findings = [JudgedFinding(finding: ReportFixtures.finding(line: 1), level: .failure),
                        JudgedFinding(finding: ReportFixtures.finding(ReportFixtures.latestTag, line: 2), level: .warning)]
        let markdown = render(ReportFixtures.report(findings))
        XCTAssertTrue(markdown.contains("5. **Security Posture:** Weak: high-severity findings leave the infrastructure exposed "
            + "(1 high, 1 medium); most findings in Container security (1), Supply chain (1)"), markdown)
    }
}
