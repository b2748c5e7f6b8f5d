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
        // A chart kustomize would pull cannot be pulled by the gate: unless it is vendored, that is unscanned.
        guard case .unrenderable(let helm, let why)? = try failure([
            "app/kustomization.yaml": "helmCharts:\n- name: redis\n  repo: https://charts.example.com\n  version: 1.2.3\n",
        ]) else { return XCTFail("a chart that is not vendored must be unrenderable") }
        XCTAssertEqual(helm, SourceLine(path: "app/kustomization.yaml", line: 2))
        XCTAssertTrue(why.contains("app/charts/redis-1.2.3/redis"), why)
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

    // MARK: helmCharts

    /// A chart whose Deployment takes its security context and replicas from values.
    private static let chart: [String: String] = [
        "Chart.yaml": "apiVersion: v2\nname: web\nversion: 0.1.0\n",
        "values.yaml": "replicas: 1\nsecurityContext:\n  runAsNonRoot: true\n",
        "templates/deployment.yaml": """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: {{ .Release.Name }}-web
              namespace: {{ .Release.Namespace }}
            spec:
              replicas: {{ .Values.replicas }}
              template:
                spec:
                  containers:
                  - name: app
                    image: nginx:1.27
                    securityContext:
                      {{- toYaml .Values.securityContext | nindent 12 }}

            """,
        "templates/tests/ping.yaml": "apiVersion: v1\nkind: Pod\nmetadata:\n  name: ping\n  annotations:\n    helm.sh/hook: test\n",
        "crds/widget.yaml": "apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nmetadata:\n  name: widgets.example.com\n",
    ]

    private func chartFiles(under folder: String) -> [String: String] {
        Dictionary(uniqueKeysWithValues: Self.chart.map { (folder + "/" + $0.key, $0.value) })
    }

    func testAHelmChartIsInflatedWithItsValuesThenTransformedAndLocated() throws {
        var files = chartFiles(under: "app/charts/web")
        files["app/kustomization.yaml"] = """
            namespace: prod
            commonLabels: {team: a}
            helmCharts:
            - name: web
              releaseName: shop
              namespace: shop
              valuesInline:
                securityContext:
                  privileged: true
            """
        let resources = try render(files).get().resources
        XCTAssertEqual(resources.map(\.kind), ["Deployment", "Pod"], "without includeCRDs no CRD; test hooks are printed as helm template prints them")
        let deployment = try XCTUnwrap(resources.first)
        XCTAssertEqual(deployment.name, "shop-web")
        XCTAssertEqual(deployment.namespace, "prod", "the kustomization's namespace transformer runs over the chart's objects")
        XCTAssertEqual(deployment.node["metadata"]?["labels"]?["team"]?.string, "a")
        let rendered = RenderedOverlay(objects: [deployment.node])
        let lines = rendered.text.split(separator: "\n", omittingEmptySubsequences: false)
        let origin = { (needle: String) in lines.firstIndex { $0.contains(needle) }.flatMap { rendered.origin(ofLine: $0 + 1) } }
        XCTAssertEqual(origin("privileged"), SourceLine(path: "app/kustomization.yaml", line: 9), "the valuesInline line that set it")
        XCTAssertEqual(origin("runAsNonRoot"), SourceLine(path: "app/charts/web/templates/deployment.yaml", line: 14),
                       "a chart default is at the template line that printed it")
        XCTAssertEqual(origin("replicas"), SourceLine(path: "app/charts/web/templates/deployment.yaml", line: 7))
    }

    func testHelmChartValuesFilesMergeAsKustomizeMergesThem() throws {
        var files = chartFiles(under: "app/charts/web")
        files["app/values.yaml"] = "replicas: 2\nsecurityContext:\n  runAsNonRoot: false\n"
        files["app/more.yaml"] = "replicas: 4\n"
        let replicas = { (mode: String, additional: Bool) throws -> String? in
            files["app/kustomization.yaml"] = "helmCharts:\n- name: web\n  valuesFile: values.yaml\n  valuesMerge: \(mode)\n"
                + "  valuesInline:\n    replicas: 3\n" + (additional ? "  additionalValuesFiles: [more.yaml]\n" : "")
            return try self.render(files).get().resources.first?.node["spec"]?["replicas"]?.string
        }
        XCTAssertEqual(try replicas("override", false), "3", "valuesInline overrides valuesFile")
        XCTAssertEqual(try replicas("merge", false), "2", "merge keeps what valuesFile sets")
        XCTAssertEqual(try replicas("replace", false), "3")
        XCTAssertEqual(try replicas("override", true), "4", "additionalValuesFiles come last")
    }

    func testHelmChartOptionsCRDsHooksAndChartHome() throws {
        var files = chartFiles(under: "app/helm/web-0.1.0/web")
        files["app/kustomization.yaml"] = """
            helmGlobals:
              chartHome: helm
            helmCharts:
            - name: web
              repo: https://charts.example.com
              version: 0.1.0
              includeCRDs: true
              skipTests: true
            """
        let resources = try render(files).get().resources
        XCTAssertEqual(resources.map(\.kind), ["CustomResourceDefinition", "Deployment"])
        XCTAssertEqual(resources.first?.node.origin, SourceLine(path: "app/helm/web-0.1.0/web/crds/widget.yaml", line: 1))
    }

    func testHelmChartsThatCannotBeInflatedFailClosed() throws {
        var files = chartFiles(under: "app/charts/web")
        files["app/kustomization.yaml"] = "helmCharts:\n- name: web\n  kubeVersion: \"1.29\"\n"
        guard case .unrenderable(let field, _)? = try failure(files) else { return XCTFail("an option not evaluated must be unrenderable") }
        XCTAssertEqual(field.line, 3)
        files["app/kustomization.yaml"] = "helmCharts:\n- name: api\n"
        guard case .malformed(let missing, _)? = try failure(files) else { return XCTFail("a missing local chart is kustomize's own error") }
        XCTAssertEqual(missing.line, 2)
        files["app/kustomization.yaml"] = "helmCharts:\n- name: web\n  valuesFile: ../secret-values.yaml\n"
        guard case .malformed(let outside, _)? = try failure(files) else { return XCTFail("a values file outside the folder is refused") }
        XCTAssertEqual(outside.line, 3)
        files["app/kustomization.yaml"] = "helmGlobals:\n  chartHome: ../../elsewhere\nhelmCharts:\n- name: web\n"
        guard case .malformed = try failure(files) else { return XCTFail("a chart home outside the folder is refused") }
        files["app/kustomization.yaml"] = "helmCharts:\n- name: web\n"
        files["app/charts/web/templates/bad.yaml"] = "{{ required \"set image\" .Values.image }}\n"
        guard case .malformed(let required, let message)? = try failure(files) else { return XCTFail("`required` failing is Helm's own error") }
        XCTAssertEqual(required, SourceLine(path: "app/charts/web/templates/bad.yaml", line: 1))
        XCTAssertTrue(message.contains("set image"), message)
        files["app/charts/web/templates/bad.yaml"] = "{{ noSuchFunction 1 }}\n"
        guard case .unrenderable(_, let unsupported)? = try failure(files) else { return XCTFail("an unsupported function is unscanned") }
        XCTAssertTrue(unsupported.contains("noSuchFunction"), unsupported)
    }

    // MARK: replacements

    func testReplacementsCopyAValueWithItsLineIntoTheSelectedFields() throws {
        let resources = try render([
            "app/kustomization.yaml": """
                resources: [pod.yaml, settings.yaml]
                replacements:
                - source:
                    kind: ConfigMap
                    name: settings
                    fieldPath: data.image
                  targets:
                  - select: {kind: Pod}
                    fieldPaths:
                    - spec.containers.[name=c].image
                - source: {kind: ConfigMap, name: settings, fieldPath: data.tier}
                  targets:
                  - select: {kind: Pod}
                    fieldPaths: [metadata.labels.tier]
                    options: {create: true}
                """,
            "app/pod.yaml": Self.pod,
            "app/settings.yaml": "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\ndata:\n  image: nginx:1.28\n  tier: web\n",
        ]).get().resources
        let pod = try XCTUnwrap(resources.first { $0.kind == "Pod" })
        let image = pod.node["spec"]?["containers"]?.items.first?["image"]
        XCTAssertEqual(image?.string, "nginx:1.28")
        XCTAssertEqual(image?.origin, SourceLine(path: "app/settings.yaml", line: 6), "the replaced value keeps the line it was written at")
        XCTAssertEqual(pod.node["metadata"]?["labels"]?["tier"]?.string, "web")
    }

    func testReplacementsKustomizeRefusesOrInfragateDoesNotEvaluateFailClosed() throws {
        let base = ["app/pod.yaml": Self.pod, "app/settings.yaml": "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\ndata:\n  a: b\n"]
        func kustomization(_ replacements: String) -> [String: String] {
            base.merging(["app/kustomization.yaml": "resources: [pod.yaml, settings.yaml]\nreplacements:\n" + replacements]) { $1 }
        }
        guard case .malformed(let missing, _)? = try failure(kustomization(
            "- source: {kind: ConfigMap, name: settings, fieldPath: data.a}\n  targets:\n  - select: {kind: Pod}\n    fieldPaths: [spec.nothing.here]\n"))
        else { return XCTFail("a target field that is missing (without create) is kustomize's error") }
        XCTAssertEqual(missing.line, 6)
        guard case .malformed = try failure(kustomization("- source: {kind: Secret, name: none}\n  targets: []\n")) else {
            return XCTFail("a source that selects nothing is kustomize's error")
        }
        guard case .unrenderable = try failure(kustomization("- path: more-replacements.yaml\n")) else {
            return XCTFail("a replacements file is not evaluated")
        }
        guard case .unrenderable = try failure(kustomization(
            "- source: {kind: ConfigMap, name: settings, fieldPath: data.a}\n  targets:\n  - select: {kind: Pod}\n    fieldPaths:\n    - spec.containers.*.image\n"))
        else { return XCTFail("a wildcard path is not evaluated") }
    }

    func testVarsAreSubstitutedWhereKustomizeSubstitutesThem() throws {
        let resources = try render([
            "base/kustomization.yaml": "resources: [settings.yaml]\nvars:\n- name: PRIVILEGED\n  objref: {kind: ConfigMap, name: settings, apiVersion: v1}\n  fieldref: {fieldpath: data.flag}\n",
            "base/settings.yaml": "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\ndata:\n  flag: \"--allow-privileged=true\"\n",
            "app/kustomization.yaml": "resources: [../base, pod.yaml]\nnamePrefix: x-\n",
            "app/pod.yaml": "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  labels: {flag: \"$(PRIVILEGED)\"}\nspec:\n  containers:\n  - name: c\n    image: \"nginx:$(PRIVILEGED)\"\n    args: [\"$(PRIVILEGED)\", \"$$(PRIVILEGED)\"]\n",
        ]).get().resources
        let pod = try XCTUnwrap(resources.first { $0.kind == "Pod" })
        let container = pod.node["spec"]?["containers"]?.items.first
        XCTAssertEqual(container?["args"]?.items.map(\.string), ["--allow-privileged=true", "$(PRIVILEGED)"])
        XCTAssertEqual(container?["args"]?.items.first?.origin, SourceLine(path: "app/pod.yaml", line: 10), "a substituted value keeps the line that referenced it")
        XCTAssertEqual(container?["image"]?.string, "nginx:$(PRIVILEGED)", "kustomize does not substitute images")
        XCTAssertEqual(pod.node["metadata"]?["labels"]?["flag"]?.string, "--allow-privileged=true")
    }

    func testVarsKustomizeRefusesAreMalformed() throws {
        let settings = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\ndata:\n  a: b\n"
        let declaration = "vars:\n- name: A\n  objref: {kind: ConfigMap, name: settings, apiVersion: v1}\n"
        guard case .malformed(let unmapped, let why)? = try failure([
            "app/kustomization.yaml": "resources: []\n" + declaration,
        ]) else { return XCTFail("a var naming no object is kustomize's error") }
        XCTAssertEqual(unmapped.line, 3)
        XCTAssertTrue(why.contains("cannot be mapped"), why)
        guard case .malformed = try failure([
            "app/kustomization.yaml": "resources: [settings.yaml]\nvars:\n- name: A\n  objref: {kind: ConfigMap, name: settings}\n", "app/settings.yaml": settings,
        ]) else { return XCTFail("an objref without the object's apiVersion names nothing, as in kustomize") }
        guard case .malformed(_, let twice)? = try failure([
            "shared/kustomization.yaml": "resources: [settings.yaml]\n" + declaration, "shared/settings.yaml": settings,
            "left/kustomization.yaml": "resources: [../shared]\nnamePrefix: l-\n", "right/kustomization.yaml": "resources: [../shared]\nnamePrefix: r-\n",
            "app/kustomization.yaml": "resources: [../left, ../right]\n",
        ]) else { return XCTFail("a var reached through two bases is declared twice, which kustomize refuses") }
        XCTAssertTrue(twice.contains("already encountered"), twice)
        guard case .malformed = try failure([
            "app/kustomization.yaml": "resources: [settings.yaml]\nvars:\n- name: A\n  objref: {kind: ConfigMap, name: settings, apiVersion: v1}\n  fieldref: {fieldpath: data.missing}\n",
            "app/settings.yaml": settings,
        ]) else { return XCTFail("a var field that is missing is kustomize's error") }
        guard case .unrenderable = try failure([
            "app/kustomization.yaml": "resources: [settings.yaml]\nvars:\n- name: A\n  objref: {kind: ConfigMap, name: settings, apiVersion: v1}\n  fieldref: {fieldpath: data}\n",
            "app/settings.yaml": settings,
        ]) else { return XCTFail("a var naming a mapping is not substituted by infragate") }
    }

    func testVarExpansionIsLinearAndKeepsWhatItDoesNotKnow() {
        XCTAssertEqual(KustomizeVars.expand("a$(X)b$$(X)c$(Y)d$(X", values: ["X": "1"]), "a1b$(X)c$(Y)d$(X")
        XCTAssertEqual(KustomizeVars.expand("$", values: [:]), "$")
        XCTAssertEqual(KustomizeVars.expand("$x$", values: [:]), "$x$")
        let hostile = String(repeating: "$(", count: 100_000)
        XCTAssertEqual(KustomizeVars.expand(hostile, values: ["X": "1"]), hostile)
    }
}
