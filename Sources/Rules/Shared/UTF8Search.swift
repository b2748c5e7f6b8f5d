import Glibc

extension StringProtocol {
    /// Whether `needle` occurs in the text, compared byte for byte: no Unicode normalisation or
    /// bridging, O(text × needle) at worst, which for the short keywords it is used with is linear.
    /// Works on raw bytes (`memchr` to each candidate first byte), never through generic element
    /// access, which across modules costs a call per byte.
    public func containsBytes(of needle: String) -> Bool {
        let pattern = Array(needle.utf8)
        guard !pattern.isEmpty else { return true }
        return utf8.withContiguousStorageIfAvailable { Self.find(pattern, in: $0) }
            ?? Array(utf8).withUnsafeBufferPointer { Self.find(pattern, in: $0) }
    }

    private static func find(_ pattern: [UInt8], in text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = text.baseAddress, text.count >= pattern.count else { return false }
        return pattern.withUnsafeBufferPointer { needle in
            let last = text.count - needle.count
            var start = 0
            while start <= last {
                guard let hit = memchr(base + start, Int32(needle[0]), last - start + 1) else { return false }
                let offset = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                if memcmp(base + offset, needle.baseAddress!, needle.count) == 0 { return true }
                start = offset + 1
            }
            return false
        }
    }
}
