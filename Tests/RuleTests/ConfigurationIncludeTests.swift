import InfragateParsers
@testable import InfragateRules
import XCTest

/// Includes of server configurations, read as the servers read them, from files of the same revision.
final class ConfigurationIncludeTests: XCTestCase {
    private struct Tree: RepositorySnapshot {
        let files: [String: String]

        func filePaths(in directory: String) -> [String] {
            files.keys.filter { RepositoryPath.directory(of: $0) == directory }.sorted()
        }

        func allFilePaths() -> [String] { files.keys.sorted() }
        func text(at path: String) -> String? { files[path] }
    }

    private func findings(_ pack: any RulePack.Type, _ path: String, in files: [String: String]) -> [String] {
        let tree = Tree(files: files)
        return pack.evaluate(SourceFile(path: path, text: files[path] ?? ""), in: tree).violations
            .map { "\($0.rule.id):\($0.violation.line)" }.sorted()
    }

    func testPatternsMatchAsGlobDoes() {
        let cases: [(String, String, Bool)] = [
            ("50-cloud-init.conf", "*.conf", true), ("50-cloud-init.conf.bak", "*.conf", false), (".hidden.conf", "*.conf", false),
            ("10-a.conf", "[0-9]*.conf", true), ("a.conf", "[!a]*", false), ("b.conf", "[^a]*", true), ("x.conf", "?.conf", true),
            ("xy.conf", "?.conf", false), ("[.conf", "[.conf", true), ("a*b", "a*b*b", false), ("abbb", "a*b*b", true),
        ]
        for (name, pattern, expected) in cases {
            XCTAssertEqual(ConfigurationInclude.matches(Array(name.utf8), pattern: Array(pattern.utf8)), expected, "\(name) ~ \(pattern)")
        }
    }

    func testAbsolutePathsMapIntoTheRepositoryAndNeverLeaveIt() {
        let tree = Tree(files: ["image/etc/ssh/sshd_config": "", "image/etc/ssh/sshd_config.d/b.conf": "", "image/etc/ssh/sshd_config.d/a.conf": "",
                                "image/etc/ssh/sshd_config.d/notes.txt": ""])
        let include = ConfigurationInclude(snapshot: tree)
        XCTAssertEqual(include.resolve("/etc/ssh/sshd_config.d/*.conf", as: .pattern, from: "image/etc/ssh/sshd_config"),
                       .files(["image/etc/ssh/sshd_config.d/a.conf", "image/etc/ssh/sshd_config.d/b.conf"]))
        XCTAssertEqual(include.resolve("sshd_config.d/*.conf", as: .pattern, from: "image/etc/ssh/sshd_config", relativeTo: "/etc/ssh"),
                       .files(["image/etc/ssh/sshd_config.d/a.conf", "image/etc/ssh/sshd_config.d/b.conf"]))
        XCTAssertEqual(include.resolve("../../../../outside.conf", as: .file, from: "image/etc/ssh/sshd_config"), .outsideRepository)
        XCTAssertEqual(include.resolve("/etc/*/sshd_config.d/a.conf", as: .pattern, from: "image/etc/ssh/sshd_config"), .outsideRepository,
                       "a pattern in a folder could be any folder of the server")
        XCTAssertEqual(include.resolve("/etc/ssh/*", as: .pattern, from: "image/etc/ssh/sshd_config.d/a.conf"),
                       .files(["image/etc/ssh/sshd_config"]), "found under a parent of the including file's folder")
    }

    /// sshd restores the `Match` block after an `Include`, and a drop-in is judged as its main file reads it.
    func testADropInIncludedInAMatchBlockIsConditional() {
        let files = [
            "ssh/sshd_config": "PasswordAuthentication no\nMatch Address 10.0.0.0/8\n  Include /etc/ssh/sshd_config.d/*.conf\nMatch all\n  X11Forwarding no\n",
            "ssh/sshd_config.d/50-lan.conf": "PasswordAuthentication yes\nX11Forwarding yes\n",
        ]
        let violations = SSHDPack.evaluate(SourceFile(path: "ssh/sshd_config.d/50-lan.conf", text: files["ssh/sshd_config.d/50-lan.conf"]!),
                                           in: Tree(files: files)).violations
        XCTAssertEqual(violations.map { "\($0.rule.id):\($0.violation.line)" }.sorted(), ["SSHD-PASSWORD-AUTH:1", "SSHD-X11-FORWARDING:2"])
        XCTAssertTrue(violations.allSatisfy { $0.violation.message.contains("Match Address 10.0.0.0/8") }, "\(violations)")
        XCTAssertEqual(findings(SSHDPack.self, "ssh/sshd_config", in: files), [], "the drop-in reports its own lines")
    }

    func testEveryArgumentOfAnIncludeIsRead() {
        let files = [
            "etc/ssh/sshd_config": "Include /etc/ssh/first.conf /etc/ssh/second.conf\nPermitRootLogin no\n",
            "etc/ssh/first.conf": "X11Forwarding no\n",
            "etc/ssh/second.conf": "PermitRootLogin yes\n",
        ]
        XCTAssertEqual(findings(SSHDPack.self, "etc/ssh/sshd_config", in: files).filter { !$0.hasPrefix("SSHD-PASSWORD") }, ["SSHD-ROOT-LOGIN:1"])
    }

    /// A chain of includes deeper than the server allows stops at its limit, said once, in linear time.
    func testDeepAndCyclicIncludesStopAtTheServersGuards() {
        var files = ["pg/postgresql.conf": "ssl = on\ninclude 'level1.conf'\n"]
        for level in 1...200 { files["pg/level\(level).conf"] = "include 'level\(level + 1).conf'\n" }
        XCTAssertEqual(findings(PostgreSQLConfigPack.self, "pg/postgresql.conf", in: files).filter { $0.hasPrefix("PG-INCLUDE") }, ["PG-INCLUDE-NOT-FOLLOWED:2"])
        let loop = ["my.cnf": "[mysqld]\nrequire_secure_transport = ON\n!include /etc/mysql/other.cnf\n", "other.cnf": "!include /etc/mysql/my.cnf\n"]
        XCTAssertEqual(findings(MySQLPack.self, "my.cnf", in: loop), ["MYSQL-INCLUDE-NOT-FOLLOWED:3"])
    }

    /// Debian's `my.cnf` only includes its two folders; what they set is what the server runs with.
    func testDebiansMySQLLayoutIsReadThroughItsIncludes() {
        let files = [
            "etc/mysql/my.cnf": "[client-server]\nsocket = /run/mysqld/mysqld.sock\n!includedir /etc/mysql/conf.d/\n!includedir /etc/mysql/mariadb.conf.d/\n",
            "etc/mysql/conf.d/mysql.cnf": "[mysql]\n",
            "etc/mysql/mariadb.conf.d/50-server.cnf": "[mysqld]\nbind-address = 0.0.0.0\nskip-grant-tables\n",
        ]
        XCTAssertEqual(findings(MySQLPack.self, "etc/mysql/my.cnf", in: files), [], "the drop-ins report what they set")
        XCTAssertEqual(findings(MySQLPack.self, "etc/mysql/mariadb.conf.d/50-server.cnf", in: files),
                       ["MYSQL-BIND-ALL:2", "MYSQL-NO-SECURE-TRANSPORT:2", "MYSQL-SKIP-GRANT-TABLES:3"])
    }
}
