/// The subset of SARIF 2.1.0 that GitHub code scanning reads.
struct SARIFLog: Encodable {
    static let schemaURI = "https://json.schemastore.org/sarif-2.1.0.json"

    let schema: String
    let version: String
    let runs: [Run]

    enum CodingKeys: String, CodingKey {
        case schema = "$schema"
        case version, runs
    }

    struct Run: Encodable {
        let tool: Tool
        let automationDetails: AutomationDetails
        let invocations: [Invocation]
        let results: [Result]
    }

    /// `category/`: GitHub keys a run's alerts by the category (the part before the last `/`).
    struct AutomationDetails: Encodable {
        let id: String
    }

    struct Invocation: Encodable {
        let executionSuccessful: Bool
        let toolExecutionNotifications: [Notification]
    }

    struct Notification: Encodable {
        let level: String
        let message: Text
    }

    struct Tool: Encodable {
        let driver: Driver
    }

    struct Driver: Encodable {
        let name: String
        let version: String
        let rules: [Rule]
    }

    struct Text: Encodable {
        let text: String
    }

    struct Help: Encodable {
        let text: String
        let markdown: String
    }

    struct Configuration: Encodable {
        let level: String
    }

    struct RuleProperties: Encodable {
        let tags: [String]
        let securitySeverity: String

        enum CodingKeys: String, CodingKey {
            case tags
            case securitySeverity = "security-severity"
        }
    }

    struct Rule: Encodable {
        let id: String
        let shortDescription: Text
        let fullDescription: Text
        let helpUri: String
        let help: Help
        let defaultConfiguration: Configuration
        let properties: RuleProperties
    }

    struct Result: Encodable {
        let ruleId: String
        let ruleIndex: Int
        let level: String
        let message: Text
        let locations: [Location]
        /// The change that caused a finding in an untouched file.
        let relatedLocations: [RelatedLocation]?
        let partialFingerprints: [String: String]
        /// Present on suppressed findings only.
        let suppressions: [Suppression]?
    }

    /// `inSource` for a comment in the file, `external` for the policy.
    struct Suppression: Encodable {
        let kind: String
        let justification: String
    }

    struct Location: Encodable {
        let physicalLocation: PhysicalLocation
    }

    struct RelatedLocation: Encodable {
        let id: Int
        let physicalLocation: PhysicalLocation
        let message: Text
    }

    struct PhysicalLocation: Encodable {
        let artifactLocation: ArtifactLocation
        let region: Region
    }

    struct ArtifactLocation: Encodable {
        let uri: String
    }

    struct Region: Encodable {
        let startLine: Int
        let endLine: Int
    }
}
