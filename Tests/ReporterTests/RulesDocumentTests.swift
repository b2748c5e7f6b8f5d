import InfragateReporters
import XCTest

/// docs/rules.md is generated from the catalog; this keeps it from drifting.
final class RulesDocumentTests: XCTestCase {
    private let docs = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("docs")

    /// SARIF's helpUri points at these pages, so a rule without its page is a dead link.
    func testEveryRulePageMatchesTheCatalogAndNoneIsLeftOver() throws {
        let folder = docs.appendingPathComponent("rules")
        let hint = "docs/rules/ is stale: regenerate it with `infragate rules --pages docs/rules`"
        let pages = CatalogRenderer.pages()
        let committed = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".md") }
        XCTAssertEqual(Set(committed), Set(pages.map(\.fileName)), hint)
        for page in pages {
            let text = try? String(contentsOf: folder.appendingPathComponent(page.fileName), encoding: .utf8)
            XCTAssertEqual(text, page.text, "\(page.fileName): \(hint)")
        }
    }

    func testDocsRulesTableMatchesTheCatalog() throws {
        let document = docs.appendingPathComponent("rules.md")
        let committed = try String(contentsOf: document, encoding: .utf8)
        XCTAssertEqual(committed, CatalogRenderer.markdown(),
                       "docs/rules.md is stale: regenerate it with `infragate rules --format markdown > docs/rules.md`")
    }
}
