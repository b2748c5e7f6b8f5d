import InfragateEngine
import InfragateRules
import XCTest

/// The policy's `kubernetes:` section: the Pod Security profile every workload must meet, handed to
/// rules as a parameter, every mistake an error at its line, and lowering it a relaxation.
final class KubernetesPolicyTests: XCTestCase {
    func testTheProfileReachesTheRules() throws {
        XCTAssertNil(Policy.defaults.ruleParameters.podSecurityProfile, "no profile unless the policy sets one")
        for profile in RuleParameters.PodSecurityProfile.allCases {
            let policy = try PolicyFixtures.parse("version: 1\nkubernetes:\n  pod_security: \(profile.rawValue)\n")
            XCTAssertEqual(policy.kubernetes.podSecurity, profile)
            XCTAssertEqual(policy.ruleParameters.podSecurityProfile, profile)
        }
        XCTAssertNil(try PolicyFixtures.parse("version: 1\nkubernetes: {}\n").kubernetes.podSecurity)
    }

    func testMistakesAreErrorsAtTheirLine() {
        let cases: [(String, Int, String)] = [
            ("version: 1\nkubernetes:\n  pod_securty: restricted\n", 3, "unknown key `pod_securty`"),
            ("version: 1\nkubernetes:\n  pod_security: restrictd\n", 3, "one of baseline, restricted"),
            ("version: 1\nkubernetes:\n  pod_security: privileged\n", 3, "one of baseline, restricted"),
            ("version: 1\nkubernetes:\n  pod_security: [restricted]\n", 3, "pod_security"),
            ("version: 1\nkubernetes: restricted\n", 2, "kubernetes"),
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

    func testLoweringOrDroppingTheProfileIsARelaxation() throws {
        let restricted = try PolicyFixtures.parse("version: 1\nkubernetes: {pod_security: restricted}\n")
        let baseline = try PolicyFixtures.parse("version: 1\nkubernetes: {pod_security: baseline}\n")
        XCTAssertEqual(restricted.relaxations(in: baseline), ["kubernetes.pod_security lowered from restricted to baseline"])
        XCTAssertEqual(baseline.relaxations(in: try PolicyFixtures.parse("version: 1\n")), ["kubernetes.pod_security removed (was baseline)"])
        XCTAssertEqual(baseline.relaxations(in: restricted), [])
        XCTAssertEqual(try PolicyFixtures.parse("version: 1\n").relaxations(in: baseline), [])
    }
}
