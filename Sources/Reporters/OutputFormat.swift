import InfragateEngine

/// The report formats `--format` accepts; each renders a whole `GateReport` to one string
/// (without a trailing newline).
public enum OutputFormat: String, CaseIterable, Sendable {
    case text
    /// GitHub Actions workflow-command annotations, followed by the plain text report for the log.
    case github
    /// GitLab Code Quality (`artifacts:reports:codequality`).
    case gitlab
    /// GitLab SAST (`artifacts:reports:sast`), schema 15.x.
    case gitlabSAST = "gitlab-sast"
    case json
    /// SARIF 2.1.0 for GitHub code scanning.
    case sarif

    public func render(_ report: GateReport, options: RenderOptions) -> String {
        switch self {
        case .text: return TextReport(report: report, style: ANSIStyle(enabled: options.colour)).render()
        case .github: return GitHubAnnotations(report: report).render()
        case .gitlab: return CodeQualityReport(report: report).render()
        case .gitlabSAST: return SASTReport(report: report, options: options).render()
        case .json: return JSONReport(report: report, toolVersion: options.toolVersion).render()
        case .sarif: return SARIFReport(report: report, toolVersion: options.toolVersion).render()
        }
    }
}
