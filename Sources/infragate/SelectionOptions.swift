import ArgumentParser
import Foundation
import InfragateEngine
import InfragateRules

/// Narrowing and report-only switches of `check` and `scan`. `pre-receive` has none: there the
/// trusted policy alone decides.
struct SelectionOptions: ParsableArguments {
    @Option(name: .customLong("rule"), help: ArgumentHelp("Report only this rule (repeatable).", valueName: "RULE-ID"))
    var rules: [String] = []

    @Option(name: .customLong("skip-rule"), help: ArgumentHelp("Do not report this rule (repeatable).", valueName: "RULE-ID"))
    var skippedRules: [String] = []

    @Option(name: .customLong("pack"), help: ArgumentHelp("Report only rules of this pack (repeatable): \(FileKind.allCases.map(\.rawValue).joined(separator: ", ")).", valueName: "KIND"))
    var packs: [String] = []

    @Option(help: ArgumentHelp("Report only findings not in this baseline (`infragate baseline create FILE`).", valueName: "FILE"))
    var baseline: String?

    @Flag(help: "Report as usual, but exit 0 when the policy fails the change (adoption; the report still says FAIL).")
    var softFail = false

    func validate() throws {
        for id in rules + skippedRules where RuleCatalog.rule(withID: id) == nil {
            throw ValidationError("unknown rule '\(id)'; `infragate rules` lists them")
        }
        for pack in packs where FileKind(rawValue: pack) == nil {
            throw ValidationError("unknown pack '\(pack)'; packs: \(FileKind.allCases.map(\.rawValue).joined(separator: ", "))")
        }
    }

    func selection() throws -> FindingSelection {
        let canonical = { (id: String) in RuleCatalog.rule(withID: id)?.id ?? id }
        return FindingSelection(rules: Set(rules.map(canonical)), skippedRules: Set(skippedRules.map(canonical)),
                                packs: Set(packs.compactMap(FileKind.init(rawValue:))),
                                baseline: try baseline.map(Baseline.read) ?? [:])
    }
}

/// `infragate baseline create`: the file of findings a team accepts when it adopts the gate.
/// `{"schemaVersion": 1, "fingerprints": {"<fingerprint>": <how many findings share it>}}`.
enum Baseline {
    struct Document: Codable {
        var schemaVersion = 1
        var fingerprints: [String: Int]
    }

    static func read(_ path: String) throws -> [String: Int] {
        do {
            let document = try JSONDecoder().decode(Document.self, from: Data(contentsOf: URL(fileURLWithPath: path)))
            guard document.schemaVersion == 1 else { throw GateError.usage("\(path): baseline schemaVersion \(document.schemaVersion) is not 1") }
            return document.fingerprints
        } catch let error as GateError {
            throw error
        } catch {
            throw GateError.usage("cannot read the baseline \(path): \(error.localizedDescription) (write one with `infragate baseline create \(path)`)")
        }
    }

    static func write(_ report: GateReport, to path: String) throws {
        let counts = Dictionary(report.findings.map { ($0.finding.fingerprint, 1) }, uniquingKeysWith: +)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        try encoder.encode(Document(fingerprints: counts)).write(to: URL(fileURLWithPath: path), options: .atomic)
    }
}

struct BaselineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "baseline", abstract: "Record the findings a repository has today, so that --baseline reports only new ones.",
        subcommands: [Create.self])

    struct Create: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Write the fingerprints of every finding in the tree at --rev to FILE.")

        @Argument(help: "Where to write the baseline.")
        var file: String

        @Option(help: "The revision whose whole tree to scan.")
        var rev = "HEAD"

        @Option(help: "The repository; default: from GIT_DIR or the current directory.")
        var repo: String?

        @Option(help: "A trusted policy file; default: .infragate.yml at --rev.")
        var policy: String?

        func run() throws {
            do {
                let report = try Gate.scan(repositoryPath: repo, revision: rev, pathPrefixes: [], policyFile: policy)
                try Baseline.write(report, to: file)
                print("wrote \(file): \(report.findings.count) finding(s) of \(report.scope)")
            } catch let error as GateError {
                FileHandle.standardError.write(Data("infragate: \(error)\n".utf8))
                throw ExitCode(error.exitCode)
            } catch {
                FileHandle.standardError.write(Data("infragate: cannot write the baseline \(file): \(error.localizedDescription)\n".utf8))
                throw ExitCode(ExitStatus.usageOrPolicyError)
            }
        }
    }
}
