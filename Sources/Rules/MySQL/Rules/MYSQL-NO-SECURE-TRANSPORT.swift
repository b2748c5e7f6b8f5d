extension MySQLOptionRule {
    static let withoutSecureTransport = MySQLOptionRule(
        description: RuleDescription(
            id: "MYSQL-NO-SECURE-TRANSPORT", title: "Server accepts unencrypted connections", severity: .medium, cwe: 319,
            checklist: "Databases › SSL/TLS required for connections",
            rationale: "Unless `require_secure_transport` is on (its default is off), the server accepts TCP/IP clients in clear text: queries, results and, for `mysql_native_password`, enough of the handshake to crack the password cross the network readable. Reported for files that configure the server (a `[mysqld]`, `[server]` or `[mariadb]` group); client-only files, servers bound to loopback and `skip-networking` are left alone. Medium.",
            recommendation: "Set `require_secure_transport = ON` under `[mysqld]`, with the server certificate configured (`ssl_cert`, `ssl_key`).",
            triggering: [
                example("[mysqld]\n↓bind-address = 10.0.0.5\nport = 3306"),
                example("[mysqld]\nport = 3306\n↓require_secure_transport = OFF"),
                // The last value wins: an included file read after the main file's `ON` turns it off.
                RuleExample("[mysqld]\nrequire_secure_transport = ON\n↓!include /etc/mysql/legacy.ini\n", path: "db/my.cnf",
                            neighbours: ["db/legacy.ini": "[mysqld]\nrequire_secure_transport = OFF\n"]),
                // A drop-in judged as its main file reads it: its `OFF` comes after the main file's `ON`.
                RuleExample("[mysqld]\n↓require_secure_transport = OFF\n", path: "mysql/conf.d/legacy.cnf",
                            neighbours: ["mysql/my.cnf": "[mysqld]\nrequire_secure_transport = ON\n!includedir /etc/mysql/conf.d/\n"]),
            ],
            nonTriggering: [
                example("[mysqld]\nrequire_secure_transport = ON\nssl_cert = /etc/mysql/certs/server.pem"),
                example("[client]\nhost = db.internal\nssl-mode = VERIFY_IDENTITY"),
                // Debian's layout: `my.cnf` only includes, and a drop-in of the folder requires TLS.
                RuleExample("[mysqld]\nbind-address = 10.0.0.5\n!includedir /etc/mysql/conf.d/\n", path: "mysql/my.cnf",
                            neighbours: ["mysql/conf.d/tls.cnf": "[mysqld]\nrequire_secure_transport = ON\n"]),
                // The main file sets it again after the drop-ins, and the server keeps the last value.
                RuleExample("[mysqld]\nrequire_secure_transport = OFF\n", path: "mysql/conf.d/legacy.cnf",
                            neighbours: ["mysql/my.cnf": "!includedir /etc/mysql/conf.d/\n[mysqld]\nrequire_secure_transport = ON\n"]),
            ]),
        problems: { options in
            guard options.configuresServer, options.server("require_secure_transport")?.isOn != true,
                  options.server("skip_networking")?.isOn != true,
                  !["127.0.0.1", "localhost", "::1"].contains(options.server("bind_address")?.value ?? "") else { return [] }
            // Unset: reported where the server is put on the network, else at its first option.
            let line = options.server("require_secure_transport")?.line ?? options.server("bind_address")?.line
                ?? options.options.first { MySQLOptions.isServerGroup($0.group) }?.line ?? 1
            return [(line, "`require_secure_transport` is not on: clients may connect without TLS.", "require_secure_transport")]
        })
}
