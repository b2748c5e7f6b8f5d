import InfragateRules

/// The server-side part of a policy, read by the pre-receive hook: which refs are protected and
/// how pushes to them are judged. Parsed and validated with the rest, so a typo fails early.
public struct PushPolicy: Hashable, Sendable {
    /// How much of a push is scanned.
    public enum ScanDepth: String, CaseIterable, Sendable {
        /// Only the pushed tip against the old tip: fast, but a bad commit fixed later in the push passes.
        case tip
        /// Every new commit on its own, so history cannot carry a secret that a later commit removed.
        case eachCommit = "each-commit"
    }

    /// What the hook does when it runs out of time.
    public enum TimeoutAction: String, CaseIterable, Sendable {
        case reject, accept
    }

    /// Named users who may push past a failing gate.
    public struct Bypass: Hashable, Sendable {
        public var isEnabled: Bool
        public var allowedUsers: [String]
        /// The environment variable that names the pusher (`identity: env:REMOTE_USER`), for servers
        /// infragate does not recognise; nil takes the identity from the detected platform only.
        public var identityVariable: String?
        /// Whether a bypass also lifts deny-force-push and deny-deletion (it lifts findings only by default).
        public var liftsProtection: Bool
        /// Where every bypass is appended as a JSON line; nil: `$GIT_DIR/infragate/audit.log`.
        public var auditLog: String?

        public init(isEnabled: Bool, allowedUsers: [String], identityVariable: String? = nil,
                    liftsProtection: Bool = false, auditLog: String? = nil) {
            self.isEnabled = isEnabled
            self.allowedUsers = allowedUsers
            self.identityVariable = identityVariable
            self.liftsProtection = liftsProtection
            self.auditLog = auditLog
        }

        /// Logins compare case-insensitively, as the forges treat them.
        public func permits(user: String) -> Bool {
            isEnabled && allowedUsers.contains { $0.lowercased() == user.lowercased() }
        }
    }

    public var protectedRefs: [Glob]
    /// Set when the policy does not name its protected refs: the repository's default branch is
    /// protected then, which `protectingDefaultBranch(named:)` resolves once the repository is known.
    public var protectsDefaultBranch: Bool
    public var denyForcePush: Bool
    public var denyDeletion: Bool
    /// The failing threshold on protected refs; nil uses the policy's `fail_on`.
    public var protectedFailOn: Severity?
    /// `protected.inline_suppressions`; nil: the policy's `inline_suppressions` applies on protected refs too.
    public var protectedInlineSuppressions: InlineSuppressionScope?
    /// nil scans each commit on protected refs and only the tip elsewhere.
    public var scanDepth: ScanDepth?
    /// Pushed tags are not scanned (deletion and force-push rules still apply to protected ones).
    public var exemptTags: Bool
    public var bypass: Bypass
    /// Budget for the whole hook; GitHub Enterprise gives all pre-receive hooks 5 s together.
    public var deadline: Duration
    public var onTimeout: TimeoutAction

    public static let defaults = PushPolicy(
        protectedRefs: [], protectsDefaultBranch: true, denyForcePush: true, denyDeletion: true, protectedFailOn: nil, scanDepth: nil,
        exemptTags: false, bypass: Bypass(isEnabled: false, allowedUsers: []), deadline: .seconds(4),
        onTimeout: .reject)

    public init(
        protectedRefs: [Glob], protectsDefaultBranch: Bool, denyForcePush: Bool, denyDeletion: Bool, protectedFailOn: Severity?,
        scanDepth: ScanDepth?, exemptTags: Bool, bypass: Bypass, deadline: Duration, onTimeout: TimeoutAction
    ) {
        self.protectedRefs = protectedRefs
        self.protectsDefaultBranch = protectsDefaultBranch
        self.denyForcePush = denyForcePush
        self.denyDeletion = denyDeletion
        self.protectedFailOn = protectedFailOn
        self.scanDepth = scanDepth
        self.exemptTags = exemptTags
        self.bypass = bypass
        self.deadline = deadline
        self.onTimeout = onTimeout
    }

    /// The policy with the default branch's names (`main`, `refs/heads/main`) added to the protected
    /// refs when it names none of its own.
    public func protectingDefaultBranch(named names: [String]) -> PushPolicy {
        guard protectsDefaultBranch else { return self }
        var resolved = self
        resolved.protectsDefaultBranch = false
        var seen = Set<String>()
        for name in names where seen.insert(name).inserted {
            resolved.protectedRefs.append(Glob(literal: name.hasPrefix("refs/") ? name : "refs/heads/" + name))
        }
        return resolved
    }

    /// `ref` in full (`refs/heads/main`) or as a short branch name (`main`).
    public func isProtected(ref: String) -> Bool {
        protectedRefs.contains { $0.matches(ref: ref) }
    }

    public func scanDepth(forRef ref: String) -> ScanDepth {
        scanDepth ?? (isProtected(ref: ref) ? .eachCommit : .tip)
    }

    public func isExemptFromScanning(ref: String) -> Bool {
        exemptTags && ref.hasPrefix("refs/tags/")
    }
}
