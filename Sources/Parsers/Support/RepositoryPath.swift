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
}
