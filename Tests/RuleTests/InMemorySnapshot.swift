import InfragateRules

/// A repository revision held in memory, for rules that look beyond the file under evaluation.
struct InMemorySnapshot: RepositorySnapshot {
    let files: [String: String]

    func filePaths(in directory: String) -> [String] {
        files.keys.filter { path in
            let parent = path.split(separator: "/").dropLast().joined(separator: "/")
            return parent == directory
        }.sorted()
    }

    func allFilePaths() -> [String] { files.keys.sorted() }
    func text(at path: String) -> String? { files[path] }
}
