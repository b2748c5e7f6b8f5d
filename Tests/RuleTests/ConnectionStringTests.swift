import InfragateParsers
@testable import InfragateRules
import XCTest

/// Connection strings read as their clients read them, and the spellings that hide a downgrade.
final class ConnectionStringTests: XCTestCase {
    private func settings(_ value: String) -> [String] {
        ConnectionString.downgrades(in: value).map(\.setting)
    }

    func testEachClientsDowngradeIsRead() {
        XCTAssertEqual(settings("postgres://db.prod.example.net/app?sslmode=disable"), ["`sslmode=disable`"])
        XCTAssertEqual(settings("POSTGRESQL://db.prod.example.net/app?connect_timeout=5&sslmode=prefer"), ["`sslmode=prefer`"])
        XCTAssertEqual(settings("jdbc:postgresql://db.prod.example.net/app?ssl=false"), ["`ssl=false`"])
        XCTAssertEqual(settings("jdbc:mysql://db.prod.example.net/app?sslMode=DISABLED"), ["`sslMode=DISABLED`"])
        XCTAssertEqual(settings("jdbc:mariadb://db.prod.example.net/app?useSsl=false"), ["`useSsl=false`"])
        XCTAssertEqual(settings("jdbc:mysql://db.prod.example.net/app?requireSSL=false"), ["`requireSSL=false`"])
        XCTAssertEqual(settings("mysql://db.prod.example.net/app?ssl-mode=DISABLED"), ["`ssl-mode=DISABLED`"])
        XCTAssertEqual(settings("jdbc:sqlserver://sql.prod.example.net:1433;encrypt=false"), ["`encrypt=false`"])
        XCTAssertEqual(settings("mongodb+srv://cluster0.prod.example.net/app?tls=false"), ["`tls=false`"])
        XCTAssertEqual(settings("redis://cache.prod.example.net:6379"), ["the plain `redis://` scheme"])
        XCTAssertEqual(settings("amqp://mq.prod.example.net"), ["the plain `amqp://` scheme"])
        XCTAssertEqual(settings("host=db.prod.example.net dbname=app sslmode=disable"), ["`sslmode=disable`"])
        XCTAssertEqual(settings("host='db.prod.example.net' user=app sslmode=allow"), ["`sslmode=allow`"])
    }

    /// The two-step ways around a literal match: percent-encoding, repeating the key, several hosts, URL inside a command.
    func testDisguisedDowngradesAreRead() {
        XCTAssertEqual(settings("postgres://db.prod.example.net/app?sslmode=%64isable"), ["`sslmode=disable`"])
        XCTAssertEqual(settings("postgres://db.prod.example.net/app?sslm%6Fde=disable"), ["`sslmode=disable`"])
        XCTAssertEqual(settings("postgres://db.prod.example.net/app?sslmode=require&sslmode=disable"), ["`sslmode=disable`"])
        XCTAssertEqual(settings("postgres://localhost,db.prod.example.net/app?sslmode=disable"), ["`sslmode=disable`"])
        XCTAssertEqual(settings("postgres://db.prod.example.net/app?host=replica.prod.example.net&sslmode=disable").count, 1)
        XCTAssertEqual(settings("migrate -database 'postgres://db.prod.example.net/app?sslmode=disable' up"), ["`sslmode=disable`"])
        XCTAssertEqual(settings("a=redis://cache.prod.example.net b=amqp://mq.prod.example.net").count, 2)
    }

    func testSecureAndLocalConnectionsAreNotReported() {
        XCTAssertEqual(settings("postgres://db.prod.example.net/app?sslmode=disable&sslmode=verify-full"), [])
        XCTAssertEqual(settings("postgres://db.prod.example.net/app?sslmode=DISABLE"), [], "libpq rejects it: the client fails, it does not downgrade")
        XCTAssertEqual(settings("postgres://[::1]:5432/app?sslmode=disable"), [])
        XCTAssertEqual(settings("postgres://127.0.0.2/app?sslmode=disable"), [])
        XCTAssertEqual(settings("postgres:///app?host=/var/run/postgresql&sslmode=disable"), [])
        XCTAssertEqual(settings("dbname=app sslmode=disable user=app"), [], "no host: the default Unix socket")
        XCTAssertEqual(settings("postgres://db/app?sslmode=prefer"), [], "prefer inside the Compose network")
        XCTAssertEqual(settings("redis://redis-master.cache.svc.cluster.local:6379"), [])
        XCTAssertEqual(settings("redis://${REDIS_HOST}:6379"), [])
        XCTAssertEqual(settings("postgres://user@<host>/db?sslmode=disable"), [])
        XCTAssertEqual(settings("xpostgres://db.prod.example.net/app?sslmode=disable"), [])
        XCTAssertEqual(settings("see the docs: sslmode=disable turns TLS off"), [])
    }

    /// The user information is skipped: neither the host nor the message carries a password.
    func testThePasswordIsNeverKept() {
        let found = ConnectionString.downgrades(in: "postgres://app:Xy7-secret-pw@db.prod.example.net/app?sslmode=disable")
        XCTAssertEqual(found.map(\.host), ["db.prod.example.net"])
        XCTAssertFalse(ConnectionString.message(found[0], subject: "It").contains("Xy7"))
    }

    func testHostileValuesCostTheirLength() {
        let long = String(repeating: "postgres://a?sslmode=disable&", count: 20_000)
        XCTAssertEqual(ConnectionString.downgrades(in: long).count, 1, "one URL: its query runs to the first space")
        let many = String(repeating: "redis://cache.prod.example.net ", count: 20_000)
        XCTAssertEqual(ConnectionString.downgrades(in: many).count, 20_000)
    }

    /// go-sql-driver/mysql DSNs: the address in `tcp(…)` after the last `@` before the last `/`.
    func testGoMySQLDSNsAreReadAsTheDriverReadsThem() {
        XCTAssertEqual(settings("DSN=app:pw@tcp(mysql.prod.example.net:3306)/shop?parseTime=true&tls=false"), ["`tls=false`"])
        XCTAssertEqual(settings("app@tcp6(mysql.prod.example.net:3306)/shop?tls=preferred"), ["`tls=preferred`"])
        XCTAssertEqual(settings("app:pw@tcp(mysql:3306)/shop?tls=false"), ["`tls=false`"], "an explicit downgrade inside the Compose network too")
        // A password holding `@tcp(` does not become the address; the loopback and TLS are not reported.
        let found = ConnectionString.downgrades(in: "root:se@tcp(cr)et@tcp(db.prod.example.net:3306)/app?tls=false")
        XCTAssertEqual(found.map(\.host), ["db.prod.example.net"])
        XCTAssertEqual(settings("app:pw@tcp(127.0.0.1:3306)/shop?tls=false"), [])
        XCTAssertEqual(settings("app:pw@tcp(mysql.prod.example.net:3306)/shop?tls=true"), [])
        XCTAssertEqual(settings("app:pw@tcp(mysql.prod.example.net:3306)/shop?tls=skip-verify&x=1"), [])
    }
}
