import ArgumentParser
import Foundation
import InfragateReporters
import InfragateRules

struct Rules: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List every rule (id, severity, pack, title); --format json adds all metadata and equivalents in other tools.")

    enum Format: String, ExpressibleByArgument { case text, json }

    @Option(help: "text or json.")
    var format: Format = .text

    func run() {
        print(format == .json ? CatalogRenderer.json() : CatalogRenderer.text(), terminator: "")
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
