import InfragateParsers

/// A MySQL/MariaDB option file (`my.cnf`) as the server reads it: `[group]` headers, `name = value`
/// or a bare `name` (which means on), names with `-` and `_` alike and in any case, `#` or `;`
/// comments, quotes around a value. The last value of a name in the groups a program reads wins.
/// `!include` and `!includedir` read other files where they stand (a folder's `*.cnf` in name order,
/// each file starting outside any group), found in the same revision (`ConfigurationInclude`); what
/// cannot be found is kept in `unfollowed`.
struct MySQLOptions {
    struct Option {
        /// Lower case, `-` written as `_`.
        let name: String
        /// As written, quotes removed (nil for a bare name).
        let value: String?
        let line: Int
        /// Lower case.
        let group: String
        /// The included file it was read from (nil: the file under evaluation).
        var file: String? = nil

        /// Whether the value turns a boolean option on: a bare name, `1`, `ON`, `TRUE` (MySQL's spellings).
        var isOn: Bool {
            guard let value else { return true }
            return ["1", "on", "true", "yes"].contains(value.lowercased())
        }
    }

    /// The groups the server reads (`mysqld`, `server`, their versioned forms, and MariaDB's, whose
    /// server reads `[client-server]` too: Debian's `mariadb.cnf` sets the socket there).
    static let serverGroups: Set<String> = ["mysqld", "server", "mariadb", "mariadbd", "mysqld_safe", "client-server"]

    /// The nesting the client library follows before it stops reading includes.
    static let maximumIncludeDepth = 10

    let options: [Option]
    let unfollowed: [UnfollowedInclude]
    /// The lines of `!include` and `!includedir` that read only files the pack judges by themselves
    /// (`conf.d/*.cnf` in a MySQL folder): what those set counts here, and is reported there.
    let linesReportedElsewhere: Set<Int>
    /// The drop-in under evaluation when this is its main file read whole (`conf.d/tls.cnf` as `my.cnf`
    /// reads it): only what that file sets is reportable, at its own lines; every other line is 0.
    let reportedFile: String?
    /// Every included file read.
    let readFiles: Set<String>

    init(parsing text: String, path: String = "my.cnf", in snapshot: any RepositorySnapshot = EmptySnapshot(),
         judgedAlone: @escaping @Sendable (String) -> Bool = { _ in false }, reportedFile: String? = nil) {
        var reader = Reader(snapshot: snapshot, judgedAlone: judgedAlone, reportedFile: reportedFile)
        reader.read(text, file: nil, rootLine: nil, chain: IncludeChain(root: path, maximumDepth: Self.maximumIncludeDepth))
        options = reader.options
        unfollowed = reader.unfollowed
        linesReportedElsewhere = reportedFile == nil ? reader.includeLines.subtracting(reader.linesJudgedHere) : []
        self.reportedFile = reportedFile
        readFiles = reader.readFiles
    }

    private struct Reader {
        let snapshot: any RepositorySnapshot
        let judgedAlone: @Sendable (String) -> Bool
        let reportedFile: String?
        var readFiles: Set<String> = []
        var options: [Option] = []
        var unfollowed: [UnfollowedInclude] = []
        var includeLines: Set<Int> = []
        var linesJudgedHere: Set<Int> = []

        mutating func read(_ text: String, file: String?, rootLine: Int?, chain: IncludeChain) {
            var group = ""
            for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                let line = rawLine.trimmingWhitespace()
                let lineNumber = index + 1
                guard let first = line.first, first != "#", first != ";" else { continue }
                if first == "!" {
                    include(line, file: file, line: lineNumber, rootLine: rootLine ?? lineNumber, chain: chain)
                    continue
                }
                if first == "[" {
                    group = String(line.dropFirst().prefix { $0 != "]" }.trimmingWhitespace()).lowercased()
                    continue
                }
                let uncommented = MySQLOptions.withoutComment(line)
                let parts = uncommented.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
                let written = String(parts[0].trimmingWhitespace().lowercased().map { $0 == "-" ? "_" : $0 })
                guard !written.isEmpty else { continue }
                let value = parts.count > 1 ? MySQLOptions.unquoted(parts[1].trimmingWhitespace()) : nil
                let (name, effectiveValue) = MySQLOptions.canonical(written, value)
                let reportedLine = reportedFile.map { file == $0 ? lineNumber : 0 } ?? rootLine ?? lineNumber
                options.append(Option(name: name, value: effectiveValue, line: reportedLine, group: group, file: file))
            }
        }

        /// `!include path` or `!includedir path`; another `!` word is not an include and is skipped, as the library skips it.
        private mutating func include(_ line: Substring, file: String?, line lineNumber: Int, rootLine: Int, chain: IncludeChain) {
            let directive = line.prefix { !$0.isWhitespace }.lowercased()
            let target: ConfigurationInclude.Target
            switch directive {
            case "!include": target = .file
            case "!includedir": target = .directory(suffixes: [".cnf"])
            default: return
            }
            let written = String(line.dropFirst(directive.count).trimmingWhitespace())
            includeLines.insert(rootLine)
            func notFollowed(_ reason: String) {
                if file == nil { linesJudgedHere.insert(rootLine) }
                unfollowed.append(UnfollowedInclude(file: file, line: lineNumber, rootLine: rootLine, written: written, reason: reason))
            }
            switch ConfigurationInclude(snapshot: snapshot).resolve(written, as: target, from: chain.files[chain.files.count - 1]) {
            case .outsideRepository:
                notFollowed("no file of the repository stands for it")
            case .files(let paths):
                for path in paths {
                    if let refusal = chain.refusal(toRead: path) {
                        notFollowed(refusal)
                    } else if let text = snapshot.text(at: path) {
                        readFiles.insert(path)
                        if file == nil, !judgedAlone(path) { linesJudgedHere.insert(rootLine) }
                        read(text, file: path, rootLine: rootLine, chain: chain.entering(path))
                    } else {
                        notFollowed("`\(path)` is not readable text")
                    }
                }
            }
        }
    }

    /// Whether the file configures the server at all (a client-only file says nothing about it).
    var configuresServer: Bool { options.contains { Self.isServerGroup($0.group) } }

    /// The value the server reads for `name`: the last one in its groups.
    func server(_ name: String) -> Option? {
        options.last { $0.name == name && Self.isServerGroup($0.group) }
    }

    static func isServerGroup(_ group: String) -> Bool {
        serverGroups.contains(group) || serverGroups.contains { group.hasPrefix($0 + "-") }
    }

    /// Options whose own name starts with `skip_`, which is not then the negating prefix.
    private static let namesStartingWithSkip: Set<String> = [
        "skip_grant_tables", "skip_networking", "skip_name_resolve", "skip_show_database", "skip_external_locking",
        "skip_slave_start", "skip_replica_start", "skip_symbolic_links", "skip_log_bin", "skip_ssl",
    ]

    /// The option as the server takes it: `loose_` marks an option it may not know; `enable_x` turns x
    /// on, `disable_x` and `skip_x` turn it off (MySQL's option prefixes).
    fileprivate static func canonical(_ name: String, _ value: String?) -> (String, String?) {
        var name = name
        if name.hasPrefix("loose_") { name.removeFirst("loose_".count) }
        if name.hasPrefix("enable_") { return (String(name.dropFirst("enable_".count)), value ?? "1") }
        if name.hasPrefix("disable_") { return (String(name.dropFirst("disable_".count)), "0") }
        if name.hasPrefix("skip_"), !namesStartingWithSkip.contains(name) { return (String(name.dropFirst("skip_".count)), "0") }
        return (name, value)
    }

    /// A `#` after the value starts a comment, outside quotes.
    fileprivate static func withoutComment(_ line: Substring) -> Substring {
        var quote: Character?
        for index in line.indices {
            let character = line[index]
            if let open = quote {
                if character == open { quote = nil }
            } else if character == "\"" || character == "'" {
                quote = character
            } else if character == "#" {
                return line[..<index]
            }
        }
        return line
    }

    fileprivate static func unquoted(_ value: Substring) -> String {
        if value.count >= 2, let first = value.first, first == value.last, first == "\"" || first == "'" {
            return String(value.dropFirst().dropLast())
        }
        return String(value)
    }
}

private extension Substring {
    func trimmingWhitespace() -> Substring {
        let start = firstIndex { !$0.isWhitespace } ?? endIndex
        let end = lastIndex { !$0.isWhitespace }.map(index(after:)) ?? start
        return self[start..<end]
    }
}
