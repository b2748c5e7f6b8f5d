/// Turns blob bytes into text a parser may read, or says why it cannot.
enum FileContent {
    case text(String)
    case binary
    case notUTF8

    /// Git and most tools call a file binary when a NUL byte appears in its first 8,000 bytes.
    init(bytes: [UInt8]) {
        if bytes.prefix(8_000).contains(0) {
            self = .binary
            return
        }
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        guard let text = String(validating: body, as: UTF8.self) else {
            self = .notUTF8
            return
        }
        self = .text(text)
    }
}

/// A snapshot that can hand out a file's bytes as stored (a packaged Helm chart), within its size limit.
protocol FileBytes {
    func bytes(at path: String) -> [UInt8]?
}
