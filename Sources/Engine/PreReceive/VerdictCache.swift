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
    private let directory: URL
    private let key: String
    /// Names everything besides the commit that decides its findings: the policy, the rules, the
    /// ref's judging options.
    private let context: String

    /// Opens (creating on first use) the cache for one judging context; nil, with the reason in
    /// `notice`, when the directory or its key cannot be used: the gate then judges everything.
    static func open(gitDirectory: String, policyDigest: String, judgingOptions: String, notice: inout String?) -> VerdictCache? {
        let root = URL(fileURLWithPath: gitDirectory).appendingPathComponent("infragate")
        let context = ObjectID.digest(of: [format, rulesDigest, policyDigest, judgingOptions].joined(separator: "\n")).hex
        do {
            let directory = root.appendingPathComponent("verdicts").appendingPathComponent(context)
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            return VerdictCache(directory: directory, key: try secret(in: root), context: context)
        } catch {
            notice = "verdict cache unavailable (\(error.localizedDescription)); every commit is judged"
            return nil
        }
    }

    private init(directory: URL, key: String, context: String) {
        self.directory = directory
        self.key = key
        self.context = context
    }

    /// The most severe finding that counted against `commit` when it was judged, `.some(nil)` for
    /// none, or nil when there is no trustworthy entry for it (absent, corrupt, foreign or expired).
    func worstSeverity(of commit: ObjectID, today: CalendarDay) -> Severity?? {
        guard let data = FileManager.default.contents(atPath: directory.appendingPathComponent(commit.hex).path),
              let text = String(data: data, encoding: .utf8) else { return nil }
        let fields = text.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        guard fields.count == 7, "\(fields[0]) \(fields[1])" == Self.format, fields[2] == commit.hex, fields[3] == context,
              fields[6] == seal(fields[0..<6].joined(separator: " ")) else { return nil }
        if fields[5] != "-" {
            guard let validUntil = CalendarDay(fields[5]), today <= validUntil else { return nil }
        }
        if fields[4] == "none" { return .some(nil) }
        guard let severity = Severity(rawValue: fields[4]) else { return nil }
        return .some(severity)
    }

    /// Records a judged commit. `validUntil`: the last day a waiver that took part stays active.
    /// Failing to write only costs a later re-judgement, so it is not an error.
    func record(_ commit: ObjectID, worstSeverity: Severity?, validUntil: CalendarDay?) {
        let body = [Self.format, commit.hex, context, worstSeverity?.rawValue ?? "none", validUntil.map { "\($0)" } ?? "-"].joined(separator: " ")
        let entry = Data((body + " " + seal(body)).utf8)
        let final = directory.appendingPathComponent(commit.hex)
        let temporary = directory.appendingPathComponent(".\(commit.hex).\(getpid()).\(UInt64.random(in: 0...UInt64.max))")
        do {
            try entry.write(to: temporary)
            guard rename(temporary.path, final.path) == 0 else { throw CocoaError(.fileWriteUnknown) }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
        }
    }

    private func seal(_ body: String) -> String {
        ObjectID.digest(of: key + "\n" + body + "\n" + key).hex
    }

    /// The repository's cache key, created once with `O_EXCL` so two first pushes agree on one.
    private static func secret(in root: URL) throws -> String {
        let path = root.appendingPathComponent("cache.key").path
        var bytes = [UInt8](repeating: 0, count: 32)
        for index in bytes.indices { bytes[index] = UInt8.random(in: 0...255) }
        let fresh = bytes.map { String(format: "%02x", $0) }.joined()
        let descriptor = Foundation.open(path, O_WRONLY | O_CREAT | O_EXCL, 0o600)
        if descriptor >= 0 {
            let written = fresh.utf8CString.withUnsafeBufferPointer { write(descriptor, $0.baseAddress, fresh.utf8.count) }
            close(descriptor)
            guard written == fresh.utf8.count else { throw CocoaError(.fileWriteUnknown) }
            return fresh
        }
        guard errno == EEXIST, let data = FileManager.default.contents(atPath: path),
              let key = String(data: data, encoding: .utf8), key.utf8.count == 64 else {
            throw CocoaError(.fileReadCorruptFile, userInfo: [NSFilePathErrorKey: path])
        }
        return key
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
