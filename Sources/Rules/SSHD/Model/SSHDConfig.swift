import InfragateParsers

/// An `sshd_config` as sshd reads it (sshd_config(5)): keywords case-insensitive, `Keyword value` or
/// `Keyword=value`, double-quoted arguments, `#` starting a comment at the start of a word, and for
/// each keyword the first value obtained wins. Lines after a `Match` (up to the next one) override the
/// global section for the connections it matches, the first satisfied block winning; `Match all`
/// matches every connection. `Include` reads its files (glob patterns, relative ones under
/// `/etc/ssh`) where it stands, as sshd does, so a drop-in read before a setting decides it; the files
/// are found in the same revision (`ConfigurationInclude`), and what cannot be found is kept in
/// `unfollowed`. Linear in the text of the files read.
struct SSHDConfig {
    struct Directive {
        /// Lower case.
        let keyword: String
        let arguments: [String]
        /// The `Match` criteria of its block, as written (nil: the global section; `all`: every connection).
        let match: String?
        /// The included file it was read from (nil: the root file).
        let file: String?
        /// Its line in its own file.
        let line: Int
        /// The root file's line that leads to it: its own line, or the `Include` that read its file.
        let rootLine: Int

        /// The first argument, lower case: how sshd compares `yes`, `no` and the other words.
        var value: String { arguments.first?.lowercased() ?? "" }
    }

    /// sshd's limit on nested includes (`SERVCONF_MAX_DEPTH`).
    static let maximumIncludeDepth = 16
    /// Where sshd resolves a relative `Include`.
    static let serverFolder = "/etc/ssh"

    let directives: [Directive]
    /// The root is a drop-in of `sshd_config.d/` with no main file in the revision: a fragment, so
    /// what it leaves unset is decided elsewhere.
    let isDropIn: Bool
    /// The drop-in the findings are for when it is judged as its main file reads it (nil: the root file).
    let reportedFile: String?
    let unfollowed: [UnfollowedInclude]

    /// Parses `text` (the file at `path`) with no includes followed beyond what `snapshot` holds.
    init(parsing text: String, path: String = "sshd_config", isDropIn: Bool = false, reportedFile: String? = nil,
         in snapshot: any RepositorySnapshot = EmptySnapshot()) {
        self.isDropIn = isDropIn
        self.reportedFile = reportedFile
        var reader = Reader(snapshot: snapshot)
        reader.read(text, file: nil, rootLine: nil, match: nil, chain: IncludeChain(root: path, maximumDepth: Self.maximumIncludeDepth))
        directives = reader.directives
        unfollowed = reader.unfollowed
        readFiles = reader.readFiles
    }

    /// The included files that were read.
    let readFiles: Set<String>

    /// The includes not followed that the file under evaluation names (or leads to), at the line
    /// to report them, as `reportedLine(of:)` places directives.
    var reportedUnfollowed: [UnfollowedInclude] {
        unfollowed.compactMap { include in
            let line: Int?
            if let reportedFile { line = include.file == reportedFile ? include.line : nil }
            else if let file = include.file { line = SSHDPack.recognises(path: file) ? nil : include.rootLine }
            else { line = include.line }
            return line.map { UnfollowedInclude(file: include.file, line: $0, rootLine: include.rootLine, written: include.written, reason: include.reason) }
        }
    }

    /// The line of the file under evaluation to report `directive` at, or nil when it is another
    /// file's to report: a drop-in the pack judges reports its own lines; a file it does not judge
    /// (an `Include`d `hardening.conf`) is reported at the root's `Include` line.
    func reportedLine(of directive: Directive) -> Int? {
        if let reportedFile { return directive.file == reportedFile ? directive.line : nil }
        guard let file = directive.file else { return directive.line }
        return SSHDPack.recognises(path: file) ? nil : directive.rootLine
    }

    /// Whether the findings include what sshd's built-in defaults decide: only for a whole configuration.
    var judgesDefaults: Bool { reportedFile == nil && !isDropIn }

    /// Where a directive of another file came from, for a message: ` (read from `x.conf` line 3)`.
    func origin(of directive: Directive) -> String {
        guard let file = directive.file, reportedFile == nil else { return "" }
        return " (read from `\(file)` line \(directive.line))"
    }

    /// The directive that decides `keyword` for a connection no conditional `Match` block matches:
    /// the first under a `Match all`, else the first of the global section (nil: the built-in default).
    func everyone(_ keyword: String) -> Directive? {
        directives.first { $0.match?.lowercased() == "all" && $0.keyword == keyword }
            ?? directives.first { $0.match == nil && $0.keyword == keyword }
    }

    /// The first directive for `keyword` in each conditional `Match` block: what it decides for the
    /// connections that block matches.
    func conditional(_ keyword: String) -> [Directive] {
        var seenBlocks = Set<String>()
        return directives.filter { directive in
            guard directive.keyword == keyword, let match = directive.match, match.lowercased() != "all" else { return false }
            return seenBlocks.insert(match).inserted
        }
    }

    private struct Reader {
        let snapshot: any RepositorySnapshot
        var directives: [Directive] = []
        var unfollowed: [UnfollowedInclude] = []
        var readFiles: Set<String> = []

        /// Reads one file. `match` is the block the `Include` stood in: sshd restores it after the
        /// included file, whose own `Match` lines last to its end.
        mutating func read(_ text: String, file: String?, rootLine: Int?, match outerMatch: String?, chain: IncludeChain) {
            var match = outerMatch
            for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                let words = ConfigurationWords.split(line, comments: .atWordStart)
                guard var keyword = words.first?.lowercased() else { continue }
                var arguments = Array(words.dropFirst())
                // `Keyword=value`: the first `=` separates, as sshd's parser allows.
                if let equals = keyword.firstIndex(of: "=") {
                    let rest = String(words[0][words[0].index(after: words[0].firstIndex(of: "=")!)...])
                    keyword = String(keyword[..<equals])
                    arguments = (rest.isEmpty ? [] : [rest]) + arguments
                } else if arguments.first == "=" {
                    arguments.removeFirst()
                } else if let first = arguments.first, first.hasPrefix("=") {
                    arguments[0] = String(first.dropFirst())
                }
                let lineNumber = index + 1
                let leadingLine = rootLine ?? lineNumber
                if keyword == "match" {
                    let criteria = arguments.joined(separator: " ")
                    match = criteria.lowercased() == "all" ? "all" : criteria
                    continue
                }
                if keyword == "include" {
                    for pattern in arguments {
                        include(pattern, from: chain, file: file, line: lineNumber, rootLine: leadingLine, match: match)
                    }
                    continue
                }
                directives.append(Directive(keyword: keyword, arguments: arguments, match: match, file: file, line: lineNumber, rootLine: leadingLine))
            }
        }

        private mutating func include(_ pattern: String, from chain: IncludeChain, file: String?, line: Int, rootLine: Int, match: String?) {
            func notFollowed(_ reason: String) {
                unfollowed.append(UnfollowedInclude(file: file, line: line, rootLine: rootLine, written: pattern, reason: reason))
            }
            let including = chain.files[chain.files.count - 1]
            switch ConfigurationInclude(snapshot: snapshot).resolve(pattern, as: .pattern, from: including, relativeTo: SSHDConfig.serverFolder) {
            case .outsideRepository:
                notFollowed("no file of the repository stands for it")
            case .files(let paths):
                for path in paths {
                    if let refusal = chain.refusal(toRead: path) {
                        notFollowed(refusal)
                    } else if let text = snapshot.text(at: path) {
                        readFiles.insert(path)
                        read(text, file: path, rootLine: rootLine, match: match, chain: chain.entering(path))
                    } else {
                        notFollowed("`\(path)` is not readable text")
                    }
                }
            }
        }
    }
}
