import InfragateEngine
import XCTest

/// The policy's `secrets:` section: every key read, every mistake an error at its line, every
/// loosening a relaxation.
final class SecretsPolicyTests: XCTestCase {
    private let fingerprint = "0123456789abcdef0123456789abcdef"

    func testEveryKeyIsRead() throws {
        let policy = try PolicyFixtures.parse("""
            version: 1
            secrets:
              enabled: true
              paths:
                exclude: ["**/testdata/**"]
              allow:
                - fingerprint: \(fingerprint.uppercased())
                  reason: revoked fixture key
              min_entropy: 4.0
            """)
        XCTAssertTrue(policy.secrets.isEnabled)
        XCTAssertFalse(policy.secrets.scans(path: "pkg/testdata/key.pem"))
        XCTAssertTrue(policy.secrets.scans(path: "config/app.env"))
        XCTAssertEqual(policy.secrets.allowance(forFingerprint: fingerprint)?.reason, "revoked fixture key")
        XCTAssertEqual(policy.secrets.minimumEntropy, 4.0)
        XCTAssertTrue(Policy.defaults.secrets.scans(path: "examples/app.env"), "the top-level paths.exclude does not apply to secrets")
    }

    func testMistakesAreErrorsAtTheirLine() {
        let cases: [(String, Int, String)] = [
            ("version: 1\nsecrets:\n  enable: false\n", 3, "unknown key `enable`"),
            ("version: 1\nsecrets:\n  enabled: nope\n", 3, "secrets.enabled"),
            ("version: 1\nsecrets:\n  allow:\n    - fingerprint: abc\n      reason: r\n", 4, "32 hex digits"),
            ("version: 1\nsecrets:\n  allow:\n    - fingerprint: \(fingerprint)\n", 4, "needs `fingerprint` and `reason`"),
            ("version: 1\nsecrets:\n  allow:\n    - fingerprint: \(fingerprint)\n      reason: \"  \"\n", 5, "must say why"),
            ("version: 1\nsecrets:\n  allow: \(fingerprint)\n", 3, "must be a list"),
            ("version: 1\nsecrets:\n  min_entropy: 9\n", 3, "from 0 to 8"),
            ("version: 1\nsecrets:\n  paths:\n    exclude: [\"a/[\"]\n", 4, "secrets.paths.exclude"),
        ]
        for (text, line, fragment) in cases {
            do {
                _ = try PolicyFixtures.parse(text)
                XCTFail("accepted:\n\(text)")
            } catch let error as PolicyError {
                XCTAssertEqual(error.line, line, "\(error)")
                XCTAssertTrue(error.message.contains(fragment), "expected `\(fragment)` in \(error)")
            } catch {
                XCTFail("\(error)")
            }
        }
    }

    func testLooseningTheScanIsARelaxation() throws {
        let strict = try PolicyFixtures.parse("version: 1\n")
        let lax = try PolicyFixtures.parse("""
            version: 1
            secrets:
              enabled: false
              paths: { exclude: ["config/**"] }
              allow: [{ fingerprint: \(fingerprint), reason: fixture }]
              min_entropy: 5
            """)
        XCTAssertEqual(strict.relaxations(in: lax), [
            "secrets.enabled turned off", "secrets.paths.exclude adds config/**", "secrets.allow adds \(fingerprint)",
            "secrets.min_entropy raised from 3.5 to 5.0",
        ])
        XCTAssertEqual(lax.relaxations(in: strict), [])
    }
}
