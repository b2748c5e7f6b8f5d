import Foundation
import InfragateEngine
import InfragateRules
import TestSupport
import XCTest

/// The policy's `sql:` section in a real repository: `paths` adds migration layouts the SQL pack does
/// not know by name, and `rls_schemas` asks every table of those schemas for row-level security,
/// which a later migration of the folder may turn on.
final class SQLPolicyTests: XCTestCase {
    private var repository: TemporaryRepository!

    override func setUpWithError() throws {
        repository = try TemporaryRepository(removedAtTeardown: addTeardownBlock)
        try repository.write(".infragate.yml", "version: 1\nsql:\n  paths: [\"db/**/*.sql\", \"qa/**/*.sql\"]\n  rls_schemas: [app]\n")
        try repository.commitAll("policy")
        try repository.git("checkout", "-q", "-b", "feature")
    }

    private func findings() throws -> [String] {
        let report = try Gate.check(repositoryPath: repository.path, base: "main", head: "feature", policyFile: nil)
        return report.findings.map(\.finding).filter { $0.ruleID.hasPrefix("SQL-") }.map { "\($0.ruleID) \($0.path):\($0.line)" }.sorted()
    }

    func testPolicyPathsAreJudgedAndTablesNeedRowSecurityFromALaterMigration() throws {
        try repository.write("db/schema/V9__orders.sql", "CREATE TABLE app.orders (id bigint);\nCREATE TABLE app.users (id bigint);\nCREATE TABLE public.countries (code text);\n")
        // V10 runs after V9, as Flyway orders versions, though it sorts first as text.
        try repository.write("db/schema/V10__rls.sql", "ALTER TABLE app.orders ENABLE ROW LEVEL SECURITY;\n")
        // Under `qa/`, which the built-in layouts do not read, but the policy names.
        try repository.write("qa/seed/grants.sql", "GRANT ALL ON app.orders TO PUBLIC;\n")
        // Not named by the policy and in no migration layout: not judged.
        try repository.write("docs/example.sql", "GRANT ALL ON app.orders TO PUBLIC;\n")
        try repository.commitAll("schema")
        XCTAssertEqual(try findings(), ["SQL-GRANT-PUBLIC qa/seed/grants.sql:1", "SQL-TABLE-WITHOUT-RLS db/schema/V9__orders.sql:2"])
    }

    /// Row-level security turned on in an earlier commit of the same push, and by a migration already
    /// in the repository, both count: the folder at the revision is what the tools apply.
    func testRowSecurityFromAnotherCommitCounts() throws {
        try repository.write("db/schema/V1__users.sql", "SET search_path TO app;\nCREATE TABLE users (id bigint);\n")
        try repository.commitAll("table")
        try repository.write("db/schema/V2__rls.sql", "ALTER TABLE app.users ENABLE ROW LEVEL SECURITY;\n")
        try repository.commitAll("row-level security")
        XCTAssertEqual(try findings(), [])
    }

    func testAPolicyWithoutSchemasAsksForNothing() throws {
        try repository.write(".infragate.yml", "version: 1\nsql:\n  paths: [\"db/**/*.sql\"]\n")
        try repository.commitAll("no schemas")
        try repository.git("checkout", "-q", "main")
        try repository.git("merge", "-q", "feature")
        try repository.git("checkout", "-q", "feature")
        try repository.write("db/schema/V1__users.sql", "CREATE TABLE app.users (id bigint);\n")
        try repository.commitAll("table")
        XCTAssertEqual(try findings(), [])
    }
}
