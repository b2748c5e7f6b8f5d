import Foundation
import InfragateEngine
import InfragateReporters
import InfragateRules

/// Hand-built reports: reporters only format, so tests need no engine run.
enum ReportFixtures {
    static let rootUser = RuleDescription(
        id: "TEST-ROOT-USER", title: "Final stage runs as root", severity: .high, cwe: 250,
        checklist: "Container security › Non-root user configured",
        rationale: "A process running as root in the container is root on the host once it escapes.",
        recommendation: "Add `USER 10001` to the final stage.",
        equivalents: [.checkov("CKV_DOCKER_3"), .hadolint("DL3002"), .checkov("CKV_DOCKER_8")],
        triggering: [RuleExample("FROM alpine:3.20\n↓USER root\nCMD [\"sh\"]", path: "Dockerfile")],
        nonTriggering: ["FROM alpine:3.20\nUSER 10001\nCMD [\"sh\"]"])

    static let latestTag = RuleDescription(
        id: "TEST-LATEST-TAG", title: "Image uses the latest tag", severity: .medium, cwe: 1357,
        checklist: "Supply chain › Images pinned",
        rationale: "A moving tag changes what is deployed without a review.",
        recommendation: "Pin the image to a version or a digest.",
        triggering: ["↓FROM alpine:latest"], nonTriggering: ["FROM alpine:3.20"])

    static func finding(
        _ rule: RuleDescription = rootUser, path: String = "Dockerfile", line: Int = 2, endLine: Int? = nil,
        message: String = "The final stage runs as root.", identity: String? = nil
    ) -> Finding {
        let violation = Violation(line: line, endLine: endLine, message: message, identity: identity ?? "line:\(line)")
        return Finding(rule: rule, violation: violation, path: path)
    }

    static func report(
        _ findings: [JudgedFinding], passed: Bool? = nil, suppressed: [SuppressedFinding] = [],
        skipped: [SkippedFile] = [], notices: [String] = []
    ) -> GateReport {
        let count = { (level: FindingLevel) in findings.filter { $0.level == level }.count }
        let decision = Decision(
            passed: passed ?? (count(.failure) == 0), failOn: .high, warnOn: .medium,
            failures: count(.failure), warnings: count(.warning), notices: count(.notice))
        return GateReport(
            scope: "merge-base 1a2b3c..4d5e6f", policySource: "built-in defaults", findings: findings,
            suppressed: suppressed, skipped: skipped, scanned: [ScannedFile(path: "Dockerfile", kind: .dockerfile)],
            notices: notices, decision: decision)
    }

    static let options = RenderOptions(toolVersion: "1.2.3", now: Date(timeIntervalSince1970: 1_790_000_000))
}
