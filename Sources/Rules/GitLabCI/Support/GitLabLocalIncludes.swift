import InfragateParsers

/// The files a revision's `.gitlab-ci.yml` pulls in with `include: local:` (directly or through
/// included files), which GitLab runs as pipeline configuration whatever their names: naming a
/// pipeline `ci/build.yml` must not take it out of the GitLab CI pack's sight.
public enum GitLabLocalIncludes {
    public static let rootFiles = [".gitlab-ci.yml", ".gitlab-ci.yaml"]
    /// GitLab's own limit on includes per pipeline; a longer chain is not a pipeline it would run.
    static let maximumIncludes = 150

    /// Remembered per revision: every changed YAML file asks.
    public static func paths(in snapshot: any RepositorySnapshot) -> Set<String> {
        snapshot.shared("gitlab-local-includes") { collect(in: snapshot) }
    }

    private static func collect(in snapshot: any RepositorySnapshot) -> Set<String> {
        var included = Set<String>()
        var pending = rootFiles.filter { snapshot.text(at: $0) != nil }
        var visited = Set(pending)
        var budget = maximumIncludes
        while let file = pending.popLast(), budget > 0 {
            guard let text = snapshot.text(at: file) else { continue }
            for pattern in localIncludes(in: text) {
                budget -= 1
                for path in matches(of: pattern, in: snapshot) where visited.insert(path).inserted {
                    included.insert(path)
                    pending.append(path)
                }
                if budget == 0 { break }
            }
        }
        return included
    }

    /// `include: path`, `include: [path, {local: path}]` and `include: {local: path}`; a bare
    /// string is local unless it is a URL. `include: {project:, file:}` names files of another
    /// project, or of this one (`project: $CI_PROJECT_PATH`, a two-step way to run an unjudged file):
    /// this repository's file of that path is taken too, which at worst judges one YAML file more.
    /// `include: {component: HOST/PROJECT/NAME@VERSION}` likewise: the project may be this one
    /// (`$CI_SERVER_FQDN/$CI_PROJECT_PATH/NAME@$CI_COMMIT_SHA`), so this repository's component of that
    /// name is taken (see `componentTemplates`). Remote and template includes name no file of this repository.
    public static func localIncludes(in text: String) -> [String] {
        YAMLParser.parse(text, dialect: .gitLab).documents.flatMap { document -> [String] in
            guard let include = document.root["include"] else { return [] }
            let items = include.isSequence ? include.items : [include]
            return items.flatMap { item -> [String] in
                if let path = item.string { return path.contains("://") ? [] : [path] }
                if let local = item["local"]?.string { return [local] }
                if let component = item["component"]?.string { return componentTemplates(component) }
                guard item["project"] != nil, let file = item["file"] else { return [] }
                return file.string.map { [$0] } ?? file.items.compactMap(\.string)
            }
        }
    }

    /// The files a component reference may name in this repository: GitLab reads component NAME from
    /// `templates/NAME.yml` or `templates/NAME/template.yml`. A name GitLab fills in from a variable
    /// cannot be known here, so every component of the repository is taken: judging more, never less.
    public static func componentTemplates(_ reference: String) -> [String] {
        let path = reference.split(separator: "@", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? reference
        guard let name = path.split(separator: "/").last.map(String.init), !name.isEmpty else { return [] }
        let stem = name.contains("$") || name.contains("*") || name.contains("?") ? "*" : name
        return ["yml", "yaml"].flatMap { suffix in ["templates/\(stem).\(suffix)", "templates/\(stem)/template.\(suffix)"] }
    }

    /// Paths are relative to the repository root, with or without a leading `/`; `*` matches
    /// within a folder and `**` across folders, so a wildcard matches at least what GitLab does.
    static func matches(of pattern: String, in snapshot: any RepositorySnapshot) -> [String] {
        let relative = String(pattern.drop { $0 == "/" })
        guard relative.contains("*") || relative.contains("?") else {
            return snapshot.text(at: relative) == nil ? [] : [relative]
        }
        let wildcard = Array(relative.utf8)
        return snapshot.allFilePaths().filter { matches(Array($0.utf8), wildcard) }
    }

    /// Wildcard matching by dynamic programming over (path, pattern) positions: O(path × pattern),
    /// never exponential whatever the pattern. Not the policy's `Glob`: GitLab's `**` crosses folders
    /// even inside a name (`configs/**.yml`), where gitignore's only does as a whole segment.
    public static func matches(_ path: [UInt8], _ pattern: [UInt8]) -> Bool {
        let slash = UInt8(ascii: "/"), star = UInt8(ascii: "*"), question = UInt8(ascii: "?")
        // reachable[i]: the pattern so far can match the first i bytes of the path.
        var reachable = [Bool](repeating: false, count: path.count + 1)
        reachable[0] = true
        var index = 0
        while index < pattern.count {
            var next = [Bool](repeating: false, count: path.count + 1)
            if pattern[index] == star {
                let crossesFolders = index + 1 < pattern.count && pattern[index + 1] == star
                var carried = false
                for position in 0...path.count {
                    carried = carried || reachable[position]
                    next[position] = carried
                    if position < path.count, !crossesFolders, path[position] == slash { carried = false }
                }
                index += crossesFolders ? 2 : 1
                // `**/` also matches no folder at all.
                if crossesFolders, index < pattern.count, pattern[index] == slash {
                    var skipped = [Bool](repeating: false, count: path.count + 1)
                    for position in 0..<path.count where next[position] && path[position] == slash { skipped[position + 1] = true }
                    for position in 0...path.count where reachable[position] { skipped[position] = true }
                    next = skipped
                    index += 1
                }
            } else {
                for position in 0..<path.count where reachable[position] {
                    let byte = pattern[index]
                    if byte == path[position] || (byte == question && path[position] != slash) { next[position + 1] = true }
                }
                index += 1
            }
            reachable = next
        }
        return reachable[path.count]
    }
}
