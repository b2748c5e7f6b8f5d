import ArgumentParser
import Foundation
import InfragateEngine
import InfragateReporters

/// Output options shared by the commands that produce a gate report.
struct OutputOptions: ParsableArguments {
    @Option(name: .long, help: "Format on standard output: \(OutputFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: OutputFormat = .text

    @Option(name: .long, help: ArgumentHelp("Also write FORMAT to PATH (repeatable), e.g. --report gitlab=gl-code-quality.json.", valueName: "FORMAT=PATH"))
    var report: [ReportDestination] = []

    @Flag(name: .long, help: "Never colour the text output (default: colour only on a terminal).")
    var noColor = false

    @Option(name: .long, help: ArgumentHelp("Where the rule pages (docs/rules/<ID>.md) are published, for SARIF helpUri (default: INFRAGATE_DOCS_URL, else the project's).", valueName: "URL"))
    var docsURL: String = RenderOptions.defaultDocsBaseURL

    @Option(name: .long, help: "SARIF run category (automationDetails.id); pull requests and the default branch must share it.")
    var sarifCategory: String = RenderOptions.defaultSARIFCategory

    /// A report that cannot be written is found before judging, so that no verdict is lost to it.
    func checkReportPaths() throws {
        for destination in report {
            let path = destination.path
            let folder = (path as NSString).deletingLastPathComponent.isEmpty ? "." : (path as NSString).deletingLastPathComponent
            var isDirectory: ObjCBool = false
            let writable = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
                ? !isDirectory.boolValue && FileManager.default.isWritableFile(atPath: path)
                : FileManager.default.isWritableFile(atPath: folder)
            guard writable else {
                throw GateError.usage("cannot write the \(destination.format.rawValue) report to \(path): "
                    + (isDirectory.boolValue ? "it is a folder" : "no write permission or no such folder"))
            }
        }
    }

    /// Whether any output is the Markdown audit, whose summary needs the whole tree.
    var wantsTreeAudit: Bool {
        format == .markdown || report.contains { $0.format == .markdown }
    }

    /// Prints and writes the report, then exits with the verdict's code.
    func emit(_ gateReport: GateReport, tree: TreeAudit? = nil, softFail: Bool = false) throws -> Never {
        let colour = format == .text && !noColor && isatty(STDOUT_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
        let options = RenderOptions(colour: colour, toolVersion: Infragate.version, now: Date(), tree: tree,
                                    docsBaseURL: docsURL, sarifCategory: sarifCategory)
        print(format.render(gateReport, options: options), terminator: "")
        for destination in report {
            var plain = options
            plain.colour = false
            do {
                try destination.format.render(gateReport, options: plain).write(toFile: destination.path, atomically: true, encoding: .utf8)
            } catch {
                throw GateError.usage("cannot write \(destination.format.rawValue) report to \(destination.path): \(error.localizedDescription)")
            }
        }
        if let summaryPath = ProcessInfo.processInfo.environment["GITHUB_STEP_SUMMARY"], !summaryPath.isEmpty {
            appendStepSummary(StepSummary.markdown(gateReport), to: summaryPath)
        }
        if !gateReport.decision.passed && (softFail || gateReport.decision.reportOnly) {
            let why = gateReport.decision.reportOnly ? "the policy's `mode: report`" : "--soft-fail"
            FileHandle.standardError.write(Data("infragate: the policy failed this change; exit 0 because of \(why)\n".utf8))
            throw ExitCode(ExitStatus.passed)
        }
        throw ExitCode(gateReport.decision.passed ? ExitStatus.passed : ExitStatus.policyFailed)
    }

    private func appendStepSummary(_ markdown: String, to path: String) {
        guard let handle = FileHandle(forWritingAtPath: path) else {
            FileHandle.standardError.write(Data("infragate: cannot append to GITHUB_STEP_SUMMARY at \(path)\n".utf8))
            return
        }
        defer { try? handle.close() }
        handle.seekToEndOfFile()
        handle.write(Data(markdown.utf8))
    }
}

/// `FORMAT=PATH` of `--report`.
struct ReportDestination: ExpressibleByArgument {
    let format: OutputFormat
    let path: String

    init?(argument: String) {
        guard let equals = argument.firstIndex(of: "="),
              let format = OutputFormat(rawValue: String(argument[..<equals])) else { return nil }
        let path = String(argument[argument.index(after: equals)...])
        guard !path.isEmpty else { return nil }
        self.format = format
        self.path = path
    }
}

extension OutputFormat: ExpressibleByArgument {}

/// Runs gate work and turns its errors into the documented exit codes with a clear message.
/// `tree` describes the whole tree for the Markdown audit, and runs only when that is asked for.
/// `work` judges under the selection, which leaves out the rules it does not select (they are not run).
func runGate(_ work: (FindingSelection) throws -> GateReport, output: OutputOptions, selection: SelectionOptions,
             tree: ((GateReport) throws -> TreeAudit)? = nil) throws {
    let report: GateReport
    let audit: TreeAudit?
    do {
        try output.checkReportPaths()
        let narrowing = try selection.selection()
        // Narrowed first (a baseline counts every finding), then capped for reading; the decision stays.
        report = try work(narrowing).narrowed(to: narrowing).capped()
        audit = output.wantsTreeAudit ? try tree?(report) : nil
    } catch let error as GateError {
        FileHandle.standardError.write(Data("infragate: \(error)\n".utf8))
        throw ExitCode(error.exitCode)
    }
    do {
        try output.emit(report, tree: audit, softFail: selection.softFail)
    } catch let error as GateError {
        FileHandle.standardError.write(Data("infragate: \(error)\n".utf8))
        throw ExitCode(error.exitCode)
    }
}
