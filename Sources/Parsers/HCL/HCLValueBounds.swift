extension HCLValue {
    /// Whether the value has at most `size` units (one per node, plus the bytes of its strings and
    /// keys) and at most `depth` levels. Counting stops at the first cap, so asking is cheap even
    /// for a value whose parts are shared many times over.
    func isWithin(size: Int, depth: Int) -> Bool {
        var remaining = size
        return fits(remaining: &remaining, depth: depth)
    }

    private func fits(remaining: inout Int, depth: Int) -> Bool {
        guard depth > 0 else { return false }
        remaining -= 1
        switch self {
        case .string(let string):
            remaining -= string.utf8.count
        case .list(let elements):
            for element in elements where remaining >= 0 {
                guard element.fits(remaining: &remaining, depth: depth - 1) else { return false }
            }
        case .object(let members):
            for (key, member) in members where remaining >= 0 {
                remaining -= key.utf8.count
                guard member.fits(remaining: &remaining, depth: depth - 1) else { return false }
            }
        case .number, .bool, .null, .unknown:
            break
        }
        return remaining >= 0
    }
}
