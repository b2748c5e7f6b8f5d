/// The known word a misspelling most likely meant, for messages that name the nearest real value
/// (`restrictd` → `restricted`, `readOnlyRootFileSystem` → `readOnlyRootFilesystem`).
enum NearestWord {
    /// Words longer than this are no misspelling of a short keyword; it also bounds the work.
    private static let longestCompared = 64

    /// The candidate within a few edits of `word` (a third of its length, at least two; case
    /// differences cost nothing extra); on ties one that only adds letters to it (`runAsRoot` →
    /// `runAsNonRoot`, not `runAsGroup`), then the first in the list; nil when none is close.
    static func nearest(to word: String, among candidates: [String]) -> String? {
        let letters = Array(word.lowercased().unicodeScalars)
        guard !letters.isEmpty, letters.count <= longestCompared else { return nil }
        let allowed = max(2, letters.count / 3)
        var best: (word: String, distance: Int, extends: Bool)?
        for candidate in candidates where candidate != word {
            let other = Array(candidate.lowercased().unicodeScalars)
            let distance = editDistance(letters, other)
            guard distance <= allowed else { continue }
            let extends = isSubsequence(letters, of: other)
            if let best, distance > best.distance || (distance == best.distance && (best.extends || !extends)) { continue }
            best = (candidate, distance, extends)
        }
        return best?.word
    }

    private static func isSubsequence(_ short: [Unicode.Scalar], of long: [Unicode.Scalar]) -> Bool {
        var index = 0
        for scalar in long where index < short.count && scalar == short[index] { index += 1 }
        return index == short.count
    }

    /// Levenshtein distance with adjacent transpositions counted as one edit.
    private static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var beforePrevious = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], beforePrevious[j - 2] + 1)
                }
            }
            (beforePrevious, previous, current) = (previous, current, beforePrevious)
        }
        return previous[b.count]
    }
}
