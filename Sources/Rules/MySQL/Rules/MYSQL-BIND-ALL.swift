extension MySQLOptionRule {
    static let boundToEveryInterface = MySQLOptionRule(
        description: RuleDescription(
            id: "MYSQL-BIND-ALL", title: "Server listens on every interface", severity: .medium, cwe: 1327,
            checklist: "Network exposure › Databases are not reachable from the internet",
            rationale: "`bind-address = 0.0.0.0`, `*` or `::` listens on every interface, public ones included, leaving only passwords between the internet and the data. Only an explicit value is reported: the unset default is also every interface in MySQL 8, but most images then sit behind a container network. Medium.",
            recommendation: "Bind the private address clients use (`bind-address = 10.0.0.5`), or `127.0.0.1` with a socket for local clients.",
            triggering: [
                example("[mysqld]\n↓bind-address = 0.0.0.0"),
            ],
            nonTriggering: [
                example("[mysqld]\nbind-address = 10.0.0.5"),
                example("[mysqld]\nbind-address = 127.0.0.1"),
            ]),
        problems: { options in
            guard let bind = options.server("bind_address"), let value = bind.value,
                  value.split(separator: ",").contains(where: { ["0.0.0.0", "*", "::"].contains($0.trimmingCharacters(in: .whitespaces)) }) else { return [] }
            return [(bind.line, "`bind-address = \(value)` listens on every interface.", "bind_address")]
        })
}
