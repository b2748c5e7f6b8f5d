/// One server setting of `postgresql.conf`, with the value PostgreSQL uses when the file leaves it
/// unset (PostgreSQL 16); `problem` says what is wrong with a value, or nil.
struct PostgreSQLSettingRule: Rule {
    let description: RuleDescription
    /// Lower case, as PostgreSQL compares names.
    let name: String
    let defaultValue: String
    let problem: @Sendable (PostgreSQLSettings.Setting) -> String?

    func check(_ settings: PostgreSQLSettings) -> [Violation] {
        let setting = settings.value(name) ?? PostgreSQLSettings.Setting(name: name, value: defaultValue, line: 1)
        guard let problem = problem(setting) else { return [] }
        let written = settings.value(name).map { "`\(name) = \($0.value)`\($0.origin)" } ?? "`\(name)` left at its default `\(defaultValue)`"
        return [Violation(line: setting.line, message: "\(written): \(problem).", identity: "postgresql.conf|\(name)")]
    }

    static func example(_ text: String) -> RuleExample {
        RuleExample(text, path: "postgresql.conf")
    }
}
