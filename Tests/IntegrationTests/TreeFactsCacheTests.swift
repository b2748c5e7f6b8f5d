import Foundation
import InfragateEngine
import TestSupport
import XCTest

/// The tree facts kept per git tree object (`$GIT_DIR/infragate/facts/`) give exactly the answers of
/// a cold run: warm, after the change moved on, and after the store is deleted, corrupted or forged.
final class TreeFactsCacheTests: XCTestCase {
    private var repository: TemporaryRepository!

    private static func deployment(_ image: String) -> String {
        """
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: web, namespace: apps}
        spec:
          template:
            spec:
              containers:
              - name: web
                image: \(image)

        """
    }
    private static let networkPolicy = """
        apiVersion: networking.k8s.io/v1
        kind: NetworkPolicy
        metadata: {name: default-deny, namespace: apps}
        spec:
          podSelector: {}
          policyTypes: [Ingress, Egress]

        """

    override func setUpWithError() throws {
        repository = try TemporaryRepository(removedAtTeardown: addTeardownBlock)
        for index in 0..<30 { try repository.write("docs/d\(index % 5)/n\(index).yaml", "title: note \(index)\n") }
        try repository.write("platform/policies/apps.yaml", Self.networkPolicy)
        try repository.write("apps/web/deploy.yaml", Self.deployment("nginx:1.26"))
        try repository.commitAll("base")
    }

    private var facts: URL { URL(fileURLWithPath: repository.path).appendingPathComponent(".git/infragate/facts") }

    /// Whether `check base..head` reports the workload's namespace as having no NetworkPolicy.
    private func reportsMissingPolicy(_ base: String, _ head: String) throws -> Bool {
        try Gate.check(repositoryPath: repository.path, base: base, head: head, policyFile: nil)
            .findings.contains { $0.finding.ruleID == "K8S-NO-NETWORK-POLICY" }
    }

    func testKeptFactsAnswerAsAColdRunDoes() throws {
        try repository.write("apps/web/deploy.yaml", Self.deployment("nginx:1.27"))
        try repository.commitAll("bump")
        XCTAssertFalse(try reportsMissingPolicy("HEAD~1", "HEAD"), "cold: the policy elsewhere in the tree counts")
        XCTAssertTrue(FileManager.default.fileExists(atPath: facts.path), "the facts were kept")
        XCTAssertFalse(try reportsMissingPolicy("HEAD~1", "HEAD"), "warm")

        // The next change removes the policy: the kept facts of unchanged folders must not hide that.
        try repository.delete("platform/policies/apps.yaml")
        try repository.write("apps/web/deploy.yaml", Self.deployment("nginx:1.28"))
        try repository.commitAll("drop the policy")
        XCTAssertTrue(try reportsMissingPolicy("HEAD~1", "HEAD"), "warm store, changed tree")
        try FileManager.default.removeItem(at: facts)
        XCTAssertTrue(try reportsMissingPolicy("HEAD~1", "HEAD"), "store deleted")
    }

    func testAServiceAccountElsewhereInTheTreeDecidesTokenMounting() throws {
        let account = "apiVersion: v1\nkind: ServiceAccount\nmetadata: {name: web, namespace: apps}\nautomountServiceAccountToken: false\n"
        try repository.write("platform/accounts/web.yaml", account)
        try repository.commitAll("account")
        try repository.write("apps/web/deploy.yaml", Self.deployment("nginx:1.27").replacingOccurrences(
            of: "      containers:", with: "      serviceAccountName: web\n      containers:"))
        try repository.commitAll("use the account")
        let mounted = { try Gate.check(repositoryPath: self.repository.path, base: "HEAD~1", head: "HEAD", policyFile: nil)
            .findings.contains { $0.finding.ruleID == "K8S-SA-TOKEN-MOUNTED" } }
        XCTAssertFalse(try mounted(), "the ServiceAccount in another file refuses the token")
        try repository.write("platform/accounts/web.yaml", account.replacingOccurrences(of: "false", with: "true"))
        try repository.write("apps/web/deploy.yaml", Self.deployment("nginx:1.28").replacingOccurrences(
            of: "      containers:", with: "      serviceAccountName: web\n      containers:"))
        try repository.commitAll("account mounts again")
        XCTAssertTrue(try mounted())
    }

    func testCorruptOrForgedFactsAreIgnored() throws {
        try repository.delete("platform/policies/apps.yaml")
        try repository.write("apps/web/deploy.yaml", Self.deployment("nginx:1.27"))
        try repository.commitAll("no policy anywhere")
        XCTAssertTrue(try reportsMissingPolicy("HEAD~1", "HEAD"))

        // Someone rewrites every record to claim a policy in `apps`, without the key to seal it.
        let claim = Array("NetworkPolicy\u{1}apps".utf8).map { String(format: "%02x", $0) }.joined()
        for folder in try FileManager.default.contentsOfDirectory(atPath: facts.path) {
            let directory = facts.appendingPathComponent(folder)
            for shard in try FileManager.default.contentsOfDirectory(atPath: directory.path) {
                let file = directory.appendingPathComponent(shard)
                let forged = try String(contentsOf: file, encoding: .utf8).split(separator: "\n").map { line -> String in
                    let fields = line.split(separator: " ")
                    return "\(fields[0]) \(claim) \(fields[2])"
                }
                try (forged.joined(separator: "\n") + "\n\u{0}garbage line\n").write(to: file, atomically: true, encoding: .utf8)
            }
        }
        XCTAssertTrue(try reportsMissingPolicy("HEAD~1", "HEAD"), "forged records are not believed")
    }

    /// A fact is a line of text, and kept facts are many facts in one record: a name holding a
    /// newline (or the U+0001 that joins a fact's words) must neither split into a second fact when
    /// the record is read back nor forge one in the run that writes it.
    func testANameWithANewlineCannotForgeAFact() throws {
        try repository.delete("platform/policies/apps.yaml")
        let forgery = "apiVersion: v1\nkind: ServiceAccount\nmetadata: {name: \"x\\nNetworkPolicy\\u0001apps\", namespace: apps}\nautomountServiceAccountToken: false\n"
        try repository.write("platform/accounts/forged.yaml", forgery)
        try repository.write("apps/web/deploy.yaml", Self.deployment("nginx:1.27"))
        try repository.commitAll("a forged name")
        XCTAssertTrue(try reportsMissingPolicy("HEAD~1", "HEAD"), "cold")
        XCTAssertTrue(FileManager.default.fileExists(atPath: facts.path), "the facts were kept")
        XCTAssertTrue(try reportsMissingPolicy("HEAD~1", "HEAD"), "warm: the kept record reads back as the facts written")
    }
}
