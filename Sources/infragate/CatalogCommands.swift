import ArgumentParser
import Foundation
import InfragateReporters
import InfragateRules

struct Rules: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List every rule (id, severity, pack, title); --format json adds all metadata, --format markdown the equivalents table.")

    enum Format: String, ExpressibleByArgument { case text, json, markdown }

    @Option(help: "text, json or markdown (the table in docs/rules.md).")
    var format: Format = .text

    func run() {
        switch format {
        case .text: print(CatalogRenderer.text(), terminator: "")
        case .json: print(CatalogRenderer.json(), terminator: "")
        case .markdown: print(CatalogRenderer.markdown(), terminator: "")
        }
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
