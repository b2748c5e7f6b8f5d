import InfragateParsers

/// The jobs and hidden templates of the files a pipeline file pulls in with `include: local:` (or a
/// bare path), followed through their own includes: GitLab merges them into one configuration before
/// it resolves `extends` and `!reference`, so a job's `when: manual` or `rules:` may come from another
/// file. A file the root pipeline includes also sees the root's and the other included files' jobs.
/// A cycle, more than 150 includes or 100 levels (which GitLab refuses) and an included file the gate
/// cannot read are a problem at the include that leads to it: the templates it would bring are
/// unknown, so the file is not judged completely. A missing file is not: GitLab runs no such pipeline.
struct IncludedJobs {
    static let maximumIncludes = GitLabLocalIncludes.maximumIncludes
    static let maximumDepth = 100

    /// Job name → its configuration as written in the including file, lines of that file.
    private(set) var jobs: [String: YAMLNode] = [:]
    private(set) var problems: [ParseProblem] = []

    private struct Include {
        let pattern: String
        let line: Int
    }

    /// A parsed included file: its jobs, and its local includes.
    private struct IncludedFile {
        let jobs: [YAMLEntry]
        let includes: [Include]
    }

    init(of path: String, documents: [YAMLDocument], in snapshot: any RepositorySnapshot) {
        var visited: Set<String> = [path]
        var budget = Self.maximumIncludes
        for include in Self.includes(in: documents) {
            var chain = [path]
            if let problem = collect(include, chain: &chain, visited: &visited, budget: &budget, in: snapshot) {
                problems.append(ParseProblem(line: include.line, message: problem))
            }
        }
        // An included file shares the whole pipeline's templates; problems there are the root's to report.
        guard !GitLabLocalIncludes.rootFiles.contains(path), GitLabLocalIncludes.paths(in: snapshot).contains(path) else { return }
        for root in GitLabLocalIncludes.rootFiles where visited.insert(root).inserted {
            guard let file = Self.parsed(root, in: snapshot) else { continue }
            add(file.jobs)
            for include in file.includes {
                var chain = [root]
                _ = collect(include, chain: &chain, visited: &visited, budget: &budget, in: snapshot)
            }
        }
    }

    /// Depth first through one include; the first problem met on the way, if any.
    private mutating func collect(
        _ include: Include, chain: inout [String], visited: inout Set<String>, budget: inout Int, in snapshot: any RepositorySnapshot
    ) -> String? {
        // A variable GitLab expands names a file that cannot be known here.
        guard !include.pattern.contains("$") else { return nil }
        let relative = String(include.pattern.drop { $0 == "/" })
        let paths: [String]
        if relative.contains("*") || relative.contains("?") {
            paths = GitLabLocalIncludes.matches(of: relative, in: snapshot)
        } else {
            // A missing file makes GitLab refuse the pipeline, so nothing runs; one GitLab reads but the
            // gate cannot is a file it would run unjudged.
            guard snapshot.text(at: relative) != nil else {
                let listed = snapshot.fileNames(in: RepositoryPath.directory(of: relative)).contains(RepositoryPath.name(of: relative))
                return listed ? "the included `\(relative)` cannot be read (binary, not UTF-8 or over the size limit), so the templates it defines are unknown" : nil
            }
            paths = [relative]
        }
        var firstProblem: String?
        for path in paths {
            if chain.contains(path) {
                firstProblem = firstProblem ?? "include cycle \((chain + [path]).map { "`\($0)`" }.joined(separator: " → ")): GitLab refuses such a pipeline"
                continue
            }
            guard visited.insert(path).inserted else { continue }
            budget -= 1
            guard budget >= 0 else {
                return "more than \(Self.maximumIncludes) files are included: GitLab refuses such a pipeline, and the templates past the limit are unknown"
            }
            guard chain.count <= Self.maximumDepth else {
                return "includes nest more than \(Self.maximumDepth) levels deep: GitLab refuses such a pipeline, and the templates below are unknown"
            }
            guard let file = Self.parsed(path, in: snapshot) else { continue }
            add(file.jobs)
            chain.append(path)
            for nested in file.includes {
                if let problem = collect(nested, chain: &chain, visited: &visited, budget: &budget, in: snapshot) {
                    firstProblem = firstProblem ?? problem
                }
            }
            chain.removeLast()
        }
        return firstProblem
    }

    /// The first definition of a name wins: files are read in include order, nearest first.
    private mutating func add(_ entries: [YAMLEntry]) {
        for entry in entries where jobs[entry.key] == nil { jobs[entry.key] = entry.value }
    }

    /// Parsed once per run: every file of the pipeline asks for the others.
    private static func parsed(_ path: String, in snapshot: any RepositorySnapshot) -> IncludedFile? {
        snapshot.shared("gitlab-included-jobs:" + path) {
            snapshot.text(at: path).map { text in
                let documents = YAMLParser.parse(text, dialect: .gitLab).documents
                let jobs = documents.flatMap { document in
                    document.root.entries.filter { !Pipeline.globalKeywords.contains($0.key) && $0.value.isMapping }
                }
                return IncludedFile(jobs: jobs, includes: includes(in: documents))
            }
        }
    }

    /// `include: path`, `include: {local: path}` and lists of them; a bare string is local unless it is a URL.
    private static func includes(in documents: [YAMLDocument]) -> [Include] {
        documents.flatMap { document -> [Include] in
            guard let include = document.root["include"] else { return [] }
            return (include.isSequence ? include.items : [include]).compactMap { item in
                if let path = item.string { return path.contains("://") ? nil : Include(pattern: path, line: item.line) }
                return item.entry("local").flatMap { local in local.value.string.map { Include(pattern: $0, line: local.keyLine) } }
            }
        }
    }
}
