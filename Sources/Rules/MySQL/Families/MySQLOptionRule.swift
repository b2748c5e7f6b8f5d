/// One check of the options the server reads from a MySQL/MariaDB option file.
struct MySQLOptionRule: Rule {
    let description: RuleDescription
    let problems: @Sendable (MySQLOptions) -> [(line: Int, message: String, detail: String)]

    func check(_ options: MySQLOptions) -> [Violation] {
        problems(options).compactMap { problem in
            // What an included file the pack judges by itself sets is reported in that file.
            // Line 0: set by a file other than the drop-in judged in its main file's context.
            guard problem.line > 0, !options.linesReportedElsewhere.contains(problem.line) else { return nil }
            return Violation(line: problem.line, message: problem.message, identity: "mysql|\(description.id)|\(problem.detail)")
        }
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
