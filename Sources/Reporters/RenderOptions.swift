import Foundation

/// What a reporter needs besides the report: nothing here changes what was found.
public struct RenderOptions: Sendable {
    /// ANSI colour in the text report; the front decides (a terminal, not a pipe or a CI log file).
    public var colour: Bool
    public var toolVersion: String
    /// When the scan ran, for formats that record it (GitLab SAST). Passed in so output is reproducible.
    public var startedAt: Date
    public var finishedAt: Date

    public init(colour: Bool = false, toolVersion: String, startedAt: Date, finishedAt: Date) {
        self.colour = colour
        self.toolVersion = toolVersion
        self.startedAt = startedAt
        self.finishedAt = finishedAt
    }
}
