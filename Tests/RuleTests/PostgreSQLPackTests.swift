import InfragateRules
import XCTest

/// `pg_hba.conf` as the server reads it: every record judged, masks in their own field, continuation lines.
final class PostgreSQLPackTests: XCTestCase {
    private func findings(_ text: String) -> [String] {
        PostgreSQLPack.evaluate(SourceFile(path: "pg_hba.conf", text: text), in: EmptySnapshot()).violations
            .map { "\($0.rule.id):\($0.violation.line)" }.sorted()
    }

    /// Debian 12's shipped `pg_hba.conf` (postgresql-common, PostgreSQL 15), comments shortened.
    func testDebiansDefaultFileHasNoFinding() {
        let debian = """
            # Database administrative login by Unix domain socket
            local   all             postgres                                peer

            # TYPE  DATABASE        USER            ADDRESS                 METHOD
            local   all             all                                     peer
            host    all             all             127.0.0.1/32            scram-sha-256
            host    all             all             ::1/128                 scram-sha-256
            local   replication     all                                     peer
            host    replication     all             127.0.0.1/32            scram-sha-256
            host    replication     all             ::1/128                 scram-sha-256
            """
        XCTAssertEqual(findings(debian), [])
    }

    /// The official `postgres` image appends `host all all all scram-sha-256` when a password is set.
    func testTheContainerImagesAppendedRecordIsReported() {
        XCTAssertEqual(findings("local all all trust\nhost all all all scram-sha-256\n"),
                       ["PG-HBA-ANY-ADDRESS:2", "PG-HBA-NO-TLS:2", "PG-HBA-TRUST:1"])
    }

    func testContinuationLinesAndQuotedFieldsMakeOneRecord() {
        XCTAssertEqual(findings("host \"all\" all \\\n  10.0.0.0/8 \\\n  password # legacy\n"), ["PG-HBA-CLEARTEXT-PASSWORD:1", "PG-HBA-NO-TLS:1"])
        XCTAssertEqual(findings("hostssl all all 10.0.0.0 255.0.0.0 md5\n"), ["PG-HBA-MD5:1"])
    }
}
