import Foundation
import InfragateEngine
import InfragateRules
import TestSupport
import XCTest

/// The configuration files Debian 12's packages install (`Tests/Fixtures/debian-12`, unabridged),
/// committed in their `/etc` layout to a real repository and judged as the servers read them:
/// includes followed (`my.cnf` → `conf.d/`, `mariadb.conf.d/`; `include_dir 'conf.d'`), defaults of
/// what the files leave commented out, and nothing reported that the servers would not do.
final class DebianDefaultConfigurationTests: XCTestCase {
    private static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures/debian-12")

    func testDebiansDefaultsAreJudgedAsTheServersReadThem() throws {
        let repository = try TemporaryRepository(removedAtTeardown: addTeardownBlock)
        try repository.write("README.md", "base\n")
        try repository.commitAll("base")
        try repository.git("checkout", "-q", "-b", "feature")
        let root = Self.fixtures.path + "/"
        let paths = try XCTUnwrap(FileManager.default.subpathsOfDirectory(atPath: root)).filter { path in
            var isFolder: ObjCBool = false
            return FileManager.default.fileExists(atPath: root + path, isDirectory: &isFolder) && !isFolder.boolValue && path.hasPrefix("etc/")
        }
        XCTAssertEqual(paths.count, 12, "\(paths.sorted())")
        for path in paths { try repository.write(path, String(contentsOfFile: root + path, encoding: .utf8)) }
        try repository.commitAll("Debian 12 defaults")

        let report = try Gate.check(repositoryPath: repository.path, base: "main", head: "feature", policyFile: nil)
        let found = report.findings.map(\.finding).filter { !$0.ruleID.hasPrefix("SECRET-") }.map { "\($0.ruleID) \($0.path):\($0.line)" }.sorted()
        XCTAssertEqual(found, [
            // PostgreSQL 15 logs neither connections nor session ends, nor slow queries, unless told to.
            "PG-CONNECTIONS-NOT-LOGGED etc/postgresql/15/main/postgresql.conf:1",
            "PG-DISCONNECTIONS-NOT-LOGGED etc/postgresql/15/main/postgresql.conf:1",
            "PG-SLOW-QUERIES-NOT-LOGGED etc/postgresql/15/main/postgresql.conf:1",
            // `#PasswordAuthentication yes` is commented out: sshd's compiled-in default, yes, applies.
            "SSHD-PASSWORD-AUTH etc/ssh/sshd_config:1",
            "SSHD-X11-FORWARDING etc/ssh/sshd_config:90",
        ])
        // Redis and MariaDB listen on the loopback only; pg_hba.conf asks scram-sha-256 of TCP clients.
        let scanned = Set(report.scanned.map(\.path))
        for path in ["etc/redis/redis.conf", "etc/mysql/my.cnf", "etc/mysql/mariadb.conf.d/50-server.cnf", "etc/postgresql/15/main/pg_hba.conf"] {
            XCTAssertTrue(scanned.contains(path), "\(path) was not judged: \(scanned.sorted())")
        }
    }
}
