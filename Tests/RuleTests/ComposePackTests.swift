import InfragateRules
import XCTest

final class ComposePackTests: XCTestCase {
    private func lines(_ text: String, rule: String) -> [Int] {
        ComposePack.evaluate(SourceFile(path: "compose.yaml", text: text), in: EmptySnapshot())
            .violations.filter { $0.rule.id == rule }.map(\.violation.line).sorted()
    }

    func testEnvironmentSecretsAreFoundInTheMapForm() {
        let text = """
            services:
              db:
                image: postgres:16
                environment:
                  POSTGRES_USER: shop
                  POSTGRES_PASSWORD: changeme
                  MYSQL_ROOT_PASSWORD: ${ROOT_PASSWORD}
            """
        XCTAssertEqual(lines(text, rule: "COMPOSE-SECRET-IN-ENV"), [6])
    }

    func testEnvironmentSecretsAreFoundInTheListForm() {
        let text = """
            services:
              db:
                image: postgres:16
                environment:
                  - POSTGRES_USER=shop
                  - "POSTGRES_PASSWORD=s3cr3t=with=equals"
                  - GITHUB_TOKEN
            """
        XCTAssertEqual(lines(text, rule: "COMPOSE-SECRET-IN-ENV"), [6])
    }

    func testMessagesNameTheVariableNeverItsValue() {
        let result = ComposePack.evaluate(SourceFile(path: "compose.yaml", text: """
            services:
              db:
                image: postgres:16
                environment: {POSTGRES_PASSWORD: "Xy7!secret-value"}
            """), in: EmptySnapshot())
        let violation = result.violations.first { $0.rule.id == "COMPOSE-SECRET-IN-ENV" }?.violation
        XCTAssertEqual(violation?.message.contains("POSTGRES_PASSWORD"), true)
        XCTAssertEqual(violation?.message.contains("Xy7"), false)
        XCTAssertEqual(violation?.identity.contains("Xy7"), false)
    }

    func testPortsOnAllInterfacesInEverySyntax() {
        let text = """
            services:
              db:
                image: postgres:16
                ports:
                  - "5432"
                  - "0.0.0.0:3306:3306/tcp"
                  - "[::]:6379:6379"
                  - "127.0.0.1:9200:9200"
                  - "2222:22"
                  - target: 5432
                    host_ip: 127.0.0.1
            """
        XCTAssertEqual(lines(text, rule: "COMPOSE-EXPOSED-SENSITIVE-PORT"), [5, 6, 7, 9])
    }

    func testMergeKeysCarrySettingsIntoServices() {
        let text = """
            x-common: &common
              privileged: true
            services:
              api:
                <<: *common
                image: api:2.1
              worker:
                <<: *common
                image: worker:1.2
                privileged: false
            """
        XCTAssertEqual(lines(text, rule: "COMPOSE-PRIVILEGED"), [2])
    }

    func testComposeFilesAreRecognisedByContent() {
        XCTAssertTrue(ComposePack.matches(content: "services:\n  web:\n    build: .\n"))
        XCTAssertFalse(ComposePack.matches(content: "services:\n  - web\n"))
        XCTAssertFalse(ComposePack.matches(content: "apiVersion: v1\nkind: Service\n"))
    }

    func testFilesWithoutServicesAreIgnored() {
        XCTAssertEqual(lines("version: '3'\nnetworks: {front: {}}\n", rule: "COMPOSE-NO-HEALTHCHECK"), [])
    }

    /// Variables read as Compose reads them with nothing set: defaults (nested too) are the value,
    /// `:+` is empty, `$$` is a literal dollar, and what the environment alone decides is not known.
    func testInterpolationIsReadAsComposeReadsItUnset() {
        let cases: [(String, [Int])] = [
            ("${PRIV:-${OTHER:-true}}", [4]),
            ("${PRIV-on}", [4]),
            ("\"${PRIV:+true}\"", []),
            ("\"$${PRIV:-true}\"", []),
            ("${PRIV:-true", []),
            ("${PRIV:?must be set}", []),
            ("$PRIV", []),
        ]
        for (value, expected) in cases {
            let text = "services:\n  app:\n    image: app:1\n    privileged: \(value)\n"
            XCTAssertEqual(lines(text, rule: "COMPOSE-PRIVILEGED"), expected, value)
        }
    }

    func testHostileNestingIsUnknownNotACrash() {
        let depth = 50_000
        let value = String(repeating: "${A:-", count: depth) + "true" + String(repeating: "}", count: depth)
        let text = "services:\n  app:\n    image: app:1\n    privileged: \"\(value)\"\n"
        XCTAssertEqual(lines(text, rule: "COMPOSE-PRIVILEGED"), [])
    }
}
