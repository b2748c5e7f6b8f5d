import InfragateReporters
import XCTest

/// docs/rules.md is generated from the catalog; this keeps it from drifting.
final class RulesDocumentTests: XCTestCase {
    func testDocsRulesTableMatchesTheCatalog() throws {
        let document = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("docs/rules.md")
        let committed = try String(contentsOf: document, encoding: .utf8)
        XCTAssertEqual(committed, CatalogRenderer.markdown(),
                       "docs/rules.md is stale: regenerate it with `infragate rules --format markdown > docs/rules.md`")
    }
}
