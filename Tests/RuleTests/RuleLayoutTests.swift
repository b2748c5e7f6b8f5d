import InfragateRules
import XCTest

/// Every pack is laid out the same, and a rule's file is named after its id, so that
/// `AWS-IAM-PASSROLE-WILDCARD` is found by its name:
/// `Rules/<Pack>/<Pack>Pack.swift`, and the folders `Model/` (what the pack parses the file into),
/// `Families/` (rule types with several instances), `Support/` (helpers of its rules), `Registry/`
/// (Terraform's models of registry modules) and `Rules/`
/// (one rule per file: `<ID>.swift`, or `<ID>+CloudFormation.swift` for a rule shared with Terraform).
final class RuleLayoutTests: XCTestCase {
    private static let folders: Set<String> = ["Model", "Families", "Support", "Rules", "Registry"]
    private let rulesFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources/Rules")

    func testEveryPackHasTheSameLayout() throws {
        for pack in RuleCatalog.packs {
            let name = packFolderName(pack)
            let entries = try FileManager.default.contentsOfDirectory(atPath: rulesFolder.appendingPathComponent(name).path)
            let files = entries.filter { $0.hasSuffix(".swift") }
            XCTAssertEqual(files, ["\(name)Pack.swift"], "\(name): only the pack file sits at the top of the pack")
            let stray = Set(entries).subtracting(files).subtracting(Self.folders)
            XCTAssertEqual(stray, [], "\(name): folders other than \(Self.folders.sorted())")
        }
    }

    func testEveryRuleFileIsNamedAfterTheRuleItHolds() throws {
        for pack in RuleCatalog.packs {
            let name = packFolderName(pack)
            let folder = rulesFolder.appendingPathComponent(name).appendingPathComponent("Rules")
            let listed = Set(pack.rules.map(\.id)).subtracting(try awsRuleIDs())
            var named = Set<String>()
            for file in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() {
                let stem = String(file.dropLast(".swift".count))
                let id = stem.hasSuffix("+CloudFormation") ? String(stem.dropLast("+CloudFormation".count)) : stem
                XCTAssertTrue(listed.contains(id), "\(name)/Rules/\(file) is named after no rule of the pack")
                named.insert(id)
                let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
                // `id: "X"`, or `static let id = "X"` for a rule that names its id elsewhere too.
                let described = text.matches(of: #/\bid: "([A-Z0-9-]+)"|static let id = "([A-Z0-9-]+)"/#).map { String($0.1 ?? $0.2 ?? "") }
                // A CloudFormation file of a shared rule takes its id from the Terraform rule.
                if !stem.hasSuffix("+CloudFormation") {
                    XCTAssertEqual(described, [id], "\(name)/Rules/\(file) must describe exactly the rule it is named after")
                }
            }
            XCTAssertEqual(listed.subtracting(named).sorted(), [], "\(name): rules without a file named after them")
        }
    }

    /// The AWS rules, written once and run by both the Terraform and the CloudFormation pack, live in
    /// `Rules/AWS/Rules/<ID>.swift` (CloudFormation lists those with a CloudFormation resource).
    func testEveryAWSRuleFileIsNamedAfterTheRuleItHolds() throws {
        let folder = rulesFolder.appendingPathComponent("AWS").appendingPathComponent("Rules")
        let terraform = Set(TerraformPack.rules.map(\.id))
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        XCTAssertGreaterThan(files.count, 50)
        for file in files {
            let id = String(file.dropLast(".swift".count))
            XCTAssertTrue(terraform.contains(id), "AWS/Rules/\(file) is not a rule the packs run")
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            XCTAssertEqual(text.matches(of: #/\bid: "([A-Z0-9-]+)"/#).map { String($0.1) }, [id], "AWS/Rules/\(file) must describe exactly its rule")
        }
    }

    private func awsRuleIDs() throws -> Set<String> {
        let folder = rulesFolder.appendingPathComponent("AWS").appendingPathComponent("Rules")
        return Set(try FileManager.default.contentsOfDirectory(atPath: folder.path).map { String($0.dropLast(".swift".count)) })
    }

    private func packFolderName(_ pack: any RulePack.Type) -> String {
        String(String(describing: pack).dropLast("Pack".count))
    }
}
