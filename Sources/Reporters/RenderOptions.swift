import Foundation

/// What a reporter needs besides the report: nothing here changes what was found.
public struct RenderOptions: Sendable {
    /// ANSI colour in the text report; the front decides (a terminal, not a pipe or a CI log file).
    public var colour: Bool
    public var toolVersion: String
    /// When the scan ran, for formats that record it (GitLab SAST, as both start and end: a gate
    /// run takes well under a second). Passed in so that output is reproducible.
    public var now: Date
    /// The whole tree at the head revision, for the Markdown audit's Carry-Forward Summary; left
    /// out, the report is taken to cover the whole tree itself.
    public var tree: TreeAudit?
    /// Where the per-rule pages (`docs/rules/<ID>.md`) are published; SARIF's `helpUri` is this plus
    /// `<ID>.md`. An organisation that mirrors the docs points it at its mirror (`--docs-url`).
    public var docsBaseURL: String
    /// SARIF `automationDetails.id` category: GitHub compares the alerts of runs with the same one,
    /// so a pull request's run and the default branch's must share it.
    public var sarifCategory: String

    /// The project's home, the one place its address is written in the code; the release downloads
    /// of `action.yml` and `ci-templates/` each have one variable for it (`releases-url`, `INFRAGATE_RELEASES`).
    public static let projectURL = "https://github.com/infragate/infragate"
    /// `INFRAGATE_DOCS_URL` when set (an organisation's mirror, for every run on a runner), else the project's pages.
    public static var defaultDocsBaseURL: String {
        if let configured = ProcessInfo.processInfo.environment["INFRAGATE_DOCS_URL"], !configured.isEmpty { return configured }
        return projectURL + "/blob/main/docs/rules/"
    }
    public static let defaultSARIFCategory = "infragate"

    public init(colour: Bool = false, toolVersion: String, now: Date, tree: TreeAudit? = nil,
                docsBaseURL: String = RenderOptions.defaultDocsBaseURL, sarifCategory: String = RenderOptions.defaultSARIFCategory) {
        self.colour = colour
        self.toolVersion = toolVersion
        self.now = now
        self.tree = tree
        self.docsBaseURL = docsBaseURL.hasSuffix("/") ? docsBaseURL : docsBaseURL + "/"
        self.sarifCategory = sarifCategory
    }
}
