extension StringProtocol {
    /// Whether `needle` occurs in the text, compared byte for byte: no Unicode normalisation or
    /// bridging, O(text × needle) at worst, which for the short keywords it is used with is linear.
    public func containsBytes(of needle: String) -> Bool {
        let pattern = Array(needle.utf8)
        guard let first = pattern.first else { return true }
        return utf8.withContiguousStorageIfAvailable { text in
            Self.find(pattern, first: first, in: text)
        } ?? Self.find(pattern, first: first, in: Array(utf8))
    }

    private static func find<Text: RandomAccessCollection<UInt8>>(_ pattern: [UInt8], first: UInt8, in text: Text) -> Bool
    where Text.Index == Int {
        guard text.count >= pattern.count else { return false }
        var start = text.startIndex
        let last = text.endIndex - pattern.count
        while start <= last {
            if text[start] == first, pattern.indices.allSatisfy({ text[start + $0] == pattern[$0] }) { return true }
            start += 1
        }
        return false
    }
}
