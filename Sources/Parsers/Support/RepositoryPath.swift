/// The one reading of a `/`-separated path (as git stores it: no leading slash), for every module.
public enum RepositoryPath {
    /// The last component: `deploy/app/Dockerfile` → `Dockerfile`.
    /// One backward scan of the bytes (trailing slashes skipped): callers ask this of every file of
    /// a folder, so it must not split and allocate the whole path.
    public static func name(of path: String) -> String {
        let bytes = path.utf8
        var end = bytes.endIndex
        while end > bytes.startIndex, bytes[bytes.index(before: end)] == UInt8(ascii: "/") { end = bytes.index(before: end) }
        guard end > bytes.startIndex else { return path }
        var start = end
        while start > bytes.startIndex, bytes[bytes.index(before: start)] != UInt8(ascii: "/") { start = bytes.index(before: start) }
        return start == bytes.startIndex && end == bytes.endIndex ? path : String(decoding: bytes[start..<end], as: UTF8.self)
    }

    /// The parent directory ("" for the root): `deploy/app/Dockerfile` → `deploy/app`.
    public static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return String(path[..<slash])
    }

    /// The names of the folders the path is in: `chart/templates/deploy.yaml` → `chart`, `templates`.
    public static func folders(of path: String) -> [Substring] {
        path.split(separator: "/").dropLast()
    }

    /// `relative` resolved against `directory` (`.` and `..` applied); nil when it climbs out of the repository.
    public static func resolved(_ relative: String, in directory: String) -> String? {
        if relative.hasPrefix("/") { return nil }
        var parts = directory.split(separator: "/").map(String.init)
        for part in relative.split(separator: "/") {
            switch part {
            case ".": continue
            case "..":
                guard !parts.isEmpty else { return nil }
                parts.removeLast()
            default: parts.append(String(part))
            }
        }
        return parts.joined(separator: "/")
    }

    public static func joined(_ directory: String, _ name: String) -> String {
        directory.isEmpty ? name : directory + "/" + name
    }
}
