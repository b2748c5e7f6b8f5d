import ArgumentParser
import Foundation
import InfragateReporters
import InfragateRules

struct Rules: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List every rule (id, severity, pack, title); --format json adds all metadata, --format markdown the equivalents table.")

    enum Format: String, ExpressibleByArgument { case text, json, markdown }

    @Option(help: "text, json or markdown (the table in docs/rules.md).")
    var format: Format = .text

    @Option(help: ArgumentHelp("Write every rule's page to DIR (docs/rules), removing pages of rules that no longer exist.", valueName: "DIR"))
    var pages: String?

    func run() throws {
        if let pages {
            try writePages(to: pages)
            return
        }
        switch format {
        case .text: print(CatalogRenderer.text(), terminator: "")
        case .json: print(CatalogRenderer.json(), terminator: "")
        case .markdown: print(CatalogRenderer.markdown(), terminator: "")
        }
    }
}

extension Rules {
    private func writePages(to directory: String) throws {
        let pages = CatalogRenderer.pages()
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            let current = Set(pages.map(\.fileName))
            for stale in try FileManager.default.contentsOfDirectory(atPath: directory) where stale.hasSuffix(".md") && !current.contains(stale) {
                try FileManager.default.removeItem(atPath: (directory as NSString).appendingPathComponent(stale))
            }
            for page in pages {
                try page.text.write(toFile: (directory as NSString).appendingPathComponent(page.fileName), atomically: true, encoding: .utf8)
            }
        } catch {
            FileHandle.standardError.write(Data("infragate: cannot write the rule pages to \(directory): \(error.localizedDescription)\n".utf8))
            throw ExitCode(2)
        }
        print("wrote \(pages.count) rule pages to \(directory)")
    }
}

struct Explain: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Show a rule's documentation and its good and bad examples.")

    @Argument(help: "A rule id, e.g. DOCKER-ROOT-USER.")
    var ruleID: String

    func run() throws {
        guard let rule = RuleCatalog.rule(withID: ruleID) else {
            FileHandle.standardError.write(Data("infragate: unknown rule '\(ruleID)'; `infragate rules` lists them\n".utf8))
            throw ExitCode(2)
        }
        print(CatalogRenderer.explain(rule), terminator: "")
    }
}
