import InfragateEngine

/// The push verdict as one JSON document (`infragate pre-receive --format json`): per ref what was
/// new, what the verdict cache vouched for, the denials and the full gate report.
public struct PushJSON: Encodable {
    struct Ref: Encodable {
        let ref: String
        let target: String
        let old: String
        let new: String
        let protected: Bool
        let passed: Bool
        let denials: [String]
        let newCommits: Int
        let commitsFromCache: Int
        let report: GateReport?
    }

    struct Bypass: Encodable {
        let pusher: String
        let reason: String
        let auditLog: String
    }

    let accepted: Bool
    let policy: String
    let platform: String
    let bypass: Bypass?
    let notices: [String]
    let refs: [Ref]

    public init(_ verdict: PushVerdict) {
        accepted = verdict.accepted
        policy = verdict.policySource
        platform = verdict.platform.rawValue
        bypass = verdict.bypass.map { Bypass(pusher: $0.pusher, reason: $0.reason, auditLog: $0.auditLog) }
        notices = verdict.notices
        refs = verdict.refs.map { ref in
            Ref(ref: ref.update.refName, target: ref.target, old: ref.update.oldID, new: ref.update.newID, protected: ref.isProtected,
                passed: ref.passed, denials: ref.denials, newCommits: ref.newCommits, commitsFromCache: ref.commitsFromCache,
                report: ref.report?.capped())
        }
    }

    public func render() -> String {
        JSONDocument.encode(self) + "\n"
    }
}
