import InfragateRules
import XCTest

/// MySQL/MariaDB option files as the server reads them: groups, `-` and `_` alike, the last value wins.
final class MySQLPackTests: XCTestCase {
    private func findings(_ text: String, path: String = "my.cnf") -> [String] {
        MySQLPack.evaluate(SourceFile(path: path, text: text), in: EmptySnapshot()).violations
            .map { "\($0.rule.id):\($0.violation.line)" }.sorted()
    }

    /// Debian 12's shipped `/etc/mysql/mariadb.conf.d/50-server.cnf` (MariaDB 10.11), settings lines only.
    func testDebiansDefaultServerFileHasNoFinding() {
        let debian = """
            [server]

            [mysqld]
            pid-file                = /run/mysqld/mysqld.pid
            basedir                 = /usr
            bind-address            = 127.0.0.1
            expire_logs_days        = 10
            character-set-server  = utf8mb4
            collation-server      = utf8mb4_general_ci

            [embedded]

            [mariadb]

            [mariadb-10.11]
            """
        XCTAssertEqual(findings(debian, path: "etc/mysql/mariadb.conf.d/50-server.cnf"), [])
    }

    func testTheLastValueInTheServerGroupsWins() {
        XCTAssertEqual(findings("[mysqld]\nlocal_infile = ON\n[mysqld-8.0]\nlocal-infile = OFF\n").filter { $0.hasPrefix("MYSQL-LOCAL-INFILE") }, [])
        XCTAssertEqual(findings("[mysqld]\nlocal-infile = OFF\nbind-address = 127.0.0.1\nLOCAL_INFILE\n"), ["MYSQL-LOCAL-INFILE:4"])
        XCTAssertEqual(findings("[client]\nlocal-infile = 1\n"), [], "a client option is not the server's")
        XCTAssertTrue(MySQLPack.recognises(path: "docker/mysql/conf.d/custom.cnf"))
        XCTAssertFalse(MySQLPack.recognises(path: "etc/ssl/openssl.cnf"))
    }
}
