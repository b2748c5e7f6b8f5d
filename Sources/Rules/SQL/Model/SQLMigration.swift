import InfragateParsers

/// One SQL script with what its rules need beyond its own statements: the schemas the policy wants
/// row-level security in, and which tables a later script of the same folder (the migration set, in
/// the order the tools apply it) turns row-level security on for.
struct SQLMigration {
    let script: SQLScript
    let rowLevelSecuritySchemas: Set<String>
    /// Whether a script that runs after this one turns row-level security on for `schema.table`.
    let enabledLater: @Sendable (String) -> Bool

    init(script: SQLScript, rowLevelSecuritySchemas: Set<String> = [], enabledLater: @escaping @Sendable (String) -> Bool = { _ in false }) {
        self.script = script
        self.rowLevelSecuritySchemas = rowLevelSecuritySchemas
        self.enabledLater = enabledLater
    }
}

/// Which tables the scripts of a folder turn row-level security on for, and the last script (in
/// migration order) that does so for each; worked out once per folder and revision.
struct RowSecurityIndex: Sendable {
    /// `schema.table` → the path of the last script that enables row-level security on it.
    let lastEnabling: [String: String]

    init(folder: String, in snapshot: any RepositorySnapshot) {
        var last: [String: String] = [:]
        for path in snapshot.filePaths(in: folder).sorted(by: MigrationOrder.precedes)
        where RepositoryPath.name(of: path).lowercased().hasSuffix(".sql") {
            guard let text = snapshot.text(at: path) else { continue }
            for table in SQLScript(parsing: text).tablesGainingRowSecurity() { last[table] = path }
        }
        lastEnabling = last
    }

    func enables(_ table: String, after path: String) -> Bool {
        lastEnabling[table].map { MigrationOrder.precedes(path, $0) } ?? false
    }
}

/// The order migration tools apply a folder's scripts in: by name, with runs of digits compared as
/// numbers, so Flyway's `V10__x.sql` comes after `V9__y.sql` and Rails' timestamps sort as they read.
enum MigrationOrder {
    static func precedes(_ left: String, _ right: String) -> Bool {
        let a = Array(RepositoryPath.name(of: left).lowercased().utf8), b = Array(RepositoryPath.name(of: right).lowercased().utf8)
        var i = 0, j = 0
        while i < a.count, j < b.count {
            if isDigit(a[i]), isDigit(b[j]) {
                let startA = i, startB = j
                while i < a.count, isDigit(a[i]) { i += 1 }
                while j < b.count, isDigit(b[j]) { j += 1 }
                let numberA = a[startA..<i].drop { $0 == UInt8(ascii: "0") }, numberB = b[startB..<j].drop { $0 == UInt8(ascii: "0") }
                if numberA.count != numberB.count { return numberA.count < numberB.count }
                if !numberA.elementsEqual(numberB) { return numberA.lexicographicallyPrecedes(numberB) }
            } else {
                if a[i] != b[j] { return a[i] < b[j] }
                i += 1
                j += 1
            }
        }
        if a.count - i != b.count - j { return a.count - i < b.count - j }
        return left < right
    }

    private static func isDigit(_ byte: UInt8) -> Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }
}

extension SQLScript {
    /// A table a script leaves without row-level security: where it was created (or moved into its schema).
    struct TableWithoutRowSecurity {
        /// `schema.table`, each part as PostgreSQL stores it.
        let name: String
        let schema: String
        let line: Int
    }

    /// The tables this script creates, or moves with `SET SCHEMA`, and does not turn row-level
    /// security on for after that statement. Unqualified names are resolved through the script's
    /// `SET search_path` (and `set_config('search_path', …)`), `public` when it sets none.
    func tablesWithoutRowSecurity() -> [TableWithoutRowSecurity] {
        var pending: [String: TableWithoutRowSecurity] = [:]
        var order: [String] = []
        var searchPath = SearchPath()
        for statement in statements {
            searchPath.read(statement)
            if let created = statement.tableCreated(searchPath: searchPath) {
                if pending[created.name] == nil { order.append(created.name) }
                pending[created.name] = created
            } else if let table = statement.tableGainingRowSecurity(searchPath: searchPath) {
                pending[table] = nil
            }
        }
        return order.compactMap { pending[$0] }
    }

    /// Every table this script turns row-level security on for (`schema.table`).
    func tablesGainingRowSecurity() -> [String] {
        var searchPath = SearchPath()
        return statements.compactMap { statement in
            searchPath.read(statement)
            return statement.tableGainingRowSecurity(searchPath: searchPath)
        }
    }

    /// The schema an unqualified name is created in: the first schema of the script's last
    /// `search_path` setting that names one (`"$user"` stands for a schema only the server knows).
    struct SearchPath {
        private(set) var first: String? = "public"

        mutating func read(_ statement: Statement) {
            let tokens = statement.tokens
            if statement.starts(with: "set"), let at = statement.index(of: "search_path"), at <= 2 {
                var values = tokens[(at + 1)...].filter { $0.kind != .symbol }
                if values.first?.kind == .word, values.first?.text == "to" { values.removeFirst() }
                let names = values.flatMap { $0.kind == .string ? $0.text.split(separator: ",").map(Self.schemaName) : [$0.text] }
                assign(names)
            } else if statement.contains(word: "set_config"), let key = tokens.firstIndex(where: { $0.kind == .string }),
                      tokens[key].text.lowercased() == "search_path",
                      let value = tokens[(key + 1)...].first(where: { $0.kind == .string }) {
                assign(value.text.split(separator: ",").map(Self.schemaName))
            }
        }

        /// One entry of a `search_path` string: blanks around it and its double quotes dropped.
        private static func schemaName(_ entry: Substring) -> String {
            String(entry.drop { $0 == " " || $0 == "\t" || $0 == "\"" }.reversed().drop { $0 == " " || $0 == "\t" || $0 == "\"" }.reversed())
        }

        private mutating func assign(_ names: [String]) {
            if names.first == "default" { first = "public"; return }
            first = names.first { !$0.isEmpty && $0 != "$user" && $0 != "pg_catalog" && $0 != "pg_temp" }
        }
    }
}

extension SQLScript.Statement {
    /// `CREATE [UNLOGGED] TABLE [IF NOT EXISTS] name …` (temporary tables live in a session's own
    /// schema and are left out), or `ALTER TABLE name SET SCHEMA s`, which moves a table into `s`.
    func tableCreated(searchPath: SQLScript.SearchPath) -> SQLScript.TableWithoutRowSecurity? {
        if starts(with: "create") {
            var index = 1
            if index + 1 < tokens.count, tokens[index].text == "or", tokens[index + 1].text == "replace" { index += 2 }
            if index < tokens.count, ["global", "local"].contains(tokens[index].text) { index += 1 }
            guard index < tokens.count, tokens[index].kind == .word else { return nil }
            if ["temporary", "temp"].contains(tokens[index].text) { return nil }
            if tokens[index].text == "unlogged" { index += 1 }
            guard index < tokens.count, tokens[index].kind == .word, tokens[index].text == "table" else { return nil }
            index += 1
            if index + 2 < tokens.count, tokens[index].text == "if", tokens[index + 1].text == "not", tokens[index + 2].text == "exists" { index += 3 }
            return qualifiedName(at: index, searchPath: searchPath).map { .init(name: $0.name, schema: $0.schema, line: line) }
        }
        guard let moved = alteredTable(searchPath: searchPath), let set = index(of: "set"), set + 2 < tokens.count,
              tokens[set + 1].kind == .word, tokens[set + 1].text == "schema", tokens[set + 2].kind != .symbol else { return nil }
        let schema = tokens[set + 2].text
        let table = moved.name.split(separator: ".", maxSplits: 1).last.map(String.init) ?? moved.name
        return .init(name: schema + "." + table, schema: schema, line: line)
    }

    /// The table of an `ALTER TABLE … ENABLE ROW LEVEL SECURITY` (among the statement's actions).
    func tableGainingRowSecurity(searchPath: SQLScript.SearchPath) -> String? {
        guard let table = alteredTable(searchPath: searchPath) else { return nil }
        let enables = tokens.indices.dropLast(3).contains { index in
            tokens[index].text == "enable" && tokens[index + 1].text == "row" && tokens[index + 2].text == "level"
                && tokens[index + 3].text == "security" && tokens[index].kind == .word
        }
        return enables ? table.name : nil
    }

    /// The table an `ALTER TABLE [IF EXISTS] [ONLY] name` names.
    private func alteredTable(searchPath: SQLScript.SearchPath) -> (name: String, schema: String)? {
        guard starts(with: "alter", "table") else { return nil }
        var index = 2
        if index + 1 < tokens.count, tokens[index].text == "if", tokens[index + 1].text == "exists" { index += 2 }
        if index < tokens.count, tokens[index].kind == .word, tokens[index].text == "only" { index += 1 }
        return qualifiedName(at: index, searchPath: searchPath)
    }

    /// `name`, `schema.name` or `database.schema.name` at `index` (words lower case, quoted names as
    /// written), resolved to `schema.name`; nil when the name is unqualified and no schema is in the path.
    private func qualifiedName(at index: Int, searchPath: SQLScript.SearchPath) -> (name: String, schema: String)? {
        var parts: [String] = []
        var at = index
        while at < tokens.count, tokens[at].kind == .word || tokens[at].kind == .quotedName {
            parts.append(tokens[at].text)
            guard at + 1 < tokens.count, tokens[at + 1].kind == .symbol, tokens[at + 1].text == "." else { break }
            at += 2
        }
        guard let table = parts.last else { return nil }
        guard let schema = parts.count >= 2 ? parts[parts.count - 2] : searchPath.first else { return nil }
        return (schema + "." + table, schema)
    }
}
