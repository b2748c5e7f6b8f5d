extension MySQLPack {
    static let includeNotFollowed = IncludeNotFollowedRule<MySQLOptions>(
        description: RuleDescription(
            id: "MYSQL-INCLUDE-NOT-FOLLOWED", title: "Option file includes a file the repository does not hold", severity: .info, cwe: 1059,
            checklist: "Databases › SSL/TLS required for connections",
            rationale: "The server reads `!include` files and the `*.cnf` files of an `!includedir` folder where the line stands, and the last value of an option wins: Debian's `my.cnf` is nothing but `!includedir /etc/mysql/conf.d/` and `/etc/mysql/mariadb.conf.d/`. The files are looked for in the same revision (an absolute path under the file's folder or its parents: `/etc/mysql/conf.d/` is `mysql/conf.d/` beside `mysql/my.cnf`); when nothing there stands for it, a file that includes itself, or nesting deeper than 10 levels, what it sets is unknown. Info: the rest of the file is still judged.",
            recommendation: "Keep the included files in the repository beside the option file, or set the security options after the last include so that no included file can change them.",
            triggering: [
                MySQLOptionRule.example("[mysqld]\nrequire_secure_transport = ON\n↓!includedir /etc/mysql/conf.d/"),
                RuleExample("↓!include /etc/mysql/my.cnf\n", path: "mysql/my.cnf"),
            ],
            nonTriggering: [
                RuleExample("[mysqld]\nrequire_secure_transport = ON\n!includedir /etc/mysql/conf.d/\n", path: "docker/mysql/my.cnf",
                            neighbours: ["docker/mysql/conf.d/docker.cnf": "[mysqld]\nskip-name-resolve\n"]),
                MySQLOptionRule.example("[mysqld]\nrequire_secure_transport = ON\n# !includedir /etc/mysql/conf.d/"),
            ]),
        unfollowed: { options in
            options.unfollowed.compactMap { include in
                if let reported = options.reportedFile {
                    return include.file == reported ? UnfollowedInclude(file: include.file, line: include.line, rootLine: include.line, written: include.written, reason: include.reason) : nil
                }
                guard include.file.map({ !MySQLPack.recognises(path: $0) }) ?? true else { return nil }
                return UnfollowedInclude(file: include.file, line: include.rootLine, rootLine: include.rootLine, written: include.written, reason: include.reason)
            }
        })
}
