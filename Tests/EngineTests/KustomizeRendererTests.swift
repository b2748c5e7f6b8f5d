import Foundation
@testable import InfragateEngine
import XCTest

/// What the native renderer refuses, and where it says so: kustomize's own errors are malformed
/// (a parse finding), what only infragate cannot render is unrenderable (GATE-UNSCANNED-FILE).
final class KustomizeRendererTests: XCTestCase {
    private func render(_ files: [String: String], _ directory: String = "app") throws -> Result<KustomizeBuild, KustomizeFailure> {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("infragate-kustomize-\(UUID().uuidString)")
        addTeardownBlock { try? FileManager.default.removeItem(at: folder) }
        for (path, text) in files {
            let url = folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        return KustomizeRenderer(snapshot: DiskSnapshot(root: folder, sizeLimit: 1 << 20)).render(directory)
    }

    private func failure(_ files: [String: String], _ directory: String = "app") throws -> KustomizeFailure? {
        if case .failure(let failure) = try render(files, directory) { return failure }
        return nil
    }

    private static let pod = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n  - name: c\n    image: nginx:1.27\n"

    func testRemoteResourcesAndHelmChartsAreUnrenderableAtTheirLine() throws {
        guard case .unrenderable(let remote, let message)? = try failure([
            "app/kustomization.yaml": "resources:\n- pod.yaml\n- github.com/example/repo//deploy?ref=v1\n", "app/pod.yaml": Self.pod,
        ]) else { return XCTFail("a remote base must be unrenderable") }
        XCTAssertEqual(remote, SourceLine(path: "app/kustomization.yaml", line: 3))
        XCTAssertTrue(message.contains("github.com/example/repo"), message)
        guard case .unrenderable(let helm, _)? = try failure(["app/kustomization.yaml": "helmCharts:\n- name: redis\n"]) else {
            return XCTFail("helmCharts must be unrenderable")
        }
        XCTAssertEqual(helm.line, 1)
    }

    func testRetainKeysIsUnrenderable() throws {
        let result = try failure([
            "app/kustomization.yaml": "resources: [pod.yaml]\npatches:\n- path: patch.yaml\n", "app/pod.yaml": Self.pod,
            "app/patch.yaml": "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  $retainKeys: [containers]\n",
        ])
        guard case .unrenderable(let location, _)? = result else { return XCTFail("$retainKeys must be unrenderable: \(String(describing: result))") }
        XCTAssertEqual(location, SourceLine(path: "app/patch.yaml", line: 6))
    }

    func testCyclesMissingResourcesAndUnknownFieldsAreMalformed() throws {
        guard case .malformed(_, let cycle)? = try failure([
            "app/kustomization.yaml": "resources: [../other]\n", "other/kustomization.yaml": "resources: [../app]\n",
        ]) else { return XCTFail("a cycle must be malformed") }
        XCTAssertTrue(cycle.contains("cycle"), cycle)
        guard case .malformed(let missing, _)? = try failure(["app/kustomization.yaml": "resources:\n- gone.yaml\n"]) else {
            return XCTFail("a missing resource must be malformed")
        }
        XCTAssertEqual(missing.line, 2)
        guard case .malformed(let outside, _)? = try failure(["app/kustomization.yaml": "resources:\n- ../pod.yaml\n", "pod.yaml": Self.pod]) else {
            return XCTFail("a resource file outside the kustomization's folder must be malformed, as kustomize refuses it")
        }
        XCTAssertEqual(outside.line, 2)
        guard case .malformed(let unknown, _)? = try failure(["app/kustomization.yaml": "resources: []\nresource: [pod.yaml]\n"]) else {
            return XCTFail("an unknown field must be malformed")
        }
        XCTAssertEqual(unknown.line, 2)
    }

    func testDeepNestingIsUnrenderable() throws {
        var files: [String: String] = [:]
        for level in 0...KustomizeRenderer.maxNesting { files["l\(level)/kustomization.yaml"] = "resources: [../l\(level + 1)]\n" }
        files["l\(KustomizeRenderer.maxNesting + 1)/kustomization.yaml"] = "resources: []\n"
        guard case .unrenderable(_, let message)? = try failure(files, "l0") else { return XCTFail("nesting must be bounded") }
        XCTAssertTrue(message.contains("nested"), message)
    }

    /// Each level includes the next ten times under ten prefixes: 10⁴ objects from 45 small files.
    func testAnExplosiveOverlayIsBounded() throws {
        var files = ["l4/kustomization.yaml": "resources: [pod.yaml]\n", "l4/pod.yaml": Self.pod]
        for level in 0..<4 {
            files["l\(level)/kustomization.yaml"] = "resources: [" + (0..<10).map { "x\($0)" }.joined(separator: ", ") + "]\n"
            for copy in 0..<10 { files["l\(level)/x\(copy)/kustomization.yaml"] = "resources: [../../l\(level + 1)]\nnamePrefix: c\(copy)-\n" }
        }
        let started = Date()
        guard case .unrenderable(_, let message)? = try failure(files, "l0") else { return XCTFail("the object count must be bounded") }
        XCTAssertTrue(message.contains("objects"), message)
        XCTAssertLessThan(Date().timeIntervalSince(started), 5)
    }

    func testSettingsKeepTheLineThatSetThem() throws {
        let resources = try render([
            "app/kustomization.yaml": "resources: [pod.yaml]\nimages:\n- name: nginx\n  newTag: \"1.28\"\npatches:\n- path: patch.yaml\n",
            "app/pod.yaml": Self.pod,
            "app/patch.yaml": "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n  - name: c\n    securityContext:\n      privileged: true\n",
        ]).get().resources
        let rendered = RenderedOverlay(objects: resources.map(\.node))
        let lines = rendered.text.split(separator: "\n", omittingEmptySubsequences: false)
        let origin = { (needle: String) in lines.firstIndex { $0.contains(needle) }.flatMap { rendered.origin(ofLine: $0 + 1) } }
        XCTAssertEqual(origin("privileged"), SourceLine(path: "app/patch.yaml", line: 9))
        XCTAssertEqual(origin("image:"), SourceLine(path: "app/kustomization.yaml", line: 4))
        XCTAssertEqual(origin("name: \"c\""), SourceLine(path: "app/pod.yaml", line: 7))
    }
}
