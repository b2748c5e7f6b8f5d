import Foundation
import InfragateEngine
import InfragateRules
import TestSupport
import XCTest

/// A changed drop-in or included file changes what an unchanged server configuration reads: the
/// main file is judged again, in a real repository, and only what the change introduced is reported.
final class ServerIncludeInfluenceTests: XCTestCase {
    private var repository: TemporaryRepository!

    override func setUpWithError() throws {
        repository = try TemporaryRepository(removedAtTeardown: addTeardownBlock)
        try repository.write("image/etc/ssh/sshd_config", "Include /etc/ssh/sshd_config.d/*.conf\nPasswordAuthentication yes\n")
        try repository.write("image/etc/ssh/sshd_config.d/10-keys.conf", "PasswordAuthentication no\n")
        try repository.write("db/postgresql.conf", "ssl = on\nlog_connections = on\nlog_disconnections = on\nlog_min_duration_statement = 500\ninclude_dir 'conf.d'\n")
        try repository.write("db/conf.d/10-memory.conf", "shared_buffers = '1GB'\n")
        try repository.write("sql/my.cnf", "[mysqld]\nrequire_secure_transport = ON\n!includedir /etc/mysql/extra/\n")
        try repository.write("sql/extra/tuning.cnf", "[mysqld]\nmax_connections = 500\n")
        try repository.write("mysql/my.cnf", "!includedir /etc/mysql/conf.d/\n[mysqld]\nrequire_secure_transport = ON\n")
        try repository.write("mysql/conf.d/legacy.cnf", "[mysqld]\nrequire_secure_transport = OFF\n")
        try repository.commitAll("base")
        try repository.git("checkout", "-q", "-b", "feature")
    }

    private func findings(_ rule: String, in path: String) throws -> [Finding] {
        let report = try Gate.check(repositoryPath: repository.path, base: "main", head: "feature", policyFile: nil)
        return report.findings.map(\.finding).filter { $0.ruleID == rule && $0.path == path }
    }

    /// sshd keeps the first value: the drop-in's `no` hid the main file's `yes` until the drop-in lost it.
    func testADropInThatStopsDecidingExposesTheMainFilesSetting() throws {
        try repository.write("image/etc/ssh/sshd_config.d/10-keys.conf", "PermitRootLogin no\n")
        try repository.commitAll("drop-in no longer sets passwords")
        let found = try findings("SSHD-PASSWORD-AUTH", in: "image/etc/ssh/sshd_config")
        XCTAssertEqual(found.map(\.line), [2])
        XCTAssertEqual(found.first?.related.map(\.path), ["image/etc/ssh/sshd_config.d/10-keys.conf"])
    }

    func testAnUnrelatedDropInEditReportsNothingInTheMainFile() throws {
        try repository.write("image/etc/ssh/sshd_config.d/10-keys.conf", "PasswordAuthentication no\nPermitRootLogin no\n")
        try repository.commitAll("drop-in adds a setting")
        XCTAssertEqual(try findings("SSHD-PASSWORD-AUTH", in: "image/etc/ssh/sshd_config").count, 0)
    }

    /// PostgreSQL keeps the last value: an included file read after the main file's `ssl = on` turns it off.
    func testAnIncludedPostgreSQLFileTurningTLSOffIsReportedAtTheInclude() throws {
        try repository.write("db/conf.d/10-memory.conf", "shared_buffers = '1GB'\nssl = off\n")
        try repository.commitAll("tuning turns TLS off")
        let found = try findings("PG-SSL-OFF", in: "db/postgresql.conf")
        XCTAssertEqual(found.map(\.line), [5])
        XCTAssertTrue(found.first?.message.contains("db/conf.d/10-memory.conf") == true, "\(found)")
    }

    func testAnIncludedMySQLFileTurningTransportSecurityOffIsReportedAtTheInclude() throws {
        try repository.write("sql/extra/tuning.cnf", "[mysqld]\nmax_connections = 500\nrequire_secure_transport = OFF\n")
        try repository.commitAll("tuning turns TLS off")
        XCTAssertEqual(try findings("MYSQL-NO-SECURE-TRANSPORT", in: "sql/my.cnf").map(\.line), [3])
    }

    /// The drop-in's `OFF` was overridden by the main file's later `ON`; the main file dropping that
    /// line makes it the server's value, reported in the unchanged drop-in, where it is set.
    func testAMainFileDroppingItsOverrideExposesTheDropInsValue() throws {
        XCTAssertEqual(try findings("MYSQL-NO-SECURE-TRANSPORT", in: "mysql/conf.d/legacy.cnf").count, 0)
        try repository.write("mysql/my.cnf", "!includedir /etc/mysql/conf.d/\n[mysqld]\nmax_connections = 500\n")
        try repository.commitAll("main file no longer requires TLS")
        XCTAssertEqual(try findings("MYSQL-NO-SECURE-TRANSPORT", in: "mysql/conf.d/legacy.cnf").map(\.line), [2])
        XCTAssertEqual(try findings("MYSQL-NO-SECURE-TRANSPORT", in: "mysql/my.cnf").count, 0)
    }
}
