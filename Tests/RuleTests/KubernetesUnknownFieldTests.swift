@testable import InfragateRules
import XCTest

/// `K8S-UNKNOWN-FIELD` names the field a misspelling meant, and `K8S-PSS-LABEL-INVALID` the level:
/// the message is what the author acts on.
final class KubernetesUnknownFieldTests: XCTestCase {
    private func messages(_ ruleID: String, _ manifest: String) -> [String] {
        KubernetesPack.evaluate(SourceFile(path: "deploy.yaml", text: manifest), in: EmptySnapshot())
            .violations.filter { $0.rule.id == ruleID }.map(\.violation.message)
    }

    func testTheNearestRealFieldIsNamed() {
        let found = messages("K8S-UNKNOWN-FIELD", """
            apiVersion: v1
            kind: Pod
            metadata: {name: web}
            spec:
              containers:
                - name: web
                  image: registry.example.com/web:1.0
                  securityContext:
                    readOnlyRootFileSystem: true
                    runAsRoot: false
                    allowPrivilegedEscalation: false
                    capabilities: {drops: [ALL]}
                    inventedSetting: 1
            """)
        XCTAssertEqual(found.count, 5, "\(found)")
        for (message, nearest) in zip(found, ["readOnlyRootFilesystem", "runAsNonRoot", "allowPrivilegeEscalation", "drop"]) {
            XCTAssertTrue(message.contains("the nearest field is `\(nearest)`"), message)
        }
        XCTAssertFalse(found[4].contains("nearest"), "nothing is near an invented name: \(found[4])")
    }

    func testALevelTypoIsNamedWithTheLevelMeant() {
        let found = messages("K8S-PSS-LABEL-INVALID", """
            apiVersion: v1
            kind: Namespace
            metadata:
              name: payments
              labels: {pod-security.kubernetes.io/enforce: restrictd, pod-security.kubernetes.io/audit-version: v1.+5}
            """)
        XCTAssertEqual(found.count, 2, "\(found)")
        XCTAssertTrue(found[0].contains("(`restricted`?)") && found[0].contains("judged at `restricted`"), found[0])
        XCTAssertTrue(found[1].contains("not `latest` or `v1.N`"), found[1])
    }

    /// Thousands of unknown keys cost one pass each, with the candidate search bounded by the key's length.
    func testManyAndLongUnknownKeysAreReportedOnce() {
        let keys = (0..<5_000).map { "            k\($0)\(String(repeating: "x", count: $0 % 200)): 1" }.joined(separator: "\n")
        let found = messages("K8S-UNKNOWN-FIELD", "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n    - name: c\n      image: i:1\n      securityContext:\n" + keys.replacingOccurrences(of: "            k", with: "        k"))
        XCTAssertEqual(found.count, 5_000)
    }
}
