import Foundation
import InfragateRules

/// Renders a Helm chart with the `helm` binary (its default values), so templates are judged as the
/// Kubernetes manifests they produce. The chart is written from the revision under review into a
/// private temporary folder; the working tree is never read.
struct HelmRenderer {
    /// The rendered manifests of each template, by path relative to the chart (`templates/x.yaml`).
    typealias Rendering = Result<[String: String], RenderFailure>

    struct RenderFailure: Error {
        let message: String
    }

    let helm: URL
    /// A chart that does not render within this is reported, never waited on forever.
    let timeout: TimeInterval

    /// `helm` on `PATH`, if any.
    static func locate(in environment: [String: String] = ProcessInfo.processInfo.environment) -> HelmRenderer? {
        let directories = (environment["PATH"] ?? "").split(separator: ":").map(String.init)
        for directory in directories where !directory.isEmpty {
            let candidate = URL(fileURLWithPath: directory).appendingPathComponent("helm")
            if FileManager.default.isExecutableFile(atPath: candidate.path) {
                return HelmRenderer(helm: candidate, timeout: 20)
            }
        }
        return nil
    }

    func render(chartDirectory: String, from snapshot: any RepositorySnapshot) -> Rendering {
        let prefix = chartDirectory.isEmpty ? "" : chartDirectory + "/"
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("infragate-helm-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        do {
            for path in snapshot.allFilePaths() where path.hasPrefix(prefix) {
                guard let text = snapshot.text(at: path) else { continue }
                let destination = folder.appendingPathComponent(String(path.dropFirst(prefix.count)))
                try FileManager.default.createDirectory(at: destination.deletingLastPathComponent(), withIntermediateDirectories: true)
                try text.write(to: destination, atomically: false, encoding: .utf8)
            }
        } catch {
            return .failure(RenderFailure(message: "cannot write the chart to a temporary folder: \(error.localizedDescription)"))
        }
        return run(["template", "infragate", folder.path]).map(Self.manifestsBySource)
    }

    /// `helm template` prints `# Source: <chart>/templates/x.yaml` above each manifest.
    static func manifestsBySource(_ output: String) -> [String: String] {
        var manifests: [String: String] = [:]
        for document in output.components(separatedBy: "\n---") {
            let lines = document.split(separator: "\n", omittingEmptySubsequences: false)
            guard let source = lines.first(where: { $0.hasPrefix("# Source: ") }) else { continue }
            // Drop the chart's name: the rest is the path inside the chart folder.
            let relative = source.dropFirst("# Source: ".count).split(separator: "/", maxSplits: 1).dropFirst().first.map(String.init) ?? ""
            let body = document.hasPrefix("---") ? String(document.dropFirst(3)) : document
            manifests[relative, default: ""] += manifests[relative] == nil ? body : "\n---" + body
        }
        return manifests
    }

    private func run(_ arguments: [String]) -> Result<String, RenderFailure> {
        let process = Process()
        process.executableURL = helm
        process.arguments = arguments
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        do {
            try process.run()
        } catch {
            return .failure(RenderFailure(message: "cannot run \(helm.path): \(error.localizedDescription)"))
        }
        // Both pipes are drained on other queues, so a silent, hanging helm still meets the timeout.
        let collected = OutputCollector()
        let reading = DispatchGroup()
        for (pipe, keyPath) in [(output, \OutputCollector.output), (errors, \OutputCollector.errors)] {
            reading.enter()
            DispatchQueue.global().async {
                collected[keyPath: keyPath] = pipe.fileHandleForReading.readDataToEndOfFile()
                reading.leave()
            }
        }
        guard finished.wait(timeout: .now() + timeout) == .success else {
            process.terminate()
            return .failure(RenderFailure(message: "helm template did not finish within \(Int(timeout)) s"))
        }
        reading.wait()
        guard process.terminationStatus == 0 else {
            let firstLine = String(decoding: collected.errors, as: UTF8.self).split(separator: "\n").first.map(String.init) ?? "no message"
            return .failure(RenderFailure(message: "helm template failed: \(firstLine)"))
        }
        return .success(String(decoding: collected.output, as: UTF8.self))
    }
}

/// helm's output, read on other queues; the dispatch group orders the writes before the reads.
private final class OutputCollector: @unchecked Sendable {
    var output = Data()
    var errors = Data()
}
