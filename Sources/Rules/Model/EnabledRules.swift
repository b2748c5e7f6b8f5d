/// Which rules a pack runs: every rule, or every rule but those the policy turns off. The engine
/// hands it to a pack with each file, as it hands the rule parameters; rules never see the policy.
/// A rule that does not run costs nothing, nor does the context only it asks for (the tree's
/// NetworkPolicies and quotas are read lazily, by the rules that need them).
public struct EnabledRules: Hashable, Sendable {
    /// Upper-case ids of the rules that do not run.
    private let turnedOff: Set<String>

    public static let all = EnabledRules(turningOff: [])

    /// `ids` in any case, as a policy spells them.
    public init(turningOff ids: some Sequence<String>) {
        turnedOff = Set(ids.map { $0.uppercased() })
    }

    public var isAll: Bool { turnedOff.isEmpty }

    /// Catalog ids are upper case already: only an id with a lower-case letter is converted (every
    /// rule of every file is asked about, so the common case must not allocate).
    public func includes(_ ruleID: String) -> Bool {
        guard !turnedOff.isEmpty else { return true }
        let isUpperCase = !ruleID.utf8.contains { (UInt8(ascii: "a")...UInt8(ascii: "z")).contains($0) }
        return !turnedOff.contains(isUpperCase ? ruleID : ruleID.uppercased())
    }
}
