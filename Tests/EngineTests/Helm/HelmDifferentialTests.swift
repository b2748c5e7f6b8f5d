@testable import InfragateEngine
import Foundation
import XCTest

/// The native render against `helm template` itself, template by template, where helm is installed.
final class HelmDifferentialTests: XCTestCase {
    func testNativeRenderMatchesHelmTemplate() throws {
        let path = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
            .map { URL(fileURLWithPath: String($0)).appendingPathComponent("helm") }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
        guard let helm = path else { throw XCTSkip("helm is not installed on this host: the native render is not compared with helm template") }
        for chart in [HelmChartTests.bitnamiStyle, HelmChartTests.prometheusStyle] {
            try compare(chart, helm: helm)
        }
    }

    private func compare(_ chart: [String: String?], helm: URL) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("infragate-helm-diff-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        for (relative, text) in chart {
            let destination = folder.appendingPathComponent(relative)
            try FileManager.default.createDirectory(at: destination.deletingLastPathComponent(), withIntermediateDirectories: true)
            try (text ?? "").write(to: destination, atomically: true, encoding: .utf8)
        }
        let process = Process()
        process.executableURL = helm
        process.arguments = ["template", "infragate", folder.path]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let printed = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0)
        let fromHelm = HelmRenderer.manifestsBySource(printed)
        let (_, native) = try renderChart(chart)
        for (relative, helmText) in fromHelm {
            XCTAssertEqual(native["chart/" + relative]?.trimmingCharacters(in: .whitespacesAndNewlines),
                           helmText.trimmingCharacters(in: .whitespacesAndNewlines), relative)
        }
    }
}
