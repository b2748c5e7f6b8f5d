/// The one reading of a `/`-separated path (as git stores it: no leading slash), for every module.
public enum RepositoryPath {
    /// The last component: `deploy/app/Dockerfile` → `Dockerfile`.
    public static func name(of path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
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
