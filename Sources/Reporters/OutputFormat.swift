import InfragateEngine

/// The report formats `--format` accepts; each renders a whole `GateReport` to one string that
/// ends with a newline, or to nothing at all when there is nothing to say.
public enum OutputFormat: String, CaseIterable, Sendable {
    case text
    /// GitHub Actions workflow-command annotations, and nothing else, so that stdout carries no
    /// command infragate did not build.
    case github
    /// GitLab Code Quality (`artifacts:reports:codequality`).
    case gitlab
    /// GitLab SAST (`artifacts:reports:sast`), schema 15.x.
    case gitlabSAST = "gitlab-sast"
    case json
    /// SARIF 2.1.0 for GitHub code scanning.
    case sarif
    /// The infrastructure checklist's audit report, with the Carry-Forward Summary of the tree.
    case markdown
    /// JUnit XML test results (GitLab `artifacts:reports:junit`, Jenkins, Azure DevOps).
    case junit

    public func render(_ report: GateReport, options: RenderOptions) -> String {
        let body = document(for: report, options: options)
        return body.isEmpty ? "" : body + "\n"
    }

    private func document(for report: GateReport, options: RenderOptions) -> String {
        switch self {
        case .text: return TextReport(report: report, style: ANSIStyle(enabled: options.colour)).render()
        case .github: return GitHubAnnotations(report: report).render()
        case .gitlab: return CodeQualityReport(report: report).render()
        case .gitlabSAST: return SASTReport(report: report, options: options).render()
        case .json: return JSONReport(report: report, toolVersion: options.toolVersion).render()
        case .sarif:
            return SARIFReport(report: report, toolVersion: options.toolVersion, docsBaseURL: options.docsBaseURL, category: options.sarifCategory).render()
        case .junit: return JUnitReport(report: report).render()
        case .markdown: return MarkdownReport(report: report, tree: options.tree ?? TreeAudit(report: report)).render()
        }
    }
}
