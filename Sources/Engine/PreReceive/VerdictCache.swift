import Foundation
import InfragateGit
import InfragateRules

/// What the gate once found in a commit judged on its own, so that the same commit reaching another
/// protected ref (a reviewed branch fast-forwarded onto main) is not judged again.
///
/// It lives in `$GIT_DIR/infragate/verdicts/` on the server, outside git's quarantine, and only the
/// gate writes it: one file per commit and judging context, written to a temporary name and renamed,
/// so concurrent pushes never see half an entry. Each entry names its commit and context and carries
/// a digest keyed with a secret kept beside it (mode 0600), so a corrupt, copied or hand-made entry
/// fails the check and is ignored: the commit is simply judged again.
final class VerdictCache: Sendable {
    private static let format = "infragate-verdict 1"
    private let store: SealedStore
    /// Names everything besides the commit that decides its findings: the policy, the rules, the
    /// ref's judging options.
    private let context: String

    /// Opens (creating on first use) the cache for one judging context; nil, with the reason in
    /// `notice`, when the directory or its key cannot be used: the gate then judges everything.
    static func open(gitDirectory: String, policyDigest: String, judgingOptions: String, notice: inout String?) -> VerdictCache? {
        let context = ObjectID.digest(of: [format, rulesDigest, policyDigest, judgingOptions].joined(separator: "\n")).hex
        do {
            return VerdictCache(store: try SealedStore(gitDirectory: gitDirectory, folder: "verdicts/" + context), context: context)
        } catch {
            notice = "verdict cache unavailable (\(error.localizedDescription)); every commit is judged"
            return nil
        }
    }

    private init(store: SealedStore, context: String) {
        self.store = store
        self.context = context
    }

    /// The most severe finding that counted against `commit` when it was judged, `.some(nil)` for
    /// none, or nil when there is no trustworthy entry for it (absent, corrupt, foreign or expired).
    func worstSeverity(of commit: ObjectID, today: CalendarDay) -> Severity?? {
        guard let body = store.read(commit.hex) else { return nil }
        let fields = body.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        guard fields.count == 6, "\(fields[0]) \(fields[1])" == Self.format, fields[2] == commit.hex, fields[3] == context else { return nil }
        if fields[5] != "-" {
            guard let validUntil = CalendarDay(fields[5]), today <= validUntil else { return nil }
        }
        if fields[4] == "none" { return .some(nil) }
        guard let severity = Severity(rawValue: fields[4]) else { return nil }
        return .some(severity)
    }

    /// Records a judged commit. `validUntil`: the last day a waiver that took part stays active.
    func record(_ commit: ObjectID, worstSeverity: Severity?, validUntil: CalendarDay?) {
        store.write(commit.hex, [Self.format, commit.hex, context, worstSeverity?.rawValue ?? "none",
                                 validUntil.map { "\($0)" } ?? "-"].joined(separator: " "))
    }

    /// Changes whenever a rule is added, removed, re-rated or has its examples changed, so an upgraded
    /// gate does not trust what an older one concluded.
    private static let rulesDigest: String = {
        let text = RuleCatalog.all.map { rule in
            ([rule.id, rule.severity.rawValue] + rule.triggering.map(\.code) + rule.nonTriggering.map(\.code)).joined(separator: "\u{1}")
        }.joined(separator: "\u{2}")
        return ObjectID.digest(of: text).hex
    }()
}
