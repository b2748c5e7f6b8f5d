extension String {
    /// Every occurrence of `target` replaced, comparing UTF-8 bytes left to right as Go's
    /// `strings.ReplaceAll` (which Sprig's `replace`, `indent` and `nindent` call) does: Foundation's
    /// `replacingOccurrences` bridged to NSString and compared Unicode-aware, and was 8 % of rendering
    /// a 50-template chart. Knuth–Morris–Pratt keeps it linear whatever the pattern (a chart chooses
    /// `replace`'s). An empty `target` matches, as in Go, before every character and at the end.
    func replacingBytes(_ target: String, with replacement: String) -> String {
        let pattern = Array(target.utf8)
        guard !pattern.isEmpty else {
            return unicodeScalars.reduce(into: replacement) { result, scalar in
                result.unicodeScalars.append(scalar)
                result += replacement
            }
        }
        guard utf8.count >= pattern.count else { return self }
        // fallback[i]: the length of the longest proper prefix of pattern[0...i] that is also its suffix.
        var fallback = [Int](repeating: 0, count: pattern.count)
        var matched = 0
        for index in pattern.indices.dropFirst() {
            while matched > 0, pattern[index] != pattern[matched] { matched = fallback[matched - 1] }
            if pattern[index] == pattern[matched] { matched += 1 }
            fallback[index] = matched
        }
        var result: [UInt8] = []
        result.reserveCapacity(utf8.count)
        matched = 0
        for byte in utf8 {
            result.append(byte)
            while matched > 0, byte != pattern[matched] { matched = fallback[matched - 1] }
            if byte == pattern[matched] { matched += 1 }
            if matched == pattern.count {
                // Matches do not overlap (Go's rule): the pattern's bytes become the replacement.
                result.removeLast(pattern.count)
                result.append(contentsOf: replacement.utf8)
                matched = 0
            }
        }
        return String(decoding: result, as: UTF8.self)
    }
}
