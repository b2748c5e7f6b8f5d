/// One check of `pg_hba.conf` records: each record that `problem` finds fault with is reported on its line.
struct HBARecordRule: Rule {
    let description: RuleDescription
    let problem: @Sendable (HostBasedAuthentication.Record) -> String?

    func check(_ configuration: HostBasedAuthentication) -> [Violation] {
        configuration.records.compactMap { record in
            guard let problem = problem(record) else { return nil }
            return Violation(line: record.line, message: "`\(record.type.rawValue) \(record.databases) \(record.users)\(record.address.map { " " + $0 } ?? "") \(record.method)`: \(problem).",
                             identity: "pg_hba|\(description.id)|\(record.identity)")
        }
    }

    /// A `pg_hba.conf` of the lines given, after the header comment most files carry.
    static func example(_ lines: String) -> RuleExample {
        RuleExample("# TYPE  DATABASE  USER  ADDRESS  METHOD\n" + lines, path: "pg_hba.conf")
    }
}
