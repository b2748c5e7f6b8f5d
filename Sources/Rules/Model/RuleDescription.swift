/// A rule id in another tool that users migrate from, so they can map suppressions and compare coverage.
public struct Equivalent: Codable, Hashable, Sendable {
    public let tool: String
    public let id: String

    public init(tool: String, id: String) {
        self.tool = tool
        self.id = id
    }

    public static func checkov(_ id: String) -> Equivalent { Equivalent(tool: "checkov", id: id) }
    public static func hadolint(_ id: String) -> Equivalent { Equivalent(tool: "hadolint", id: id) }
    public static func trivy(_ id: String) -> Equivalent { Equivalent(tool: "trivy", id: id) }
    public static func kics(_ name: String) -> Equivalent { Equivalent(tool: "kics", id: name) }
    public static func kubeLinter(_ id: String) -> Equivalent { Equivalent(tool: "kube-linter", id: id) }
    public static func kubescape(_ id: String) -> Equivalent { Equivalent(tool: "kubescape", id: id) }
}

/// An example that is both documentation and test. In triggering examples, a line that starts
/// with `↓` is a line the rule must report (the marker is stripped before evaluation).
public struct RuleExample: Sendable {
    public static let marker: Character = "↓"

    public let code: String
    /// The file name the example is evaluated under (packs classify some files by name).
    public let path: String?
    /// Other files of the same revision the rule reads (a NetworkPolicy elsewhere in the tree, a
    /// sibling file of the Terraform module, a `.dockerignore`), by repository path. Only `code`
    /// carries `↓` marks: findings are reported in the file under evaluation.
    public let neighbours: [String: String]
    /// The policy's values the example is judged with (an `images.allowed_registries` list).
    public let parameters: RuleParameters

    public init(_ code: String, path: String? = nil, neighbours: [String: String] = [:], parameters: RuleParameters = .defaults) {
        self.code = code
        self.path = path
        self.neighbours = neighbours
        self.parameters = parameters
    }

    /// The example without markers, and the 1-based lines that carried one.
    public var unmarked: (source: String, markedLines: [Int]) {
        var lines: [Substring] = []
        var marked: [Int] = []
        for (index, line) in code.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.first == RuleExample.marker {
                marked.append(index + 1)
                lines.append(line.dropFirst())
            } else {
                lines.append(line)
            }
        }
        return (lines.joined(separator: "\n"), marked)
    }
}

extension RuleExample: ExpressibleByStringLiteral {
    public init(stringLiteral value: String) { self.init(value) }
}

/// Everything a rule is, apart from its check: identity, metadata, docs and examples.
public struct RuleDescription: Sendable {
    public static let defaultOWASP = "A05:2021 Security Misconfiguration"

    public let id: String
    public let title: String
    public let severity: Severity
    public let cwe: Int
    public let owasp: String
    /// The checklist item this rule enforces, e.g. "Container security › Non-root user configured".
    public let checklist: String
    /// Why it matters, and why this severity (Markdown).
    public let rationale: String
    public let recommendation: String
    public let equivalents: [Equivalent]
    public let triggering: [RuleExample]
    public let nonTriggering: [RuleExample]
    /// Rules of the same pack whose violation at the same location is this rule's problem seen
    /// more narrowly (a floating tag is also "no digest"): where both report, only this one does.
    public let subsumes: [String]
    /// Off unless the policy turns it on (`rules: { ID: on }`): an expectation that holds only for
    /// some repositories (a cluster repository has a policy engine), which would be noise elsewhere.
    public let isOptIn: Bool

    public init(
        id: String, title: String, severity: Severity, cwe: Int, owasp: String = RuleDescription.defaultOWASP,
        checklist: String, rationale: String, recommendation: String, equivalents: [Equivalent] = [],
        subsumes: [String] = [], optIn: Bool = false, triggering: [RuleExample], nonTriggering: [RuleExample]
    ) {
        self.id = id
        self.title = title
        self.severity = severity
        self.cwe = cwe
        self.owasp = owasp
        self.checklist = checklist
        self.rationale = rationale
        self.recommendation = recommendation
        self.equivalents = equivalents
        self.subsumes = subsumes
        self.isOptIn = optIn
        self.triggering = triggering
        self.nonTriggering = nonTriggering
    }
}
