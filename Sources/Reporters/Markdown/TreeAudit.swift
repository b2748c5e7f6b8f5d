import InfragateEngine

/// What the gate saw in the whole tree at the head revision: the Carry-Forward Summary of an audit
/// describes the repository, not only the files a change touched.
public struct TreeAudit: Sendable {
    /// The gate's report on every file of the tree, judged under the same trusted policy.
    public let report: GateReport
    /// Every file path of the tree, for what the gate has no pack for (Nomad jobs, Pulumi, Kustomize).
    public let paths: [String]

    public init(report: GateReport, paths: [String]) {
        self.report = report
        self.paths = paths
    }

    /// A report that already covers the whole tree (`scan --rev`, a folder on disk) is its own tree.
    public init(report: GateReport) {
        self.init(report: report, paths: report.scanned.map(\.path) + report.skipped.map(\.path))
    }
}
