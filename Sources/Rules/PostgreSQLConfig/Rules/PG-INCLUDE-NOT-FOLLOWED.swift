extension PostgreSQLConfigPack {
    static let includeNotFollowed = IncludeNotFollowedRule<PostgreSQLSettings>(
        description: RuleDescription(
            id: "PG-INCLUDE-NOT-FOLLOWED", title: "postgresql.conf includes a file the repository does not hold", severity: .info, cwe: 1059,
            checklist: "Databases › SSL/TLS required for connections",
            rationale: "PostgreSQL reads `include`, `include_if_exists` and `include_dir` files where the line stands, and the last value of a setting wins: a file included at the end can turn `ssl` off or `password_encryption` back to `md5` after the main file set them. The files are looked for in the same revision (a relative path from the including file's folder; an absolute one such as `/etc/postgresql/conf.d` under the file's folder or its parents); when nothing there stands for it, a file that includes itself, or nesting deeper than PostgreSQL's 10 levels, what it sets is unknown. Info: the rest of the file is still judged.",
            recommendation: "Keep the included files in the repository beside `postgresql.conf` (`include_dir 'conf.d'` with `conf.d/` next to it), or set the security settings after the last include so that no included file can change them.",
            triggering: [
                PostgreSQLSettingRule.example("ssl = on\n↓include_dir '/etc/postgresql/conf.d'"),
                PostgreSQLSettingRule.example("↓include_if_exists 'local.conf'\nssl = on"),
                RuleExample("ssl = on\n↓include 'tuning.conf'\n", path: "db/postgresql.conf", neighbours: ["db/tuning.conf": "include 'postgresql.conf'\n"]),
            ],
            nonTriggering: [
                RuleExample("ssl = on\ninclude_dir '/etc/postgresql/conf.d'\n", path: "docker/postgres/postgresql.conf",
                            neighbours: ["docker/postgres/conf.d/10-memory.conf": "shared_buffers = '1GB'\n"]),
                PostgreSQLSettingRule.example("ssl = on\n#include_dir 'conf.d'"),
            ]),
        unfollowed: { settings in settings.unfollowed.map { UnfollowedInclude(file: $0.file, line: $0.rootLine, rootLine: $0.rootLine, written: $0.written, reason: $0.reason) } })
}
