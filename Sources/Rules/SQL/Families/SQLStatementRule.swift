/// One check of each statement of a SQL script: `problem` says what is wrong with a statement
/// (the line, the message and what names it in the identity), or nil.
struct SQLStatementRule: Rule {
    let description: RuleDescription
    let problem: @Sendable (SQLScript.Statement) -> (line: Int, message: String, detail: String)?

    func check(_ migration: SQLMigration) -> [Violation] {
        migration.script.statements.compactMap { statement in
            problem(statement).map { Violation(line: $0.line, message: $0.message, identity: "sql|\(description.id)|\($0.detail)") }
        }
    }

    static func example(_ text: String) -> RuleExample {
        RuleExample(text, path: "migrations/0001_init.sql")
    }
}

extension SQLScript.Statement {
    /// The words after `keyword` up to the next of `stops` (lower case, strings and names as written).
    func texts(after keyword: String, until stops: Set<String> = []) -> [String] {
        guard let start = index(of: keyword) else { return [] }
        return tokens[(start + 1)...].prefix { !($0.kind == .word && stops.contains($0.text)) }.map(\.text)
    }

    /// The role or user a `CREATE`/`ALTER ROLE|USER|GROUP` statement names, for messages.
    var roleName: String? {
        guard tokens.count > 2 else { return nil }
        let name = tokens[2]
        if name.kind == .word, name.text == "if", tokens.count > 5 { return tokens[5].text }
        return name.text
    }

    /// `CREATE ROLE`/`CREATE USER`/`CREATE GROUP`/`ALTER ROLE`/`ALTER USER`.
    var isRoleDefinition: Bool {
        ["role", "user", "group"].contains { starts(with: "create", $0) || starts(with: "alter", $0) }
    }
}
