import Foundation
import InfragateGit
import InfragateRules

/// A policy and where it came from (shown in every report, so nobody wonders which one applied).
public struct LoadedPolicy: Sendable {
    /// Where a policy was read; only a policy read from the repository can be changed by a push.
    public enum Origin: Hashable, Sendable {
        /// A file named by the server or the CI job (`--policy`, git config, `INFRAGATE_POLICY`).
        case file
        /// `.infragate.yml` at this commit.
        case repository(ObjectID)
        /// No policy anywhere.
        case builtIn
    }

    public internal(set) var policy: Policy
    public let source: String
    public let origin: Origin
    /// Names the policy's text (or the built-in defaults): verdicts cached under one digest never
    /// apply under another policy.
    public let digest: String

    public init(policy: Policy, source: String, origin: Origin = .file, text: String? = nil) {
        self.policy = policy
        self.source = source
        self.origin = origin
        digest = ObjectID.digest(of: text ?? "infragate built-in defaults").hex
    }
}

/// Finds the trusted policy. The change under review must never relax its own gate, so the
/// policy comes from an explicit file or from a trusted revision — never from the head.
public enum PolicyLoader {
    public static let fileName = ".infragate.yml"

    /// A policy file on disk (`--policy`).
    public static func load(file path: String) throws -> LoadedPolicy {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw GateError.usage("cannot read policy file \(path)")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw GateError.usage("\(path): policy is not UTF-8 text")
        }
        return LoadedPolicy(policy: try parse(text, origin: path), source: path, origin: .file, text: text)
    }

    /// `.infragate.yml` as it stands in a trusted commit, or the built-in defaults when it has none.
    public static func load(from repository: GitRepository, at commit: ObjectID) throws -> LoadedPolicy {
        let origin = "\(fileName) at \(commit.short)"
        guard let entry = try repository.entry(at: fileName, in: commit), entry.mode != .submodule else {
            return LoadedPolicy(policy: .defaults, source: "built-in defaults (no \(fileName) at \(commit.short))", origin: .builtIn)
        }
        let text = try text(of: entry, in: repository, origin: origin)
        return LoadedPolicy(policy: try parse(text, origin: origin), source: origin, origin: .repository(commit), text: text)
    }

    /// The text of `.infragate.yml` at a commit, nil when the commit has none.
    static func text(at commit: ObjectID, in repository: GitRepository) throws -> String? {
        guard let entry = try repository.entry(at: fileName, in: commit), entry.mode != .submodule else { return nil }
        return try text(of: entry, in: repository, origin: "\(fileName) at \(commit.short)")
    }

    private static func text(of entry: TreeEntry, in repository: GitRepository, origin: String) throws -> String {
        guard case .bytes(let bytes) = try repository.readBlob(entry.blob, limit: 1 << 20),
              case .text(let text) = FileContent(bytes: bytes) else {
            throw GateError.usage("\(origin): policy is not readable UTF-8 text under 1 MiB")
        }
        return text
    }

    static func parse(_ text: String, origin: String) throws -> Policy {
        do {
            return try Policy.parse(text, origin: origin, knownRuleIDs: RuleCatalog.ids)
        } catch let error as PolicyError {
            throw GateError.usage("invalid policy: \(error)")
        }
    }
}
