import InfragateParsers
@testable import InfragateRules
import XCTest

/// SQL read as the servers lex it: strings, dollar quotes, quoted names and comments hide what
/// looks like a statement; `;` inside them ends nothing.
final class SQLScriptTests: XCTestCase {
    private func findings(_ text: String, path: String = "db/migrate/001.sql") -> [String] {
        SQLPack.evaluate(SourceFile(path: path, text: text), in: EmptySnapshot()).violations.map { "\($0.rule.id):\($0.violation.line)" }
    }

    func testQuotesAndCommentsHideStatements() {
        let text = """
            CREATE FUNCTION f() RETURNS void AS $body$ GRANT ALL ON t TO PUBLIC; $body$ LANGUAGE sql;
            /* outer /* nested; GRANT ALL ON t TO PUBLIC */ still comment; */
            SELECT 'it''s; GRANT ALL ON t TO PUBLIC', E'\\'; GRANT ALL ON t TO PUBLIC', "GRANT ALL ON t TO PUBLIC";
            -- GRANT ALL ON t TO PUBLIC;
            GRANT ALL ON t TO PUBLIC;
            """
        XCTAssertEqual(findings(text), ["SQL-GRANT-PUBLIC:5"])
    }

    /// MySQL's `#` comment where a statement starts; inside one, PostgreSQL's XOR operator does not hide what follows.
    func testHashCommentsOnlyWhereAStatementStarts() {
        let text = """
            # GRANT ALL ON *.* TO 'app'@'%';
            GRANT SELECT ON shop.* TO 'app'@'%'; # GRANT ALL ON t TO PUBLIC;
            SELECT 5 # 3; GRANT ALL ON t TO PUBLIC;
            """
        XCTAssertEqual(findings(text), ["SQL-GRANT-PUBLIC:3"])
    }

    func testTheValueOfALiteralPasswordIsNeverShown() {
        let messages = SQLPack.evaluate(SourceFile(path: "migrations/1.sql", text: "CREATE ROLE app LOGIN PASSWORD 'hunter2-Secret';"), in: EmptySnapshot())
            .violations.map(\.violation.message)
        XCTAssertEqual(messages.count, 1)
        XCTAssertFalse(messages.joined().contains("hunter2"))
    }

    func testOnlyMigrationAndInitFoldersAreRead() {
        XCTAssertTrue(SQLPack.recognises(path: "db/migrate/20240101_init.sql"))
        XCTAssertTrue(SQLPack.recognises(path: "docker/postgres/docker-entrypoint-initdb.d/01-users.sql"))
        XCTAssertTrue(SQLPack.recognises(path: "src/main/resources/db/V2__grants.sql"))
        XCTAssertFalse(SQLPack.recognises(path: "tests/fixtures/db/grants.sql"))
        XCTAssertFalse(SQLPack.recognises(path: "docs/examples/query.sql"))
    }

    /// Unterminated quotes and comments, and a megabyte of dollar signs, are read in one pass.
    func testHostileInputIsReadInLinearTime() {
        for text in [String(repeating: "$a", count: 200_000), "SELECT '" + String(repeating: "x;", count: 200_000),
                     String(repeating: "/*", count: 200_000), String(repeating: "GRANT ALL ON t TO PUBLIC;", count: 20_000)] {
            let started = Date()
            _ = SQLScript(parsing: text)
            XCTAssertLessThan(Date().timeIntervalSince(started), 20, "a generous guard against quadratic lexing")
        }
    }
}
