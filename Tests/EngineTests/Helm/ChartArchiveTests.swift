import Foundation
@testable import InfragateEngine
import TestSupport
import XCTest

/// Packaged subcharts (`charts/*.tgz`, what `helm dependency build` vendors) unpacked in memory and
/// rendered like unpacked ones; a hostile archive is refused with why, never written out or followed.
final class ChartArchiveTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("infragate-archive-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let created = folder!
        addTeardownBlock { try? FileManager.default.removeItem(at: created) }
    }

    private func write(_ path: String, _ data: Data) throws {
        let url = folder.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url)
    }

    /// The parent chart: its Deployment's name comes from the packaged `common` library's helper.
    private func writeParent(dependencies: String) throws {
        try write("app/Chart.yaml", Data("apiVersion: v2\nname: app\nversion: 1.0.0\ndependencies:\n\(dependencies)".utf8))
        try write("app/values.yaml", Data("db:\n  replicas: 3\nglobal:\n  registry: registry.example.com\n".utf8))
        try write("app/templates/deploy.yaml", Data("apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {{ include \"common.names.fullname\" . }}\n".utf8))
    }

    private static let common = try! Tarball.gzipped([
        Tarball.Entry("common/", type: "5"),
        Tarball.Entry("common/Chart.yaml", "apiVersion: v2\nname: common\ntype: library\nversion: 2.0.0\n"),
        Tarball.Entry("common/templates/_names.tpl", "{{- define \"common.names.fullname\" -}}{{ .Release.Name }}-{{ .Chart.Name }}{{- end -}}\n"),
    ])

    private func render() -> HelmChartRenders {
        HelmChartRenders.render(chart: "app", in: DiskSnapshot(root: folder, sizeLimit: 1 << 20))
    }

    private func output(_ renders: HelmChartRenders, _ path: String) -> String? {
        guard case .success(let rendered)? = renders.variants.first?.rendering.manifests[path] else { return nil }
        return rendered.text
    }

    func testAPackagedLibraryAndSubchartRenderWithScopedAndGlobalValues() throws {
        try writeParent(dependencies: "- name: common\n  version: 2.x\n  repository: oci://registry.example.com/charts\n- name: db\n  version: 1.0.0\n  repository: https://charts.example.com\n")
        try write("app/charts/common-2.0.0.tgz", Self.common)
        try write("app/charts/db-1.0.0.tgz", try Tarball.gzipped([
            Tarball.Entry("db/Chart.yaml", "apiVersion: v2\nname: db\nversion: 1.0.0\n"),
            Tarball.Entry("db/values.yaml", "replicas: 1\n"),
            Tarball.Entry("db/templates/sts.yaml", "kind: StatefulSet\nreplicas: {{ .Values.replicas }}\nimage: {{ .Values.global.registry }}/db\n"),
        ]))
        let renders = render()
        XCTAssertNil(renders.loadError)
        XCTAssertEqual(renders.variants.first?.rendering.unrendered.map(\.reason) ?? ["no variant"], [])
        XCTAssertEqual(output(renders, "app/templates/deploy.yaml"), "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: infragate-app\n")
        XCTAssertEqual(output(renders, "app/charts/db-1.0.0.tgz/templates/sts.yaml"),
                       "kind: StatefulSet\nreplicas: 3\nimage: registry.example.com/db\n", "the parent's `db.` values and its globals win")
        let location = renders.variants.first?.rendering.valueLocation(ofKey: "replicas", forTemplate: "app/charts/db-1.0.0.tgz/templates/sts.yaml")
        XCTAssertEqual(location, ValueLocation(path: "app/values.yaml", line: 2, key: "db.replicas"))
    }

    func testAnEntryOutsideTheChartIsRefusedAndNeverWritten() throws {
        try writeParent(dependencies: "- name: common\n  version: 2.x\n  repository: oci://registry.example.com/charts\n")
        try write("app/charts/common-2.0.0.tgz", try Tarball.gzipped([
            Tarball.Entry("common/Chart.yaml", "apiVersion: v2\nname: common\ntype: library\nversion: 2.0.0\n"),
            Tarball.Entry("common/../../../escaped.txt", "owned\n"),
        ]))
        let reasons = render().variants.first?.rendering.unrendered.map(\.reason) ?? []
        XCTAssertTrue(reasons.contains { $0.contains("charts/common-2.0.0.tgz") && $0.contains("outside the chart's folder") }, "\(reasons)")
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.appendingPathComponent("escaped.txt").path))
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.deletingLastPathComponent().appendingPathComponent("escaped.txt").path))
    }

    func testLinksGarbageAndBombsAreRefusedWithWhy() throws {
        let link = try Tarball.gzipped([Tarball.Entry("c/Chart.yaml", "name: c\n"), Tarball.Entry("c/values.yaml", "", type: "2")])
        XCTAssertThrowsError(try ChartArchive.files(of: [UInt8](link))) { error in
            XCTAssertTrue((error as? ChartArchive.Failure)?.reason.contains("link or special file") ?? false, "\(error)")
        }
        XCTAssertThrowsError(try ChartArchive.files(of: Array("not a gzip stream".utf8)))
        let truncated = [UInt8](try Tarball.gzip(Tarball.tar([Tarball.Entry("c/Chart.yaml", String(repeating: "x", count: 4_000))]).prefix(700)))
        XCTAssertThrowsError(try ChartArchive.files(of: truncated)) { error in
            XCTAssertTrue((error as? ChartArchive.Failure)?.reason.contains("truncated") ?? false, "\(error)")
        }
        let bomb = [UInt8](try Tarball.gzip(Data(count: ChartArchive.maxUnpackedBytes + (1 << 20))))
        XCTAssertLessThan(bomb.count, 100_000, "a bomb is small")
        XCTAssertThrowsError(try ChartArchive.files(of: bomb)) { error in
            XCTAssertTrue((error as? ChartArchive.Failure)?.reason.contains("more than 32 MiB") ?? false, "\(error)")
        }
        // Nested archives share one budget: ten archives of 4 MiB each inside one are not 10 × the bound.
        let inner = try Tarball.gzipped([Tarball.Entry("c/Chart.yaml", "name: c\n"), Tarball.Entry("c/pad.txt", String(repeating: "x", count: 4 << 20))])
        var nested: [String: String?] = [:]
        for index in 0..<10 { nested["charts/c\(index).tgz"] = .some(nil) }
        var budget = ChartArchive.maxUnpackedBytes
        let failures = ChartArchive.expand(&nested, bytes: { _ in [UInt8](inner) }, depth: 3, budget: &budget)
        XCTAssertEqual(failures.count, 3, "the first seven fit in 32 MiB, the rest are refused: \(failures.map(\.reason))")
        XCTAssertTrue(failures.allSatisfy { $0.reason.contains("with the chart's other archives") })
    }
}
