/// A Git LFS pointer file (https://github.com/git-lfs/git-lfs/blob/main/docs/spec.md): what the
/// repository holds in place of a file whose content git-lfs keeps elsewhere.
enum LFSPointer {
    /// The spec's first line; `hawser` is the name git-lfs had before 1.0, still accepted by its parser.
    private static let versionLines = ["version https://git-lfs.github.com/spec/v1\n", "version https://hawser.github.com/spec/v1\n"]
        .map { Array($0.utf8) }

    /// git-lfs reads at most 1024 bytes as a pointer and needs the version line first and an `oid` key.
    static func isPointer(_ bytes: [UInt8]) -> Bool {
        guard bytes.count < 1_024, versionLines.contains(where: { bytes.starts(with: $0) }) else { return false }
        return String(decoding: bytes, as: UTF8.self).split(separator: "\n").contains { $0.hasPrefix("oid sha256:") }
    }
}
