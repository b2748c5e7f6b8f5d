/// A file as the detectors read it: its bytes, shared by every detector, and its path.
struct ScannedBytes {
    let bytes: [UInt8]
    let path: String
    /// Generic assignments need at least this Shannon entropy (bits per character).
    let minimumEntropy: Double

    var count: Int { bytes.count }

    subscript(_ index: Int) -> UInt8 { bytes[index] }

    /// The end of the run of `member` bytes from `start`, looking at most `limit` bytes.
    func runEnd(from start: Int, limit: Int = .max, _ member: ByteClass) -> Int {
        var end = start
        while end < bytes.count, end - start < limit, member.contains(bytes[end]) { end += 1 }
        return end
    }

    /// The start of the run of `member` bytes that ends at `end`, looking at most `limit` bytes back.
    func runStart(endingAt end: Int, limit: Int = .max, _ member: ByteClass) -> Int {
        var start = end
        while start > 0, end - start < limit, member.contains(bytes[start - 1]) { start -= 1 }
        return start
    }

    /// Whether the byte before `index` cannot continue a run of `member` (a token starts here).
    func startsRun(at index: Int, _ member: ByteClass) -> Bool {
        index == 0 || !member.contains(bytes[index - 1])
    }

    /// Whether the byte at `index` cannot continue a run of `member` (a token ends here).
    func endsRun(at index: Int, _ member: ByteClass) -> Bool {
        index >= bytes.count || !member.contains(bytes[index])
    }

    func starts(with literal: [UInt8], at index: Int) -> Bool {
        index >= 0 && index + literal.count <= bytes.count && bytes[index..<index + literal.count].elementsEqual(literal)
    }

    func string(_ range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }

    /// The first index at or after `start` (before `end`) holding `byte`.
    func firstIndex(of byte: UInt8, from start: Int, before end: Int) -> Int? {
        var index = start
        while index < min(end, bytes.count) {
            if bytes[index] == byte { return index }
            index += 1
        }
        return nil
    }
}

/// A confirmed secret: the bytes of its value, and what names it in the finding's fingerprint.
struct SecretMatch {
    enum Identity {
        /// A high-entropy value: the value itself identifies it (hashed into the fingerprint, never shown).
        case value
        /// A value that could be guessed back from a hash (a password): its key, user or host instead.
        case name(String)
    }

    let value: Range<Int>
    let identity: Identity
    /// Said after the preview, e.g. that the URL also turns TLS off.
    var note: String? = nil
}

/// How a detector finds its secret: the anchors of its candidates, the cues a candidate needs
/// nearby, and the linear check that confirms one.
protocol SecretFinder: Sendable {
    var anchors: [Anchor] { get }
    /// When not empty, a candidate is confirmed only within `cueDistance` bytes of one of these.
    var cues: [Anchor] { get }
    var cueDistance: Int { get }
    /// Generic finders give way to a specific one that reports the same bytes.
    var isGeneric: Bool { get }
    /// The secret whose anchor occupies `anchor`, or nil. Looks at a bounded number of bytes, or only
    /// at bytes no other anchor of the same finder can be confirmed with, so a file costs its size.
    func confirm(_ anchor: Range<Int>, in text: ScannedBytes) -> SecretMatch?
}

extension SecretFinder {
    var cues: [Anchor] { [] }
    var cueDistance: Int { 0 }
    var isGeneric: Bool { false }
}

/// One detector: a rule (id, docs, examples) and its finder.
struct SecretDetector: Sendable {
    static let checklist = "Secrets management › No credentials committed to the repository"
    static let owasp = "A07:2021 Identification and Authentication Failures"

    let description: RuleDescription
    let finder: any SecretFinder

    /// A detector of a credential that grants `grants`; `revoke` says where it is revoked.
    init(
        id: String, title: String, severity: Severity = .critical, grants: String, revoke: String,
        equivalents: [Equivalent] = [], finder: any SecretFinder, triggering: [RuleExample], nonTriggering: [RuleExample]
    ) {
        description = RuleDescription(
            id: id, title: title, severity: severity, cwe: 798, owasp: SecretDetector.owasp, checklist: SecretDetector.checklist,
            rationale: "It grants \(grants). Committed, it is readable by everyone who can clone the repository, in every copy and in history, until it is revoked; deleting it in a later commit does not take it back. infragate reports it without printing it (the first characters and the length).",
            recommendation: "Revoke the credential now (\(revoke)), then keep it in the CI/CD secret store or a secret manager and reference it (`${{ secrets.NAME }}`, `${NAME}`, `secretKeyRef`). Removing it from history does not make it safe again. A reviewed false positive goes to the policy's `secrets.allow` by fingerprint.",
            equivalents: equivalents, triggering: triggering, nonTriggering: nonTriggering)
        self.finder = finder
    }
}

extension Equivalent {
    static func gitleaks(_ id: String) -> Equivalent { Equivalent(tool: "gitleaks", id: id) }
    static func trufflehog(_ name: String) -> Equivalent { Equivalent(tool: "trufflehog", id: name) }
}
