/// A `postgresql.conf` as the server reads it: `name = value` (the `=` optional), names in any case,
/// values bare or in single quotes (`''` is a quote inside), `#` outside quotes starting a comment. The
/// last line of a name wins. `include`, `include_if_exists` and `include_dir` name other files and are
/// not followed; settings from `ALTER SYSTEM` (`postgresql.auto.conf`) and `-c` flags are not seen.
struct PostgreSQLSettings {
    struct Setting {
        /// Lower case.
        let name: String
        let value: String
        let line: Int

        /// PostgreSQL's boolean spellings: `on`, `true`, `yes`, `1`, or a prefix of them (`t`, `y`, `o`n).
        var isOn: Bool { ["on", "true", "yes", "1", "t", "y"].contains(value.lowercased()) }
        var isOff: Bool { ["off", "false", "no", "0", "f", "n"].contains(value.lowercased()) }
    }

    let settings: [Setting]

    init(parsing text: String) {
        settings = text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().compactMap { index, line in
            Self.setting(in: line, line: index + 1)
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
        let lowered = name.lowercased()
        guard !["include", "include_if_exists", "include_dir"].contains(lowered) else { return nil }
        return Setting(name: lowered, value: value, line: number)
    }
}
