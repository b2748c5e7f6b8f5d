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

/// Which schema a table lands in and the order migrations run in, for SQL-TABLE-WITHOUT-RLS.
final class SQLRowSecurityTests: XCTestCase {
    private func unprotected(_ text: String) -> [String] {
        SQLScript(parsing: text).tablesWithoutRowSecurity().map { "\($0.name):\($0.line)" }
    }

    /// pg_dump (and Rails' structure.sql) empties the path with `set_config` and qualifies every name.
    func testSearchPathSettingsDecideTheSchemaOfUnqualifiedNames() {
        XCTAssertEqual(unprotected("SELECT pg_catalog.set_config('search_path', '', false);\nCREATE TABLE app.a (id int);\nCREATE TABLE b (id int);"), ["app.a:2"])
        XCTAssertEqual(unprotected("SELECT set_config('search_path', 'app, public', false);\nCREATE TABLE a (id int);"), ["app.a:2"])
        XCTAssertEqual(unprotected("SET LOCAL search_path = \"$user\", app;\nCREATE TABLE a (id int);\nSET search_path TO DEFAULT;\nCREATE TABLE b (id int);"), ["app.a:2", "public.b:4"])
        XCTAssertEqual(unprotected("CREATE TABLE \"App\".\"Users\" (id int);\nALTER TABLE app.users ENABLE ROW LEVEL SECURITY;"), ["App.Users:1"])
        XCTAssertEqual(unprotected("CREATE TEMP TABLE t (id int);\nCREATE TABLE shop.app.t (id int);\nALTER TABLE ONLY app.t ENABLE ROW LEVEL SECURITY;"), [])
    }

    func testMigrationOrderComparesNumbersAsNumbers() {
        XCTAssertTrue(MigrationOrder.precedes("db/V9__a.sql", "db/V10__b.sql"))
        XCTAssertFalse(MigrationOrder.precedes("db/V10__b.sql", "db/V9__a.sql"))
        XCTAssertTrue(MigrationOrder.precedes("db/migrate/20231231000000_a.sql", "db/migrate/20240101000000_b.sql"))
        XCTAssertTrue(MigrationOrder.precedes("app/migrations/0002_a.sql", "app/migrations/0010_b.sql"))
        XCTAssertFalse(MigrationOrder.precedes("db/V1__a.sql", "db/V1__a.sql"))
    }
}
