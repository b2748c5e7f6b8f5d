/// Identities for a construct a file may repeat (the same `curl | sh` in three steps): the nth
/// occurrence of a key is `key#n`, so each keeps its fingerprint when lines move around it.
struct Occurrences {
    private var counts: [String: Int] = [:]

    mutating func identity(of key: String) -> String {
        let count = counts[key, default: 0] + 1
        counts[key] = count
        return "\(key)#\(count)"
    }
}
