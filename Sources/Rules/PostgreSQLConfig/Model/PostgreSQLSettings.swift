import InfragateParsers

/// A `postgresql.conf` as the server reads it: `name = value` (the `=` optional), names in any case,
/// values bare or in single quotes (`''` is a quote inside), `#` outside quotes starting a comment. The
/// last line of a name wins. `include`, `include_if_exists` and `include_dir` read other files where
/// they stand (relative paths from the including file's folder, a folder's `*.conf` in name order),
/// found in the same revision (`ConfigurationInclude`); what cannot be found is kept in `unfollowed`.
/// Settings from `ALTER SYSTEM` (`postgresql.auto.conf`) and `-c` flags are not seen.
struct PostgreSQLSettings {
    struct Setting {
        /// Lower case.
        let name: String
        let value: String
        /// The line of the file under evaluation that sets it: its own line, or the include that read it.
        let line: Int
        /// The included file it was read from (nil: the file under evaluation) and its line there.
        var file: String? = nil
        var fileLine: Int? = nil

        /// Where an included setting came from, for a message: ` (read from `conf.d/ssl.conf` line 3)`.
        var origin: String {
            guard let file, let fileLine else { return "" }
            return " (read from `\(file)` line \(fileLine))"
        }

        /// PostgreSQL's boolean spellings: `on`, `true`, `yes`, `1`, or a prefix of them (`t`, `y`, `o`n).
        var isOn: Bool { ["on", "true", "yes", "1", "t", "y"].contains(value.lowercased()) }
        var isOff: Bool { ["off", "false", "no", "0", "f", "n"].contains(value.lowercased()) }
    }

    /// PostgreSQL's limit on nested configuration files (`CONF_FILE_MAX_DEPTH`).
    static let maximumIncludeDepth = 10

    let settings: [Setting]
    let unfollowed: [UnfollowedInclude]

    init(parsing text: String, path: String = "postgresql.conf", in snapshot: any RepositorySnapshot = EmptySnapshot()) {
        var reader = Reader(snapshot: snapshot)
        reader.read(text, file: nil, rootLine: nil, chain: IncludeChain(root: path, maximumDepth: Self.maximumIncludeDepth))
        settings = reader.settings
        unfollowed = reader.unfollowed
    }

    private struct Reader {
        let snapshot: any RepositorySnapshot
        var settings: [Setting] = []
        var unfollowed: [UnfollowedInclude] = []

        mutating func read(_ text: String, file: String?, rootLine: Int?, chain: IncludeChain) {
            for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                guard let setting = PostgreSQLSettings.setting(in: line, line: index + 1) else { continue }
                let leadingLine = rootLine ?? setting.line
                let target: ConfigurationInclude.Target
                switch setting.name {
                case "include", "include_if_exists": target = .file
                case "include_dir": target = .directory(suffixes: [".conf"])
                default:
                    settings.append(file == nil ? setting : Setting(name: setting.name, value: setting.value, line: leadingLine, file: file, fileLine: setting.line))
                    continue
                }
                let including = chain.files[chain.files.count - 1]
                func notFollowed(_ reason: String) {
                    unfollowed.append(UnfollowedInclude(file: file, line: setting.line, rootLine: leadingLine, written: setting.value, reason: reason))
                }
                switch ConfigurationInclude(snapshot: snapshot).resolve(setting.value, as: target, from: including) {
                case .outsideRepository:
                    notFollowed(setting.name == "include_if_exists"
                        ? "no file of the repository stands for it (the server skips it when missing, reads it when present)"
                        : "no file of the repository stands for it")
                case .files(let paths):
                    for path in paths {
                        if let refusal = chain.refusal(toRead: path) {
                            notFollowed(refusal)
                        } else if let included = snapshot.text(at: path) {
                            read(included, file: path, rootLine: leadingLine, chain: chain.entering(path))
                        } else {
                            notFollowed("`\(path)` is not readable text")
                        }
                    }
                }
            }
        }
    }

    /// The value the server uses for `name`: the last line setting it.
    func value(_ name: String) -> Setting? {
        settings.last { $0.name == name }
    }

    private static func setting(in line: Substring, line number: Int) -> Setting? {
        var rest = line.drop { $0 == " " || $0 == "\t" }
        let name = rest.prefix { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "." }
        guard !name.isEmpty, !name.hasPrefix("#") else { return nil }
        rest = rest.dropFirst(name.count).drop { $0 == " " || $0 == "\t" }
        if rest.first == "=" { rest = rest.dropFirst().drop { $0 == " " || $0 == "\t" } }
        var value = ""
        if rest.first == "'" {
            var characters = rest.dropFirst()
            while let character = characters.first {
                characters = characters.dropFirst()
                if character == "'" {
                    guard characters.first == "'" else { break }
                    characters = characters.dropFirst()
                }
                value.append(character)
            }
        } else {
            value = String(rest.prefix { $0 != "#" && $0 != " " && $0 != "\t" && $0 != "\r" })
        }
        return Setting(name: name.lowercased(), value: value, line: number)
    }
}
