import InfragateRules

/// Fingerprints made unique within one report. Two findings with the same rule, path and identity
/// (the same construct repeated in a file) would collapse into one where consumers key on the
/// fingerprint (GitLab shows equal fingerprints once), so later ones get `-2`, `-3`… in line order,
/// which is stable across runs.
enum UniqueFingerprints {
    /// One fingerprint per finding, in the order given.
    static func of(_ findings: [Finding]) -> [String] {
        var result = findings.map(\.fingerprint)
        let groups = Dictionary(grouping: findings.indices, by: { findings[$0].fingerprint })
        for indices in groups.values where indices.count > 1 {
            let inLineOrder = indices.sorted { lhs, rhs in
                let (left, right) = (findings[lhs], findings[rhs])
                if left.line != right.line { return left.line < right.line }
                if left.message != right.message { return left.message < right.message }
                return lhs < rhs
            }
            for (ordinal, index) in inLineOrder.enumerated() where ordinal > 0 {
                result[index] += "-\(ordinal + 1)"
            }
        }
        return result
    }
}
