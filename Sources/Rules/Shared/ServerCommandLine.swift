import InfragateParsers

/// What a database or cache server is told on its command line (a Compose `command`, a container's
/// `command`/`args`, a Dockerfile `CMD`), read as the server reads its flags: `postgres -c ssl=off`
/// or `--ssl=off`, `mysqld --skip-grant-tables` with MySQL's option prefixes (`skip-`, `loose-`,
/// `-` and `_` alike), `redis-server --protected-mode no`. A flag overrides the configuration file,
/// so a setting turned off here is off whatever the file says. The server is found where a command
/// starts (the first word, or after `&&`, `;`, `|`, `exec`, the images' `docker-entrypoint.sh`),
/// inside `sh -c` scripts too; words that start with `-` run the server the image names (the
/// official images' entrypoints prepend it). Only what the flags say explicitly is reported.
enum ServerCommandLine {
    struct Word {
        let text: String
        let line: Int
    }

    struct Problem {
        let line: Int
        /// The flag as the message shows it (`-c ssl=off`); a password is never part of it.
        let flag: String
        let server: String
        let why: String
    }

    enum Server: String {
        case postgres, mysqld, redis = "redis-server"

        init?(program: String) {
            switch RepositoryPath.name(of: program) {
            case "postgres": self = .postgres
            case "mysqld", "mariadbd", "mysqld_safe", "mariadbd-safe": self = .mysqld
            case "redis-server": self = .redis
            default: return nil
            }
        }

        /// The server an official image runs when the command is only flags.
        init?(image: ImageReference) {
            switch RepositoryPath.name(of: image.repository) {
            case "postgres", "postgis": self = .postgres
            case "mysql", "mariadb", "percona-server": self = .mysqld
            case "redis", "valkey": self = .redis
            default: return nil
            }
        }
    }

    static func problems(in words: [Word], image: ImageReference?) -> [Problem] {
        let words = expandingShellScripts(words)
        var found: [Problem] = []
        var start = 0
        // Each command of the line, from its start to the next separator.
        while start < words.count {
            let end = words[start...].firstIndex { separators.contains($0.text) } ?? words.count
            found += problems(inCommand: Array(words[start..<end]), image: start == 0 ? image : nil)
            start = end + 1
        }
        return found
    }

    private static let separators: Set<String> = ["&&", "||", ";", "|", "&", "\n"]
    private static let shells: Set<String> = ["sh", "bash", "ash", "dash", "zsh"]

    private static func problems(inCommand command: [Word], image: ImageReference?) -> [Problem] {
        var command = command[...]
        while let first = command.first, first.text == "exec" || RepositoryPath.name(of: first.text).hasPrefix("docker-entrypoint") {
            command = command.dropFirst()
        }
        guard let first = command.first else { return [] }
        if let server = Server(program: first.text) { return problems(of: server, flags: Array(command.dropFirst())) }
        if first.text.hasPrefix("-"), let image, let server = Server(image: image) { return problems(of: server, flags: Array(command)) }
        return []
    }

    /// `sh -c 'script'`: the script's words in place of the shell, separators kept, a `;` glued
    /// to a word split off.
    private static func expandingShellScripts(_ words: [Word]) -> [Word] {
        var result: [Word] = []
        var index = 0
        while index < words.count {
            let word = words[index]
            if shells.contains(RepositoryPath.name(of: word.text)), index + 2 < words.count,
               words[index + 1].text.hasPrefix("-"), words[index + 1].text.hasSuffix("c") {
                let script = words[index + 2]
                for line in script.text.split(separator: "\n") {
                    for text in ConfigurationWords.split(line, comments: .atWordStart, singleQuotes: true, escapes: true) {
                        if text.count > 1, text.hasSuffix(";") {
                            result += [Word(text: String(text.dropLast()), line: script.line), Word(text: ";", line: script.line)]
                        } else {
                            result.append(Word(text: text, line: script.line))
                        }
                    }
                    result.append(Word(text: "\n", line: script.line))
                }
                index += 3
                continue
            }
            result.append(word)
            index += 1
        }
        return result
    }

    private static func problems(of server: Server, flags: [Word]) -> [Problem] {
        switch server {
        case .postgres: return postgresProblems(flags)
        case .mysqld: return mysqlProblems(flags)
        case .redis: return redisProblems(flags)
        }
    }

    /// `-c name=value`, `-cname=value` and `--name=value`, `-` in a name read as `_`.
    private static func postgresProblems(_ flags: [Word]) -> [Problem] {
        var problems: [Problem] = []
        var index = 0
        while index < flags.count {
            let word = flags[index]
            var assignment: String?
            var line = word.line
            if word.text == "-c", index + 1 < flags.count {
                assignment = flags[index + 1].text
                line = flags[index + 1].line
                index += 1
            } else if word.text.hasPrefix("-c") {
                assignment = String(word.text.dropFirst(2))
            } else if word.text.hasPrefix("--") {
                assignment = String(word.text.dropFirst(2))
            }
            index += 1
            guard let assignment, let equals = assignment.firstIndex(of: "=") else { continue }
            let name = assignment[..<equals].lowercased().replacingOccurrences(of: "-", with: "_")
            let value = String(assignment[assignment.index(after: equals)...])
            let setting = PostgreSQLSettings.Setting(name: name, value: value, line: line)
            let why: String? = switch name {
            case "ssl" where setting.isOff: "no connection can be encrypted"
            case "password_encryption" where value.lowercased() == "md5": "new passwords are stored as MD5 hashes, which leak and replay"
            case "ssl_min_protocol_version" where ["tlsv1", "tlsv1.1"].contains(value.lowercased()): "clients may negotiate TLS 1.0 or 1.1"
            default: nil
            }
            if let why { problems.append(Problem(line: line, flag: "-c \(name)=\(value)", server: "postgres", why: why)) }
        }
        return problems
    }

    /// Long options read as an option file's `[mysqld]` group reads them (one per line), so the
    /// prefixes and spellings are MySQL's own.
    private static func mysqlProblems(_ flags: [Word]) -> [Problem] {
        let options = flags.filter { $0.text.hasPrefix("--") }
        let text = "[mysqld]\n" + options.map { String($0.text.dropFirst(2)) }.joined(separator: "\n")
        let parsed = MySQLOptions(parsing: text)
        var problems: [Problem] = []
        func report(_ name: String, _ why: String, when isProblem: (MySQLOptions.Option) -> Bool) {
            guard let option = parsed.server(name), isProblem(option) else { return }
            let word = options[option.line - 2]
            problems.append(Problem(line: word.line, flag: word.text, server: "mysqld", why: why))
        }
        report("skip_grant_tables", "every client connects with every privilege and no password") { $0.isOn }
        report("require_secure_transport", "clients may connect without TLS") { !$0.isOn }
        report("skip_ssl", "the server cannot encrypt any connection") { $0.isOn }
        report("ssl", "the server cannot encrypt any connection") { !$0.isOn }
        report("local_infile", "clients may make the server read its own files (`LOAD DATA LOCAL`)") { $0.isOn }
        return problems
    }

    /// `--name value…` pairs after an optional configuration file, names in any case.
    private static func redisProblems(_ flags: [Word]) -> [Problem] {
        var problems: [Problem] = []
        var index = 0
        while index < flags.count {
            let word = flags[index]
            index += 1
            guard word.text.hasPrefix("--") else { continue }
            let name = word.text.dropFirst(2).lowercased()
            var values: [String] = []
            while index < flags.count, !flags[index].text.hasPrefix("--") {
                values.append(flags[index].text)
                index += 1
            }
            let value = values.first?.lowercased() ?? ""
            let why: String? = switch name {
            case "protected-mode" where value == "no": "the server answers clients from any address even without a password"
            case "requirepass" where value.isEmpty: "an empty password turns authentication off"
            case "enable-debug-command" where value == "yes", "enable-module-command" where value == "yes":
                "any client may run it, and with it crash the server or load code"
            default: nil
            }
            // The password itself is never shown: only whether it is empty.
            let shown = name == "requirepass" ? "--requirepass \"\"" : "--\(name) \(values.joined(separator: " "))"
            if let why { problems.append(Problem(line: word.line, flag: shown, server: "redis-server", why: why)) }
        }
        return problems
    }
}
