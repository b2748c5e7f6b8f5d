/// One check of the options the server reads from a MySQL/MariaDB option file.
struct MySQLOptionRule: Rule {
    let description: RuleDescription
    let problems: @Sendable (MySQLOptions) -> [(line: Int, message: String, detail: String)]

    func check(_ options: MySQLOptions) -> [Violation] {
        problems(options).map { Violation(line: $0.line, message: $0.message, identity: "mysql|\(description.id)|\($0.detail)") }
    }

    static func example(_ text: String) -> RuleExample {
        RuleExample(text, path: "my.cnf")
    }

    /// A boolean server option that must not be on.
    static func on(_ name: String, _ why: String) -> @Sendable (MySQLOptions) -> [(line: Int, message: String, detail: String)] {
        { options in
            guard let option = options.server(name), option.isOn else { return [] }
            return [(option.line, "`\(name)` is on: \(why).", name)]
        }
    }
}
