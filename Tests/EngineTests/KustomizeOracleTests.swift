import Foundation
import InfragateParsers
@testable import InfragateEngine
import XCTest

/// Differential test: the native kustomize render must be what `kubectl kustomize` renders, object
/// by object (canonical JSON: sorted keys, typed scalars), over overlays covering every construct.
final class KustomizeOracleTests: XCTestCase {
    static let deployment = """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
          labels: {app: web}
        spec:
          replicas: 1
          selector:
            matchLabels: {app: web}
          template:
            metadata:
              labels: {app: web}
            spec:
              serviceAccountName: runner
              containers:
              - name: app
                image: registry.example.com/web:1.0
                ports:
                - containerPort: 8080
                env:
                - {name: MODE, value: base}
                - {name: LEVEL, value: info}
                envFrom:
                - configMapRef: {name: settings}
                volumeMounts:
                - {name: creds, mountPath: /creds}
              - name: sidecar
                image: busybox:1.36
                args: [sleep, "3600"]
              volumes:
              - name: creds
                secret: {secretName: credentials}
              - name: scratch
                emptyDir: {}
        """

    /// Repository-relative files; every folder with a `kustomization.yaml` below `overlays/` is compared.
    static let files: [String: String] = [
        "base/deployment.yaml": deployment,
        "base/service.yaml": """
            apiVersion: v1
            kind: Service
            metadata:
              name: web
            spec:
              selector: {app: web}
              ports:
              - {port: 80, targetPort: 8080}
            """,
        "base/account.yaml": "apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: runner\n",
        "base/settings.env": "# defaults\nCOLOR=blue\n\nSIZE=10\n",
        "base/kustomization.yaml": """
            apiVersion: kustomize.config.k8s.io/v1beta1
            kind: Kustomization
            resources:
            - deployment.yaml
            - service.yaml
            - account.yaml
            configMapGenerator:
            - name: settings
              envs: [settings.env]
              literals: [GREETING="hello world", EMPTY=]
            """,
        "components/hardening/kustomization.yaml": """
            apiVersion: kustomize.config.k8s.io/v1alpha1
            kind: Component
            patches:
            - target: {kind: Deployment}
              patch: |-
                - op: add
                  path: /spec/template/spec/securityContext
                  value: {runAsNonRoot: true, seccompProfile: {type: RuntimeDefault}}
            """,
        "overlays/patches/kustomization.yaml": """
            resources: [../../base]
            patches:
            - path: privileged.yaml
            - target: {kind: Deployment, name: "w.*"}
              patch: |-
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: ignored}
                spec:
                  template:
                    spec:
                      containers:
                      - name: sidecar
                        $patch: delete
            - target: {kind: Service, labelSelector: "!absent"}
              patch: |-
                - op: replace
                  path: /spec/ports/0/port
                  value: 8443
            patchesStrategicMerge:
            - |-
              apiVersion: v1
              kind: ServiceAccount
              metadata: {name: runner}
              automountServiceAccountToken: false
            patchesJson6902:
            - target: {group: apps, version: v1, kind: Deployment, name: web}
              path: json.yaml
            """,
        "overlays/patches/privileged.yaml": """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
            spec:
              template:
                spec:
                  containers:
                  - name: app
                    env:
                    - {name: MODE, value: prod}
                    - {name: EXTRA, value: "1"}
                    ports:
                    - {containerPort: 9090, name: metrics}
                    securityContext:
                      privileged: true
                  volumes:
                  - name: scratch
                    $patch: delete
            """,
        "overlays/patches/json.yaml": """
            - op: add
              path: /spec/template/spec/containers/0/args
              value: ["--verbose"]
            - op: remove
              path: /spec/template/spec/containers/0/env/1
            - op: copy
              from: /metadata/labels
              path: /metadata/annotations
            - op: test
              path: /spec/replicas
              value: 1
            """,
        "overlays/transformers/kustomization.yaml": """
            resources:
            - ../../base
            - extra.yaml
            components: [../../components/hardening]
            namespace: prod
            namePrefix: prod-
            nameSuffix: -v2
            commonLabels: {team: payments}
            labels:
            - pairs: {tier: front}
              includeSelectors: false
              includeTemplates: true
            - pairs: {track: stable}
              includeSelectors: true
            commonAnnotations: {owner: "sre@example.com"}
            images:
            - name: registry.example.com/web
              newName: registry.example.com/web-hardened
              newTag: "2.1"
            - name: busybox
              digest: sha256:0000000000000000000000000000000000000000000000000000000000000000
            replicas:
            - name: web
              count: 3
            secretGenerator:
            - name: credentials
              literals: [password=hunter2]
              type: Opaque
            configMapGenerator:
            - name: settings
              behavior: merge
              literals: [SIZE=20]
            - name: static
              files: [app.properties, renamed.txt=notes.txt]
              options:
                disableNameSuffixHash: true
                labels: {generated: "yes"}
            generatorOptions:
              annotations: {note: generated}
            """,
        "overlays/transformers/extra.yaml": """
            apiVersion: v1
            kind: Namespace
            metadata:
              name: placeholder
            ---
            apiVersion: rbac.authorization.k8s.io/v1
            kind: ClusterRole
            metadata:
              name: reader
            rules:
            - apiGroups: [""]
              resources: [pods]
              verbs: [get]
            ---
            apiVersion: batch/v1
            kind: CronJob
            metadata:
              name: nightly
            spec:
              schedule: "0 1 * * *"
              jobTemplate:
                spec:
                  template:
                    spec:
                      restartPolicy: Never
                      containers:
                      - name: job
                        image: busybox:1.36
            """,
        "overlays/transformers/app.properties": "threads=4\nname=<web> & \"co\"\n",
        "overlays/transformers/notes.txt": "plain notes\n",
        "overlays/nested/volumes.yaml": """
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: web}
            spec:
              template:
                spec:
                  volumes:
                  - $patch: replace
                  - name: cache
                    emptyDir: {medium: Memory}
            """,
        "overlays/nested/kustomization.yaml": """
            bases: [../patches]
            namePrefix: outer-
            patchesStrategicMerge: [volumes.yaml]
            patches:
            - target: {kind: Deployment, annotationSelector: "app=web"}
              patch: |-
                - op: move
                  from: /spec/template/spec/containers/0/args
                  path: /spec/template/spec/containers/0/command
            - patch: |-
                apiVersion: v1
                kind: ServiceAccount
                metadata: {name: runner}
                $patch: delete
            - patch: |-
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: web}
                spec:
                  template:
                    spec:
                      containers:
                      - name: app
                        resources:
                          $patch: replace
                          limits: {cpu: 500m, memory: 256Mi}
            """,
        "overlays/replacements/kustomization.yaml": """
            resources: [../../base]
            namePrefix: r-
            replacements:
            - source: {kind: Service, name: web, fieldPath: spec.ports.0.port}
              targets:
              - select: {kind: Deployment}
                fieldPaths:
                - spec.template.spec.containers.[name=app].ports.0.containerPort
                options: {create: true}
            - source: {kind: ServiceAccount, fieldPath: metadata.name}
              targets:
              - select: {kind: Deployment}
                fieldPaths: [spec.template.spec.serviceAccountName, metadata.annotations.account]
                options: {create: true}
            - source: {kind: Deployment, name: web, fieldPath: metadata.name}
              targets:
              - select: {kind: Service}
                fieldPaths: [spec.selector.app]
                options: {delimiter: "-", index: 0}
            """,
        "overlays/vars/kustomization.yaml": """
            resources: [../../base]
            namePrefix: v-
            vars:
            - name: SERVICE
              objref: {kind: Service, name: web, apiVersion: v1}
            - name: PORT
              objref: {kind: Service, name: web, apiVersion: v1}
              fieldref: {fieldpath: "spec.ports[0].port"}
            - name: SETTINGS
              objref: {kind: ConfigMap, name: settings, apiVersion: v1}
            patches:
            - patch: |-
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: web, annotations: {upstream: "$(SERVICE):$(PORT)"}}
                spec:
                  template:
                    spec:
                      containers:
                      - name: app
                        image: "registry.example.com/web:$(PORT)"
                        args: ["--upstream=$(SERVICE)", "--escaped=$$(SERVICE)", "--open=$(SERVICE", "--unknown=$(NOPE)", "$"]
                        env:
                        - {name: SETTINGS, value: "$(SETTINGS)"}
            """,
        "overlays/vars-nested/kustomization.yaml": """
            resources: [../vars]
            nameSuffix: -prod
            """,
    ]

    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("infragate-kustomize-\(UUID().uuidString)")
        addTeardownBlock { [folder] in try? FileManager.default.removeItem(at: folder!) }
        for (path, text) in Self.files {
            let url = folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try (text + "\n").write(to: url, atomically: true, encoding: .utf8)
        }
    }

    private static func kubectl() -> String? {
        ["/usr/local/bin/kubectl", "/usr/bin/kubectl"].first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    private func kubectlRender(_ directory: String, kubectl: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: kubectl)
        process.arguments = ["kustomize", folder.appendingPathComponent(directory).path]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = Pipe()
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0, "kubectl kustomize \(directory) failed")
        return String(decoding: data, as: UTF8.self)
    }

    /// `kind/namespace/name` → canonical JSON.
    private static func canonical(_ nodes: [LocatedNode]) -> [String: String] {
        Dictionary(nodes.map { node in
            ("\(node["kind"]?.string ?? "")/\(node["metadata"]?["namespace"]?.string ?? "")/\(node["metadata"]?["name"]?.string ?? "")",
             CanonicalJSON.text(of: node))
        }) { first, _ in first }
    }

    func testNativeRenderEqualsKubectlKustomizeObjectByObject() throws {
        guard let kubectl = Self.kubectl() else {
            throw XCTSkip("kubectl is not installed: the native kustomize render is not compared with kubectl kustomize")
        }
        let snapshot = DiskSnapshot(root: folder, sizeLimit: 1 << 20)
        let renderer = KustomizeRenderer(snapshot: snapshot)
        let overlays = Self.files.keys.filter { $0.hasPrefix("overlays/") && $0.hasSuffix("/kustomization.yaml") }
            .map { String($0.dropLast("/kustomization.yaml".count)) }.sorted()
        XCTAssertGreaterThanOrEqual(overlays.count, 6)
        for overlay in ["base"] + overlays {
            let native = try renderer.render(overlay).get().resources.map(\.node)
            let expected = YAMLParser.parse(try kubectlRender(overlay, kubectl: kubectl)).documents.map { LocatedNode($0.root, path: "kubectl") }
            let nativeObjects = Self.canonical(native)
            let kubectlObjects = Self.canonical(expected)
            XCTAssertEqual(Set(nativeObjects.keys), Set(kubectlObjects.keys), "objects of \(overlay)")
            for (identity, json) in kubectlObjects {
                XCTAssertEqual(nativeObjects[identity], json, "\(overlay): \(identity)")
            }
        }
    }
}
