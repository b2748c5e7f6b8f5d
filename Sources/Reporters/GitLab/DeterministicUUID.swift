import InfragateRules

/// A UUID-shaped identifier derived from a name, so that the same finding gets the same id on
/// every run (GitLab tracks vulnerabilities across pipelines by it). Version 8 (RFC 9562,
/// vendor-defined) with the RFC variant bits; the 128 bits come from the catalog's stable hash.
enum DeterministicUUID {
    static func from(_ name: String) -> String {
        var digits = Array(Fingerprint.of(rule: "uuid", path: "", identity: name))
        digits[12] = "8"
        let variantNibble = Int(String(digits[16]), radix: 16) ?? 0
        digits[16] = Array("89ab")[variantNibble & 0x3]
        let text = String(digits)
        let groups = [0..<8, 8..<12, 12..<16, 16..<20, 20..<32].map { range in
            String(text.dropFirst(range.lowerBound).prefix(range.count))
        }
        return groups.joined(separator: "-")
    }
}
