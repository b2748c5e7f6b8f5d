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

    public init(colour: Bool = false, toolVersion: String, now: Date, tree: TreeAudit? = nil) {
        self.colour = colour
        self.toolVersion = toolVersion
        self.now = now
        self.tree = tree
    }
}
