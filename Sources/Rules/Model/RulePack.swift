import InfragateParsers

/// A file handed to a pack: repository-relative path and its text (already checked to be UTF-8 text),
/// with the policy's values its rules judge against and the rules it leaves on.
public struct SourceFile: Sendable {
    public let path: String
    public let text: String
    public let parameters: RuleParameters
    public let enabledRules: EnabledRules

    public init(path: String, text: String, parameters: RuleParameters = .defaults, enabledRules: EnabledRules = .all) {
        self.path = path
        self.text = text
        self.parameters = parameters
        self.enabledRules = enabledRules
    }
}

/// Read-only access to the revision under review, for rules that need more than one file
/// (a Terraform module's other files, NetworkPolicies elsewhere in the tree).
public protocol RepositorySnapshot: Sendable {
    /// Paths of the files directly inside `directory` ("" is the root).
    func filePaths(in directory: String) -> [String]
    /// The names of the files directly inside `directory`, kept per folder: asking whether a folder
    /// holds a `Chart.yaml` or a kustomization costs one lookup however many files it holds, so
    /// judging each of a folder's thousands of templates or manifests is not quadratic.
    func fileNames(in directory: String) -> Set<String>
    /// Every file path of the revision. Costs the size of the tree: call only when a rule needs it.
    func allFilePaths() -> [String]
    /// Every file path under `directory` at any depth (a Helm chart's files): costs that folder.
    func filePaths(under directory: String) -> [String]
    /// The text of a file, or nil when it is missing, binary, invalid UTF-8 or over the size limit.
    func text(at path: String) -> String?
    /// `compute()`, run once per key for the whole gate run where the snapshot can remember it:
    /// what many changed files need alike (a Terraform module, the tree's NetworkPolicies) is then
    /// built once, not once per file, which would be quadratic in the size of the change.
    func shared<Value>(_ key: String, _ compute: () -> Value) -> Value
    /// The union of `collector`'s facts over every file of the revision. A git snapshot reads only
    /// what changed since the facts were last kept; others read the tree.
    func facts(_ collector: TreeFacts) -> Set<String>
}

extension RepositorySnapshot {
    /// Snapshots that remember nothing compute the value every time.
    public func shared<Value>(_ key: String, _ compute: () -> Value) -> Value { compute() }

    public func fileNames(in directory: String) -> Set<String> {
        shared("file-names:" + directory) { Set(filePaths(in: directory).map(RepositoryPath.name(of:))) }
    }

    public func filePaths(under directory: String) -> [String] {
        let prefix = directory.isEmpty ? "" : directory + "/"
        return allFilePaths().filter { $0.hasPrefix(prefix) }
    }

    public func facts(_ collector: TreeFacts) -> Set<String> {
        shared("tree-facts:" + collector.name) { collector.collect(from: self) }
    }
}

/// A snapshot with nothing in it beyond the file under evaluation (examples, `scan` of loose files).
public struct EmptySnapshot: RepositorySnapshot {
    public init() {}
    public func filePaths(in directory: String) -> [String] { [] }
    public func allFilePaths() -> [String] { [] }
    public func text(at path: String) -> String? { nil }
}


/// What a pack found in one file.
public struct PackResult: Sendable {
    public var violations: [(rule: RuleDescription, violation: Violation)]
    public var problems: [ParseProblem]

    public init(violations: [(rule: RuleDescription, violation: Violation)] = [], problems: [ParseProblem] = []) {
        self.violations = violations
        self.problems = problems
    }
}

/// A rule pack: the rules for one kind of file, and how to parse and run them.
public protocol RulePack: Sendable {
    static var kind: FileKind { get }
    /// The file name examples are evaluated under when they do not name one.
    static var examplePath: String { get }
    static var rules: [RuleDescription] { get }
    static func evaluate(_ file: SourceFile, in snapshot: any RepositorySnapshot) -> PackResult
    /// Whether an example with this file name belongs to this pack; packs that share rules
    /// (Terraform and CloudFormation share the AWS rules) tell their examples apart by name.
    static func canEvaluate(examplePath: String) -> Bool
    /// Whether the file's name alone makes it this pack's (`sshd_config`, `pg_hba.conf`). Packs the
    /// classifier recognises by its own path rules, or by content, say no.
    static func recognises(path: String) -> Bool
}

extension RulePack {
    public static func canEvaluate(examplePath: String) -> Bool { true }
    public static func recognises(path: String) -> Bool { false }
}
