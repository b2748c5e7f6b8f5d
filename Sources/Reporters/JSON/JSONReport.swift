import InfragateEngine

/// The whole `GateReport` as JSON, with `tool` and `schemaVersion` keys beside the report's own
/// keys; decoding the output as a `GateReport` gives the report back.
struct JSONReport: Encodable {
    /// Raised when a key is removed or changes meaning; new keys do not raise it.
    static let schemaVersion = 2

    struct Tool: Encodable {
        let name: String
        let version: String
    }

    private enum ToolKey: String, CodingKey {
        case tool, schemaVersion
    }

    let report: GateReport
    let toolVersion: String

    func render() -> String {
        JSONDocument.encode(self)
    }

    func encode(to encoder: any Encoder) throws {
        try report.encode(to: encoder)
        var container = encoder.container(keyedBy: ToolKey.self)
        try container.encode(Tool(name: "infragate", version: toolVersion), forKey: .tool)
        try container.encode(Self.schemaVersion, forKey: .schemaVersion)
    }
}
