import Foundation
import InfragateEngine
import InfragateRules
import TestSupport
import XCTest

/// The opt-in cluster-repository rules (`K8S-CLUSTER-NO-POLICY-ENGINE`,
/// `K8S-CLUSTER-NO-IMAGE-VERIFICATION`) through `Gate.check` on a real repository: silent unless the
/// policy turns them on, answered from the whole tree (a policy committed in another folder
/// counts), once per changed file; turning one off again is a relaxation.
final class ClusterRepositoryRulesTests: XCTestCase {
    private static let ruleIDs = ["K8S-CLUSTER-NO-POLICY-ENGINE", "K8S-CLUSTER-NO-IMAGE-VERIFICATION"]
    private static let turnedOn = "version: 1\nrules:\n  K8S-CLUSTER-NO-POLICY-ENGINE: on\n  K8S-CLUSTER-NO-IMAGE-VERIFICATION: { severity: high }\n"

    private var repository: TemporaryRepository!

    private static func deployment(_ name: String, tag: String) -> String {
        """
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: \(name), namespace: shop}
        spec:
          template:
            spec:
              containers:
                - {name: \(name), image: "registry.example.com/\(name):\(tag)"}

        """
    }

    override func setUpWithError() throws {
        repository = try TemporaryRepository(removedAtTeardown: addTeardownBlock)
        try repository.write("apps/shop/web.yaml", Self.deployment("web", tag: "1.0") + "---\n" + Self.deployment("worker", tag: "1.0"))
        try repository.write("apps/shop/config.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: shop, namespace: shop}\ndata: {mode: live}\n")
        try repository.commitAll("base")
    }

    /// The cluster rules' findings of `HEAD~1..HEAD`, as "RULE path:line".
    private func clusterFindings(policy: String?) throws -> [String] {
        var policyFile: String?
        if let policy {
            policyFile = repository.root.appendingPathComponent("trusted.yml").path
            try policy.write(toFile: policyFile!, atomically: true, encoding: .utf8)
        }
        let report = try Gate.check(repositoryPath: repository.path, base: "HEAD~1", head: "HEAD", policyFile: policyFile)
        return report.findings.filter { Self.ruleIDs.contains($0.finding.ruleID) }
            .map { "\($0.finding.ruleID) \($0.finding.path):\($0.finding.line)" }.sorted()
    }

    private func changeWorkloads() throws {
        try repository.write("apps/shop/web.yaml", Self.deployment("web", tag: "1.1") + "---\n" + Self.deployment("worker", tag: "1.1"))
        try repository.write("apps/shop/config.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: shop, namespace: shop}\ndata: {mode: test}\n")
        try repository.commitAll("bump")
    }

    func testOffUnlessThePolicyTurnsThemOnThenOncePerChangedFile() throws {
        try changeWorkloads()
        XCTAssertEqual(try clusterFindings(policy: nil), [], "opt-in: no policy, no finding")
        XCTAssertEqual(try clusterFindings(policy: "version: 1\nfail_on: low\n"), [])
        // Two workloads in one file, one ConfigMap in another: one finding each, on the first workload.
        XCTAssertEqual(try clusterFindings(policy: Self.turnedOn), [
            "K8S-CLUSTER-NO-IMAGE-VERIFICATION apps/shop/web.yaml:2",
            "K8S-CLUSTER-NO-POLICY-ENGINE apps/shop/web.yaml:2",
        ])
    }

    func testPoliciesElsewhereInTheTreeAnswerThem() throws {
        try repository.write("cluster/kyverno/verify.yaml", """
            apiVersion: kyverno.io/v1
            kind: ClusterPolicy
            metadata: {name: verify-images}
            spec:
              rules:
                - name: signed
                  match:
                    any:
                      - resources: {kinds: [Pod]}
                  verifyImages:
                    - imageReferences: ["registry.example.com/*"]
                      attestors:
                        - entries:
                            - keyless: {subject: "https://github.com/acme/*", issuer: "https://token.actions.githubusercontent.com"}
            """)
        try repository.commitAll("kyverno")
        try changeWorkloads()
        XCTAssertEqual(try clusterFindings(policy: Self.turnedOn), [], "a Kyverno policy with verifyImages answers both")

        // The policy deleted again, a ValidatingAdmissionPolicy without a binding put in its place.
        try repository.delete("cluster/kyverno/verify.yaml")
        try repository.write("cluster/vap/replicas.yaml", """
            apiVersion: admissionregistration.k8s.io/v1
            kind: ValidatingAdmissionPolicy
            metadata: {name: max-replicas}
            spec:
              validations:
                - expression: "object.spec.replicas <= 5"
            """)
        try repository.write("apps/shop/web.yaml", Self.deployment("web", tag: "1.2"))
        try repository.commitAll("vap without binding")
        XCTAssertEqual(try clusterFindings(policy: Self.turnedOn), [
            "K8S-CLUSTER-NO-IMAGE-VERIFICATION apps/shop/web.yaml:2",
            "K8S-CLUSTER-NO-POLICY-ENGINE apps/shop/web.yaml:2",
        ])

        try repository.write("cluster/vap/binding.yaml", """
            apiVersion: admissionregistration.k8s.io/v1
            kind: ValidatingAdmissionPolicyBinding
            metadata: {name: max-replicas}
            spec: {policyName: max-replicas, validationActions: [Deny]}
            """)
        try repository.write("apps/shop/web.yaml", Self.deployment("web", tag: "1.3"))
        try repository.commitAll("binding")
        XCTAssertEqual(try clusterFindings(policy: Self.turnedOn), ["K8S-CLUSTER-NO-IMAGE-VERIFICATION apps/shop/web.yaml:2"])
    }

    func testTurningOneOffAgainIsARelaxation() throws {
        let knownRuleIDs = Set(RuleCatalog.all.map(\.id))
        let parse = { (text: String) in try Policy.parse(text, origin: "trusted.yml", knownRuleIDs: knownRuleIDs) }
        let on = try parse(Self.turnedOn)
        XCTAssertTrue(on.enabledRules.includes("K8S-CLUSTER-NO-POLICY-ENGINE"))
        XCTAssertFalse(try parse("version: 1\n").enabledRules.includes("K8S-CLUSTER-NO-POLICY-ENGINE"))
        let off = try parse("version: 1\nrules:\n  K8S-CLUSTER-NO-IMAGE-VERIFICATION: { severity: high }\n")
        XCTAssertEqual(on.relaxations(in: off), ["rule K8S-CLUSTER-NO-POLICY-ENGINE turned off"])
        XCTAssertEqual(on.relaxations(in: try parse("version: 1\n")).sorted(),
                       ["rule K8S-CLUSTER-NO-IMAGE-VERIFICATION turned off", "rule K8S-CLUSTER-NO-POLICY-ENGINE turned off"])
        XCTAssertEqual(off.relaxations(in: on), [], "turning one on is no relaxation")
    }
}
