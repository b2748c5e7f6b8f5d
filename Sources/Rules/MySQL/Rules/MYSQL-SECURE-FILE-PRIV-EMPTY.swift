extension MySQLOptionRule {
    static let unrestrictedFilePrivilege = MySQLOptionRule(
        description: RuleDescription(
            id: "MYSQL-SECURE-FILE-PRIV-EMPTY", title: "FILE privilege unrestricted (secure_file_priv empty)", severity: .medium, cwe: 73,
            checklist: "Databases › Dangerous features disabled",
            rationale: "`secure_file_priv` set to the empty string lets `LOAD DATA INFILE`, `SELECT … INTO OUTFILE` and `LOAD_FILE()` read and write any file the server process can, so an account with `FILE` (or an SQL injection through one) reads `/etc/passwd` or writes a web shell. The default limits them to one directory. Medium.",
            recommendation: "Set `secure_file_priv` to a dedicated directory (`/var/lib/mysql-files`) or `NULL` to disable file import and export.",
            triggering: [
                example("[mysqld]\n↓secure-file-priv = \"\""),
            ],
            nonTriggering: [
                example("[mysqld]\nsecure-file-priv = /var/lib/mysql-files"),
                example("[mysqld]\nsecure_file_priv = NULL"),
            ]),
        problems: { options in
            guard let option = options.server("secure_file_priv"), (option.value ?? "").isEmpty else { return [] }
            return [(option.line, "`secure_file_priv` is empty: file import and export may touch any file.", "secure_file_priv")]
        })
}
