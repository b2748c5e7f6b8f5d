import InfragateRules

/// The secrets scan every changed text file gets, whatever its kind, besides its own pack.
extension FileJudge {
    /// Scans one file's bytes for credentials and applies the policy: `secrets.allow` by fingerprint
    /// first (listed as suppressed, with the reason), then rules, inline comments and waivers.
    func scanSecrets(_ bytes: [UInt8], path: String, into judgement: inout Judgement) {
        let found: [(rule: RuleDescription, violation: Violation)]
        var text: String?
        switch SecretsContent(bytes: bytes) {
        case .text(let utf8):
            found = SecretsPack.violations(in: utf8, path: path, minimumEntropy: policy.secrets.minimumEntropy)
            if !found.isEmpty { text = String(decoding: utf8, as: UTF8.self) }
        case .binary:
            found = SecretsPack.violations(inBinary: bytes)
        }
        var findings: [Finding] = []
        for (rule, violation) in found {
            let finding = Finding(rule: rule, violation: violation, path: path, commit: commit)
            if let allowance = policy.secrets.allowance(forFingerprint: finding.fingerprint) {
                judgement.suppressed.append(SuppressedFinding(finding: finding, authority: .waiver, reason: "secrets.allow: \(allowance.reason)"))
            } else {
                findings.append(finding)
            }
        }
        apply(policyTo: findings, text: text, kind: .secrets, path: path, into: &judgement)
    }

    /// The secrets scan of a file that is not judged otherwise (an older version of it, in a
    /// pushed commit the tip no longer shows).
    public func scanSecrets(_ candidate: Candidate, into judgement: inout Judgement) throws {
        guard candidate.type == .regular, policy.runsSecretDetectors, policy.secrets.scans(path: candidate.path) else { return }
        switch try candidate.load(policy.maxFileSize) {
        case .bytes(let bytes):
            scanSecrets(bytes, path: candidate.path, into: &judgement)
        case .tooLarge(let size):
            judgement.skipped.append(SkippedFile(path: candidate.path, reason: .tooLarge, detail: Self.tooLargeForSecrets(size, policy)))
        }
    }

    static func tooLargeForSecrets(_ size: Int, _ policy: Policy) -> String {
        "\(size) bytes, over max_file_size (\(policy.maxFileSize) bytes): not scanned for secrets"
    }
}

/// A file's bytes as the secrets scan reads them: text in UTF-8 (UTF-16 with a byte-order mark
/// decoded, a UTF-8 one dropped, bytes that are not UTF-8 kept as they are, since every anchor is
/// ASCII), or a true binary. A few control bytes do not make a file binary: only a sample in which
/// more than one byte in fifty is a control character (NUL included) does, as images, archives
/// and executables are and text never is.
enum SecretsContent {
    case text([UInt8])
    case binary

    init(bytes: [UInt8]) {
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            self = .text(Self.utf8(fromUTF16: bytes[2...], bigEndian: bytes[0] == 0xFE))
            return
        }
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
        let sample = body.prefix(8_000)
        let controls = sample.lazy.filter { $0 < 0x20 && ![0x09, 0x0A, 0x0C, 0x0D, 0x1B].contains($0) }.count
        self = controls * 50 > sample.count ? .binary : .text(body)
    }

    private static func utf8(fromUTF16 bytes: ArraySlice<UInt8>, bigEndian: Bool) -> [UInt8] {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = bytes.startIndex
        while index + 1 < bytes.endIndex {
            let first = UInt16(bytes[index]), second = UInt16(bytes[index + 1])
            units.append(bigEndian ? first << 8 | second : second << 8 | first)
            index += 2
        }
        return Array(String(decoding: units, as: UTF16.self).utf8)
    }
}
