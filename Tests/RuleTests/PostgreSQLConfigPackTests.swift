import InfragateRules
import XCTest

/// `postgresql.conf` as the server reads it: the last line wins, `=` optional, quotes with `''`.
final class PostgreSQLConfigPackTests: XCTestCase {
    private func findings(_ text: String) -> [String] {
        PostgreSQLConfigPack.evaluate(SourceFile(path: "postgresql.conf", text: text), in: EmptySnapshot()).violations
            .map { "\($0.rule.id):\($0.violation.line)" }.sorted()
    }

    /// Debian 12's shipped `postgresql.conf` (PostgreSQL 15) sets TLS on with the snakeoil certificate and
    /// leaves the logging settings at their defaults: those are what is reported, with the `conf.d`
    /// folder it includes, which the (empty) revision does not hold.
    func testDebiansDefaultFileIsJudgedAsTheServerReadsIt() {
        let debian = """
            data_directory = '/var/lib/postgresql/15/main'
            hba_file = '/etc/postgresql/15/main/pg_hba.conf'
            #listen_addresses = 'localhost'
            port = 5432
            max_connections = 100
            ssl = on
            ssl_cert_file = '/etc/ssl/certs/ssl-cert-snakeoil.pem'
            ssl_key_file = '/etc/ssl/private/ssl-cert-snakeoil.key'
            log_line_prefix = '%m [%p] %q%u@%d '
            log_timezone = 'Etc/UTC'
            include_dir = 'conf.d'
            """
        XCTAssertEqual(findings(debian), ["PG-CONNECTIONS-NOT-LOGGED:1", "PG-DISCONNECTIONS-NOT-LOGGED:1", "PG-INCLUDE-NOT-FOLLOWED:11", "PG-SLOW-QUERIES-NOT-LOGGED:1"])
    }

    func testTheLastLineWinsAndValuesAreReadAsTheServerReadsThem() {
        XCTAssertEqual(findings("ssl = on\nssl off\n").filter { $0.hasPrefix("PG-SSL") }, ["PG-SSL-OFF:2"])
        XCTAssertEqual(findings("listen_addresses = 'localhost' # local only\nLISTEN_ADDRESSES='*'\n").filter { $0.hasPrefix("PG-LISTEN") }, ["PG-LISTEN-ALL:2"])
        XCTAssertEqual(findings("log_line_prefix = 'it''s # not a comment'\nfsync = no\n").filter { $0.hasPrefix("PG-FSYNC") }, ["PG-FSYNC-OFF:2"])
    }
}
