import InfragateParsers
@testable import InfragateRules
import XCTest

/// Server flags read as the servers read them, and the ways people (and attackers) spell them.
final class ServerCommandLineTests: XCTestCase {
    private func flags(_ words: [String], image: String? = nil) -> [String] {
        ServerCommandLine.problems(in: words.map { .init(text: $0, line: 1) }, image: image.map(ImageReference.init(parsing:))).map(\.flag)
    }

    func testEachServersSpellingsAreRead() {
        XCTAssertEqual(flags(["postgres", "-cssl=off"]), ["-c ssl=off"])
        XCTAssertEqual(flags(["/usr/lib/postgresql/16/bin/postgres", "--SSL=false"]), ["-c ssl=false"])
        XCTAssertEqual(flags(["postgres", "-c", "password-encryption=MD5"]), ["-c password_encryption=MD5"])
        XCTAssertEqual(flags(["mariadbd", "--loose-skip_grant_tables"]), ["--loose-skip_grant_tables"])
        XCTAssertEqual(flags(["mysqld", "--skip-ssl"]), ["--skip-ssl"])
        XCTAssertEqual(flags(["mysqld", "--disable-require-secure-transport"]), ["--disable-require-secure-transport"])
        XCTAssertEqual(flags(["redis-server", "--PROTECTED-MODE", "no"]), ["--protected-mode no"])
        XCTAssertEqual(flags(["redis-server", "--requirepass", "", "--port", "6379"]), ["--requirepass \"\""])
    }

    func testTheServerIsFoundWhereACommandStarts() {
        XCTAssertEqual(flags(["sh", "-ec", "chown redis /data; exec redis-server --protected-mode no"]), ["--protected-mode no"])
        XCTAssertEqual(flags(["/bin/bash", "-c", "sleep 1 && docker-entrypoint.sh postgres -c 'ssl=off'"]), ["-c ssl=off"])
        XCTAssertEqual(flags(["--skip-grant-tables"], image: "docker.io/library/mariadb:11"), ["--skip-grant-tables"])
        XCTAssertEqual(flags(["--skip-grant-tables"], image: "internal/app:1.0"), [], "flags for an unknown image are its own")
        XCTAssertEqual(flags(["echo", "redis-server", "--protected-mode", "no"]), [])
        XCTAssertEqual(flags(["pg_isready", "-U", "postgres", "-c", "ssl=off"]), [])
    }

    /// A password given on the command line is never repeated in the finding.
    func testAPasswordIsNeverShown() {
        XCTAssertEqual(flags(["redis-server", "--requirepass", "s3cr3t-value", "--protected-mode", "no"]), ["--protected-mode no"])
        let compose = "services:\n  cache:\n    image: redis:7\n    command: redis-server --requirepass \"\" --masterauth hunter2-secret\n"
        let messages = ComposePack.evaluate(SourceFile(path: "docker-compose.yml", text: compose), in: EmptySnapshot()).violations.map(\.violation.message)
        XCTAssertFalse(messages.isEmpty)
        XCTAssertFalse(messages.joined().contains("hunter2"), "\(messages)")
    }
}
