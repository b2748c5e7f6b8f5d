import Foundation
import InfragateEngine
import TestSupport
import XCTest

/// Every machine format, from a real run with active, suppressed and hostile findings, validated
/// against the official schema it claims (Tests/Schemas/README.md says where each comes from).
final class SchemaValidationTests: XCTestCase {
    private static let schemas = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Schemas")

    private var repository: TemporaryRepository!

    override func setUpWithError() throws {
        repository = try TemporaryRepository(removedAtTeardown: addTeardownBlock)
        try repository.write("app/Dockerfile", GateCheckTests.goodDockerfile)
        try repository.commitAll("base")
        try repository.git("checkout", "-q", "-b", "feature")
        try repository.write("svc <&\"'>/Dockerfile", GateCheckTests.badDockerfile)
        try repository.write("k8s/web.yaml", """
            apiVersion: v1
            kind: Pod
            metadata:
              name: web
            spec:
              containers:
                - name: web
                  # infragate:ignore K8S-IMAGE-NO-DIGEST pinned by the admission controller
                  image: nginx:1.27
            """)
        try repository.commitAll("bad")
    }

    /// Writes every format of one `check` run and returns the files by format.
    private func reports() throws -> [String: URL] {
        var files: [String: URL] = [:]
        var arguments = ["check", "--repo", repository.path, "--base", "main", "--head", "feature", "--format", "text", "--no-color"]
        for format in ["sarif", "gitlab-sast", "gitlab", "json", "junit"] {
            let file = repository.beside("report.\(format)")
            files[format] = file
            arguments += ["--report", "\(format)=\(file.path)"]
        }
        let run = try InfragateBinary.run(arguments)
        XCTAssertEqual(run.status, ExitStatus.policyFailed, run.stderr)
        return files
    }

    private func schema(_ name: String) throws -> URL {
        let file = Self.schemas.appendingPathComponent(name)
        guard FileManager.default.fileExists(atPath: file.path) else {
            throw XCTSkip("\(name) is not in Tests/Schemas (scripts/fetch-schemas.sh downloads it); not validated")
        }
        return file
    }

    private func validateJSON(_ document: URL, against schemaName: String) throws {
        let schema = try schema(schemaName)
        let check = """
            import json, sys
            try:
                import jsonschema
            except ImportError:
                sys.exit(77)
            schema = json.load(open(sys.argv[1]))
            document = json.load(open(sys.argv[2]))
            errors = list(jsonschema.validators.validator_for(schema)(schema).iter_errors(document))
            for error in errors[:20]:
                print("/".join(map(str, error.absolute_path)) + ": " + error.message[:300])
            sys.exit(1 if errors else 0)
            """
        let result = try Shell.run("/usr/bin/env", ["python3", "-c", check, schema.path, document.path])
        if result.status == 77 || result.status == 127 {
            throw XCTSkip("python3 with jsonschema is not installed (Debian python3-jsonschema); \(schemaName) not validated")
        }
        XCTAssertEqual(result.status, 0, "\(document.lastPathComponent) is not valid against \(schemaName):\n\(result.stdout)\(result.stderr)")
    }

    func testSARIFIsValidAgainstTheOASISSchema() throws {
        try validateJSON(try XCTUnwrap(reports()["sarif"]), against: "sarif-schema-2.1.0.json")
    }

    func testGitLabSASTIsValidAgainstTheSchemaVersionItDeclares() throws {
        let report = try XCTUnwrap(reports()["gitlab-sast"])
        let declared = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(contentsOf: report)) as? [String: Any])["version"] as? String
        XCTAssertEqual(declared, "15.0.6")
        try validateJSON(report, against: "sast-report-format-\(declared ?? "").json")
    }

    func testJUnitIsValidAgainstTheJenkinsSchema() throws {
        let report = try XCTUnwrap(reports()["junit"])
        let schema = try schema("junit-10.xsd")
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/xmllint") else {
            throw XCTSkip("xmllint is not installed (Debian libxml2-utils); junit-10.xsd not validated")
        }
        let result = try Shell.run("/usr/bin/xmllint", ["--noout", "--schema", schema.path, report.path])
        XCTAssertEqual(result.status, 0, result.stderr)
    }
}
