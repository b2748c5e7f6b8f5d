@testable import InfragateEngine
import InfragateParsers
import XCTest

/// Whole charts: a bitnami-style chart on a `common` library chart, subcharts with `global`
/// values, conditions and tags, `.Files`, `tpl`, `.Capabilities`, and the Sprig functions charts use.
final class HelmChartTests: XCTestCase {
    static let common: [String: String?] = [
        "charts/common/Chart.yaml": "apiVersion: v2\nname: common\nversion: 2.20.0\ntype: library\n",
        "charts/common/values.yaml": "exampleValue: common-chart\n",
        "charts/common/templates/_names.tpl": #"""
            {{- define "common.names.name" -}}
            {{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" -}}
            {{- end -}}
            {{- define "common.names.fullname" -}}
            {{- if .Values.fullnameOverride -}}
            {{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" -}}
            {{- else -}}
            {{- $name := default .Chart.Name .Values.nameOverride -}}
            {{- if contains $name .Release.Name -}}
            {{- .Release.Name | trunc 63 | trimSuffix "-" -}}
            {{- else -}}
            {{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" -}}
            {{- end -}}
            {{- end -}}
            {{- end -}}
            {{- define "common.names.namespace" -}}
            {{- default .Release.Namespace .Values.namespaceOverride | trunc 63 | trimSuffix "-" -}}
            {{- end -}}
            """#,
        "charts/common/templates/_labels.tpl": #"""
            {{- define "common.labels.standard" -}}
            {{- if and (hasKey . "customLabels") (hasKey . "context") -}}
            {{- $default := dict "app.kubernetes.io/name" (include "common.names.name" .context) "helm.sh/chart" (include "common.names.chart" .context) "app.kubernetes.io/instance" .context.Release.Name "app.kubernetes.io/managed-by" .context.Release.Service -}}
            {{- with .context.Chart.AppVersion -}}
            {{- $_ := set $default "app.kubernetes.io/version" . -}}
            {{- end -}}
            {{ template "common.tplvalues.merge" (dict "values" (list .customLabels $default) "context" .context) }}
            {{- else -}}
            app.kubernetes.io/name: {{ include "common.names.name" . }}
            {{- end -}}
            {{- end -}}
            {{- define "common.names.chart" -}}
            {{- printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" -}}
            {{- end -}}
            {{- define "common.labels.matchLabels" -}}
            app.kubernetes.io/name: {{ include "common.names.name" .context }}
            app.kubernetes.io/instance: {{ .context.Release.Name }}
            {{- end -}}
            """#,
        "charts/common/templates/_tplvalues.tpl": #"""
            {{- define "common.tplvalues.render" -}}
            {{- $value := typeIs "string" .value | ternary .value (.value | toYaml) }}
            {{- if contains "{{" (toJson .value) }}
              {{- if .scope }}
                  {{- tpl (cat "{{- with $.RelativeScope -}}" $value "{{- end }}") (merge (dict "RelativeScope" .scope) .context) }}
              {{- else }}
                {{- tpl $value .context }}
              {{- end }}
            {{- else }}
                {{- $value }}
            {{- end }}
            {{- end -}}
            {{- define "common.tplvalues.merge" -}}
            {{- $dst := dict -}}
            {{- range .values -}}
            {{- $dst = include "common.tplvalues.render" (dict "value" . "context" $.context "scope" $.scope) | fromYaml | merge $dst -}}
            {{- end -}}
            {{ $dst | toYaml }}
            {{- end -}}
            """#,
        "charts/common/templates/_images.tpl": #"""
            {{- define "common.images.image" -}}
            {{- $registryName := default .imageRoot.registry ((.global).imageRegistry) -}}
            {{- $repositoryName := .imageRoot.repository -}}
            {{- $separator := ":" -}}
            {{- $termination := .imageRoot.tag | toString -}}
            {{- if .imageRoot.digest }}
                {{- $separator = "@" -}}
                {{- $termination = .imageRoot.digest | toString -}}
            {{- end -}}
            {{- if $registryName }}
                {{- printf "%s/%s%s%s" $registryName $repositoryName $separator $termination -}}
            {{- else -}}
                {{- printf "%s%s%s"  $repositoryName $separator $termination -}}
            {{- end -}}
            {{- end -}}
            """#,
        "charts/common/templates/_capabilities.tpl": #"""
            {{- define "common.capabilities.kubeVersion" -}}
            {{- default .Capabilities.KubeVersion.Version (default ((.Values.global).kubeVersion) .Values.kubeVersion) -}}
            {{- end -}}
            {{- define "common.capabilities.deployment.apiVersion" -}}
            {{- if and (.Capabilities.APIVersions.Has "apps/v1") (semverCompare ">=1.14-0" (include "common.capabilities.kubeVersion" .)) -}}
            {{- print "apps/v1" -}}
            {{- else -}}
            {{- print "extensions/v1beta1" -}}
            {{- end -}}
            {{- end -}}
            """#,
    ]

    static let bitnamiStyle: [String: String?] = common.merging([
        "Chart.yaml": """
            apiVersion: v2
            name: nginx
            version: 18.2.4
            appVersion: 1.27.2
            dependencies:
              - name: common
                repository: oci://registry-1.docker.io/bitnamicharts
                tags: [bitnami-common]
                version: 2.x.x
            """,
        "values.yaml": """
            global:
              imageRegistry: ""
            image:
              registry: docker.io
              repository: bitnami/nginx
              tag: 1.27.2-debian-12-r2
              digest: ""
            commonLabels:
              team: "{{ .Release.Name }}-web"
            podAnnotations: {}
            replicaCount: 1
            containerSecurityContext:
              enabled: true
              runAsUser: 1001
              runAsNonRoot: true
              privileged: false
              allowPrivilegeEscalation: false
            configuration: |-
              server { listen {{ .Values.port }}; }
            port: 8080
            """,
        "files/extra.conf": "gzip on;\n",
        "templates/deployment.yaml": #"""
            apiVersion: {{ include "common.capabilities.deployment.apiVersion" . }}
            kind: Deployment
            metadata:
              name: {{ include "common.names.fullname" . }}
              namespace: {{ include "common.names.namespace" . | quote }}
              labels: {{- include "common.labels.standard" ( dict "customLabels" .Values.commonLabels "context" $ ) | nindent 4 }}
            spec:
              replicas: {{ .Values.replicaCount }}
              template:
                metadata:
                  annotations:
                    checksum/config: {{ include (print $.Template.BasePath "/configmap.yaml") . | sha256sum }}
                spec:
                  containers:
                    - name: nginx
                      image: {{ include "common.images.image" (dict "imageRoot" .Values.image "global" .Values.global) }}
                      {{- if .Values.containerSecurityContext.enabled }}
                      securityContext: {{- omit .Values.containerSecurityContext "enabled" | toYaml | nindent 12 }}
                      {{- end }}
                      ports:
                        - containerPort: {{ .Values.port }}
            """#,
        "templates/configmap.yaml": #"""
            {{- define "nginx.configmap" }}
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: {{ template "common.names.fullname" . }}
            data:
              server.conf: |-
                {{- tpl .Values.configuration . | nindent 4 }}
            {{ (.Files.Glob "files/*").AsConfig | indent 2 }}
            {{- end }}
            {{- include "nginx.configmap" . }}
            """#,
    ]) { _, new in new }

    func testABitnamiStyleChartRendersOnItsCommonLibrary() throws {
        let (rendering, texts) = try renderChart(Self.bitnamiStyle)
        XCTAssertNil(texts["chart/charts/common/templates/_names.tpl"], "a library chart is not rendered itself")
        let deployment = try XCTUnwrap(texts["chart/templates/deployment.yaml"])
        let configMap = try XCTUnwrap(texts["chart/templates/configmap.yaml"])
        XCTAssertFalse(deployment.hasPrefix("ERROR"), deployment)
        XCTAssertEqual(configMap, """

            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: infragate-nginx
            data:
              server.conf: |-
                server { listen 8080; }
              extra.conf: |
                gzip on;
            """)
        let checksum = SHA256.hex(of: configMap)
        XCTAssertEqual(deployment, """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: infragate-nginx
              namespace: "default"
              labels:
                app.kubernetes.io/instance: infragate
                app.kubernetes.io/managed-by: Helm
                app.kubernetes.io/name: nginx
                app.kubernetes.io/version: 1.27.2
                helm.sh/chart: nginx-18.2.4
                team: infragate-web
            spec:
              replicas: 1
              template:
                metadata:
                  annotations:
                    checksum/config: \(checksum)
                spec:
                  containers:
                    - name: nginx
                      image: docker.io/bitnami/nginx:1.27.2-debian-12-r2
                      securityContext:
                        allowPrivilegeEscalation: false
                        privileged: false
                        runAsNonRoot: true
                        runAsUser: 1001
                      ports:
                        - containerPort: 8080
            """)
        XCTAssertTrue(rendering.unrendered.isEmpty, "\(rendering.unrendered)")
    }

    /// A kube-prometheus-stack-shaped chart: many subcharts behind conditions, `global` registries,
    /// helpers calling helpers with `dict`, `tpl` of values, capability checks and `.Files` dashboards.
    static let prometheusStyle: [String: String?] = {
        var files: [String: String?] = [
            "Chart.yaml": """
                apiVersion: v2
                name: kube-prometheus-stack
                version: 65.1.0
                appVersion: v0.77.1
                kubeVersion: ">=1.19.0-0"
                dependencies:
                  - {name: crds, version: 0.0.0, condition: crds.enabled}
                  - {name: kube-state-metrics, version: 5.25.1, condition: kubeStateMetrics.enabled}
                  - {name: prometheus-node-exporter, version: 4.39.0, condition: nodeExporter.enabled}
                  - {name: grafana, version: 8.5.2, condition: grafana.enabled}
                  - {name: prometheus-windows-exporter, version: 0.7.0, condition: windowsMonitoring.enabled}
                """,
            "values.yaml": """
                nameOverride: ""
                namespaceOverride: ""
                commonLabels: {team: observability}
                crds: {enabled: true}
                global:
                  imageRegistry: ""
                  imagePullSecrets: []
                kubeStateMetrics: {enabled: true}
                nodeExporter: {enabled: true}
                windowsMonitoring: {enabled: false}
                grafana:
                  enabled: true
                  adminPassword: prom-operator
                prometheusOperator:
                  enabled: true
                  image: {registry: quay.io, repository: prometheus-operator/prometheus-operator, tag: "", sha: ""}
                  securityContext: {fsGroup: 65534, runAsGroup: 65534, runAsNonRoot: true, runAsUser: 65534, seccompProfile: {type: RuntimeDefault}}
                  containerSecurityContext: {allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: {drop: [ALL]}}
                  nodeSelector: {}
                  resources: {}
                prometheus:
                  enabled: true
                  prometheusSpec:
                    image: {registry: quay.io, repository: prometheus/prometheus, tag: v2.54.1}
                    externalLabels: {cluster: "{{ .Release.Name }}-cluster"}
                    retention: 10d
                    securityContext: {runAsGroup: 2000, runAsNonRoot: true, runAsUser: 1000, fsGroup: 2000, seccompProfile: {type: RuntimeDefault}}
                """,
            "templates/_helpers.tpl": """
                {{- define "kube-prometheus-stack.name" -}}
                {{- default .Chart.Name .Values.nameOverride | trunc 50 | trimSuffix "-" -}}
                {{- end }}
                {{- define "kube-prometheus-stack.fullname" -}}
                {{- $name := default .Chart.Name .Values.nameOverride -}}
                {{- if contains $name .Release.Name -}}
                {{- .Release.Name | trunc 26 | trimSuffix "-" -}}
                {{- else -}}
                {{- printf "%s-%s" .Release.Name $name | trunc 26 | trimSuffix "-" -}}
                {{- end -}}
                {{- end }}
                {{- define "kube-prometheus-stack.namespace" -}}
                {{- default .Release.Namespace .Values.namespaceOverride -}}
                {{- end }}
                {{- define "kube-prometheus-stack.labels" }}
                release: {{ $.Release.Name | quote }}
                heritage: {{ $.Release.Service | quote }}
                chart: {{ printf "%s-%s" .Chart.Name (.Chart.Version | replace "+" "_") }}
                {{- if .Values.commonLabels }}
                {{ toYaml .Values.commonLabels }}
                {{- end }}
                {{- end }}
                {{- define "kube-prometheus-stack.image" -}}
                {{- $registry := .global.imageRegistry | default .image.registry -}}
                {{- $tag := .image.tag | default .defaultTag -}}
                {{- if .image.sha -}}{{ printf "%s/%s:%s@sha256:%s" $registry .image.repository $tag .image.sha }}
                {{- else -}}{{ printf "%s/%s:%s" $registry .image.repository $tag }}{{- end -}}
                {{- end }}
                {{- define "kube-prometheus-stack.pdb.apiVersion" -}}
                {{- if $.Capabilities.APIVersions.Has "policy/v1/PodDisruptionBudget" -}}policy/v1{{- else -}}policy/v1beta1{{- end -}}
                {{- end }}
                """,
            "templates/prometheus-operator/deployment.yaml": """
                {{- if .Values.prometheusOperator.enabled }}
                {{- $namespace := include "kube-prometheus-stack.namespace" . }}
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: {{ template "kube-prometheus-stack.fullname" . }}-operator
                  namespace: {{ $namespace }}
                  labels:
                    app: {{ template "kube-prometheus-stack.name" . }}-operator
                {{ include "kube-prometheus-stack.labels" . | indent 4 }}
                spec:
                  replicas: 1
                  selector:
                    matchLabels: {app: {{ template "kube-prometheus-stack.name" . }}-operator, release: {{ $.Release.Name | quote }}}
                  template:
                    metadata:
                      labels: {app: {{ template "kube-prometheus-stack.name" . }}-operator, release: {{ $.Release.Name | quote }}}
                    spec:
                      containers:
                        - name: kube-prometheus-stack
                          image: {{ include "kube-prometheus-stack.image" (dict "global" .Values.global "image" .Values.prometheusOperator.image "defaultTag" .Chart.AppVersion) | quote }}
                          args:
                            - --kubelet-service=kube-system/{{ template "kube-prometheus-stack.fullname" . }}-kubelet
                          {{- if semverCompare ">=1.25.0-0" .Capabilities.KubeVersion.Version }}
                            - --web.enable-tls=true
                          {{- end }}
                          resources: {{ toYaml .Values.prometheusOperator.resources | nindent 12 }}
                          {{- with .Values.prometheusOperator.containerSecurityContext }}
                          securityContext: {{ toYaml . | nindent 12 }}
                          {{- end }}
                      {{- with .Values.prometheusOperator.nodeSelector }}
                      nodeSelector: {{ toYaml . | nindent 8 }}
                      {{- end }}
                      {{- if .Values.prometheusOperator.securityContext }}
                      securityContext: {{ toYaml .Values.prometheusOperator.securityContext | nindent 8 }}
                      {{- end }}
                      automountServiceAccountToken: true
                {{- end }}
                """,
            "templates/prometheus-operator/pdb.yaml": """
                apiVersion: {{ include "kube-prometheus-stack.pdb.apiVersion" . }}
                kind: PodDisruptionBudget
                metadata:
                  name: {{ template "kube-prometheus-stack.fullname" . }}-operator
                spec:
                  minAvailable: 1
                  selector:
                    matchLabels: {app: {{ template "kube-prometheus-stack.name" . }}-operator}
                """,
            "templates/prometheus/prometheus.yaml": """
                {{- if .Values.prometheus.enabled }}
                {{- $spec := .Values.prometheus.prometheusSpec }}
                apiVersion: monitoring.coreos.com/v1
                kind: Prometheus
                metadata:
                  name: {{ template "kube-prometheus-stack.fullname" . }}-prometheus
                  namespace: {{ template "kube-prometheus-stack.namespace" . }}
                spec:
                  image: {{ include "kube-prometheus-stack.image" (dict "global" .Values.global "image" $spec.image "defaultTag" "v2.54.1") }}
                  retention: {{ $spec.retention | quote }}
                  externalLabels:
                {{- range $key, $value := $spec.externalLabels }}
                    {{ $key }}: {{ tpl $value $ | quote }}
                {{- end }}
                {{- if $spec.securityContext }}
                  securityContext: {{ toYaml $spec.securityContext | nindent 4 }}
                {{- end }}
                {{- end }}
                """,
            "templates/grafana/dashboards.yaml": """
                {{- if .Values.grafana.enabled }}
                apiVersion: v1
                kind: ConfigMap
                metadata:
                  name: {{ template "kube-prometheus-stack.fullname" . }}-dashboards
                  labels: {grafana_dashboard: "1"}
                data:
                {{ (.Files.Glob "dashboards/*.json").AsConfig | indent 2 }}
                {{- end }}
                """,
            "dashboards/nodes.json": #"{"title": "Nodes"}"#,
            "charts/crds/Chart.yaml": "apiVersion: v2\nname: crds\nversion: 0.0.0\n",
            "charts/crds/templates/crd.yaml": "apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nmetadata:\n  name: prometheuses.monitoring.coreos.com\n",
        ]
        for (name, port) in [("kube-state-metrics", 8080), ("prometheus-node-exporter", 9100), ("grafana", 3000), ("prometheus-windows-exporter", 9182)] {
            files["charts/\(name)/Chart.yaml"] = "apiVersion: v2\nname: \(name)\nversion: 1.0.0\n"
            files["charts/\(name)/values.yaml"] = "image: {registry: docker.io, repository: example/\(name), tag: \"1.0\"}\nport: \(port)\nglobal: {imageRegistry: \"\"}\n"
            files["charts/\(name)/templates/_helpers.tpl"] = "{{- define \"\(name).fullname\" -}}{{ printf \"%s-%s\" .Release.Name .Chart.Name | trunc 63 | trimSuffix \"-\" }}{{- end }}\n"
            files["charts/\(name)/templates/deployment.yaml"] = """
                apiVersion: apps/v1
                kind: \(name == "prometheus-node-exporter" ? "DaemonSet" : "Deployment")
                metadata:
                  name: {{ include "\(name).fullname" . }}
                spec:
                  selector: {matchLabels: {app: {{ .Chart.Name }}}}
                  template:
                    metadata: {labels: {app: {{ .Chart.Name }}}}
                    spec:
                      containers:
                        - name: {{ .Chart.Name }}
                          image: "{{ .Values.global.imageRegistry | default .Values.image.registry }}/{{ .Values.image.repository }}:{{ .Values.image.tag }}"
                          ports: [{containerPort: {{ .Values.port }}}]
                          {{- if hasKey .Values "adminPassword" }}
                          env: [{name: GF_SECURITY_ADMIN_PASSWORD, value: {{ .Values.adminPassword | quote }}}]
                          {{- end }}
                """
        }
        return files
    }()

    func testAPrometheusCommunityStyleChartWithManySubchartsRenders() throws {
        let (rendering, texts) = try renderChart(Self.prometheusStyle)
        XCTAssertTrue(rendering.unrendered.isEmpty, "\(rendering.unrendered)")
        let failures = texts.filter { $0.value.hasPrefix("ERROR") }
        XCTAssertTrue(failures.isEmpty, "\(failures)")
        let operator_ = try XCTUnwrap(texts["chart/templates/prometheus-operator/deployment.yaml"])
        XCTAssertTrue(operator_.contains("image: \"quay.io/prometheus-operator/prometheus-operator:v0.77.1\""), operator_)
        XCTAssertTrue(operator_.contains("name: infragate-kube-prometheus-operator"), operator_)
        XCTAssertTrue(operator_.contains("    team: observability"), operator_)
        XCTAssertTrue(operator_.contains("--web.enable-tls=true"), "KubeVersion 1.32 passes >=1.25.0-0: \(operator_)")
        XCTAssertTrue(operator_.contains("            readOnlyRootFilesystem: true"), operator_)
        XCTAssertFalse(operator_.contains("nodeSelector"), "an empty `with` renders nothing")
        XCTAssertTrue(texts["chart/templates/prometheus-operator/pdb.yaml"]?.hasPrefix("apiVersion: policy/v1\n") ?? false)
        let prometheus = try XCTUnwrap(texts["chart/templates/prometheus/prometheus.yaml"], "\(texts.keys.sorted())")
        XCTAssertTrue(prometheus.contains("cluster: \"infragate-cluster\""), "tpl of a values string: \(prometheus)")
        XCTAssertTrue(texts["chart/templates/grafana/dashboards.yaml"]?.contains("nodes.json: '{\"title\": \"Nodes\"}'") ?? false,
                      texts["chart/templates/grafana/dashboards.yaml"] ?? "")
        XCTAssertTrue(texts["chart/charts/grafana/templates/deployment.yaml"]?.contains("value: \"prom-operator\"") ?? false, "the parent's grafana values")
        XCTAssertNotNil(texts["chart/charts/prometheus-node-exporter/templates/deployment.yaml"])
        XCTAssertNil(texts["chart/charts/prometheus-windows-exporter/templates/deployment.yaml"], "condition false")
        let (_, mirrored) = try renderChart(Self.prometheusStyle, overrides: "global:\n  imageRegistry: mirror.example.com\n")
        XCTAssertTrue(mirrored["chart/charts/kube-state-metrics/templates/deployment.yaml"]?.contains("image: \"mirror.example.com/example/kube-state-metrics:1.0\"") ?? false)
        XCTAssertTrue(mirrored["chart/templates/prometheus-operator/deployment.yaml"]?.contains("mirror.example.com/prometheus-operator") ?? false)
    }

    func testSubchartsGetTheirScopedValuesAndGlobalsAndObeyConditionsAndTags() throws {
        let subchart = { (name: String) -> [String: String?] in [
            "charts/\(name)/Chart.yaml": "apiVersion: v2\nname: \(name)\nversion: 1.0.0\n",
            "charts/\(name)/values.yaml": "image: \(name):1.0\nport: 80\nglobal:\n  region: sub-default\n  own: kept\n",
            "charts/\(name)/templates/pod.yaml": "name: {{ .Chart.Name }} image={{ .Values.image }} port={{ .Values.port }} region={{ .Values.global.region }} own={{ .Values.global.own }} template={{ .Template.Name }}\n",
        ] }
        var files: [String: String?] = [
            "Chart.yaml": """
                apiVersion: v2
                name: stack
                version: 1.0.0
                dependencies:
                  - name: server
                    condition: server.enabled
                  - name: exporter
                    condition: exporter.enabled,exporter.fallback
                    tags: [monitoring]
                  - name: alerts
                    tags: [monitoring]
                  - name: server
                    alias: second
                """,
            "values.yaml": """
                global:
                  region: eu-west-1
                server:
                  enabled: true
                  port: 8080
                exporter:
                  enabled: false
                tags:
                  monitoring: false
                second:
                  image: other:2.0
                """,
            "templates/top.yaml": "region={{ .Values.global.region }}\n",
        ]
        for name in ["server", "exporter", "alerts"] { files.merge(subchart(name)) { _, new in new } }
        let (_, texts) = try renderChart(files)
        XCTAssertEqual(texts["chart/templates/top.yaml"], "region=eu-west-1\n")
        XCTAssertEqual(texts["chart/charts/server/templates/pod.yaml"],
                       "name: server image=other:2.0 port=80 region=eu-west-1 own=kept template=stack/charts/server/templates/pod.yaml\n",
                       "the aliased copy renders last under the same path; each copy sees its own values")
        XCTAssertNil(texts["chart/charts/exporter/templates/pod.yaml"], "condition false")
        XCTAssertNil(texts["chart/charts/alerts/templates/pod.yaml"], "tag false")
        let (_, enabled) = try renderChart(files, overrides: "tags:\n  monitoring: true\nexporter:\n  enabled: null\n")
        XCTAssertEqual(enabled["chart/charts/alerts/templates/pod.yaml"],
                       "name: alerts image=alerts:1.0 port=80 region=eu-west-1 own=kept template=stack/charts/alerts/templates/pod.yaml\n")
        XCTAssertNotNil(enabled["chart/charts/exporter/templates/pod.yaml"], "a null condition falls back to the tags")
    }

    func testSprigFunctionsChartsUse() throws {
        let template = #"""
            {{ default "d" .Values.none }} {{ empty "" }} {{ coalesce "" .Values.none "c" }} {{ ternary "y" "n" true }} {{ squote "s" }}
            {{ lower "AB" }} {{ title "hello world" }} {{ trim "  t " }} {{ trimPrefix "v" "v1" }} {{ trunc 3 "abcdef" }} {{ replace "a" "b" "aa" }} {{ hasPrefix "a" "ab" }} {{ hasSuffix "b" "ab" }} {{ repeat 3 "x" }} {{ nospace "a b" }}
            {{ kebabcase "FooBar" }} {{ snakecase "FooBar" }} {{ camelcase "foo_bar" }} {{ "a\nb" | indent 2 }} {{ b64enc "hi" }} {{ b64dec "aGk=" }} {{ sha256sum "abc" }}
            {{ append (list 1 2) 3 }} {{ prepend (list 2) 1 }} {{ first (list 1 2) }} {{ last (list 1 2) }} {{ rest (list 1 2 3) }} {{ initial (list 1 2 3) }} {{ uniq (list 1 1 2) }} {{ has 2 (list 1 2) }} {{ without (list 1 2 3) 2 }} {{ compact (list "" "a") }} {{ concat (list 1) (list 2) }} {{ reverse (list 1 2) }} {{ sortAlpha (list "b" "a") }} {{ join "," (list "a" "b") }} {{ splitList "," "a,b" }} {{ (split "," "a,b")._1 }}
            {{ $d := dict "a" 1 "b" 2 }}{{ $_ := set $d "c" 3 }}{{ $_ := unset $d "a" }}{{ $d }} {{ get $d "b" }} {{ hasKey $d "c" }} {{ keys $d | sortAlpha }} {{ values $d }} {{ pick $d "b" }} {{ omit $d "b" }} {{ merge (dict "a" 1) (dict "a" 2 "b" 2) }} {{ mergeOverwrite (dict "a" 1) (dict "a" 2) }} {{ deepCopy $d }} {{ dig "x" "y" "none" (dict "x" (dict "y" "found")) }}
            {{ int "12" }} {{ int64 3.9 }} {{ float64 "1.5" }} {{ toString 5 }} {{ toStrings (list 1 2) }} {{ atoi "7" }} {{ add 1 2 3 }} {{ sub 5 2 }} {{ mul 2 3 }} {{ div 7 2 }} {{ mod 7 2 }} {{ max 1 5 3 }} {{ min 4 2 }} {{ ceil 1.2 }} {{ floor 1.8 }} {{ round 1.256 2 }}
            {{ (semver "v1.32.1").Minor }} {{ semverCompare ">=1.19-0" .Capabilities.KubeVersion.GitVersion }} {{ semverCompare "^1.2.0" "2.0.0" }} {{ semverCompare "~1.31" "1.31.4" }} {{ regexMatch "^[a-z]+$" "abc" }} {{ regexReplaceAll "a(x*)b" "-ab-axxb-" "${1}W" }} {{ regexFind "[0-9]+" "ab12cd" }}
            {{ kindIs "map" .Values }} {{ typeOf 1 }} {{ kindOf (list) }} {{ now | date "2006-01-02" }} {{ randAlphaNum 5 | len }} {{ uuidv4 | len }} {{ (genCA "ca" 365).Cert | hasPrefix "infragate-placeholder" }}
            {{ toJson (dict "a" (list 1 "<x>")) }} {{ (fromJson "{\"a\": 2}").a }} {{ (fromYaml "a: [1, 2]").a }} {{ toYaml (dict "b" (list "x" "true") "a" (dict "c" "")) | nindent 0 }}
            {{ toPrettyJson (dict "a" 1) }} {{ .Capabilities.APIVersions.Has "networking.k8s.io/v1" }} {{ lookup "v1" "Secret" "default" "x" }} {{ .Files.Get "files/a.txt" }} {{ .Files.Lines "files/a.txt" }} {{ .Release.Name }}/{{ .Release.Namespace }}/{{ .Release.IsInstall }}/{{ .Release.Service }} {{ .Chart.AppVersion }}
            """#
        let files: [String: String?] = ["Chart.yaml": "apiVersion: v2\nname: demo\nversion: 1.2.3\nappVersion: \"4.5\"\n", "values.yaml": "",
                                        "files/a.txt": "one\ntwo\n", "templates/t.yaml": template]
        let output = try XCTUnwrap(renderChart(files).1["chart/templates/t.yaml"])
        let expected = #"""
            d true c y 's'
            ab Hello World t 1 abc bb true true xxx ab
            foo-bar foo_bar FooBar   a
              b aGk= hi ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad
            [1 2 3] [1 2] 1 2 [2 3] [1 2] [1 2] true [1 3] [a] [1 2] [2 1] [a b] a,b [a b] b
            map[b:2 c:3] 2 true [b c] [2 3] map[b:2] map[c:3] map[a:1 b:2] map[a:2] map[b:2 c:3] found
            12 3 1.5 5 [1 2] 7 6 3 6 3 1 5 2 2 1 1.26
            32 true false true true -W-xxW- 12
            true int slice 2026-01-01 5 36 true
            {"a":[1,"\u003cx\u003e"]} 2 [1 2] 
            a:
              c: ""
            b:
            - x
            - "true"
            {
              "a": 1
            } true map[] one
            two
             [one two] infragate/default/true/Helm 4.5
            """#
        XCTAssertEqual(output, expected)
    }

    func testFilesFailAndYamlArrays() throws {
        let template = #"""
            {{ range $path, $content := .Files.Glob "conf/*.ini" }}{{ $path }}={{ $content | trim }};{{ end }}
            {{ (.Files.Glob "conf/*.ini").AsSecrets }}
            {{ fromYamlArray "[a, b]" | len }}{{ with .Values.a }}A{{ else with .Values.b }}B={{ . }}{{ end }}
            {{ if .Values.stop }}{{ fail "stopped by the chart" }}{{ end }}
            """#
        let files: [String: String?] = ["Chart.yaml": "apiVersion: v2\nname: demo\nversion: 1.0.0\n", "values.yaml": "b: 2\n",
                                        "conf/a.ini": "x=1\n", "conf/b.ini": "y=2\n", "conf/c.txt": "no\n", "templates/t.yaml": template]
        XCTAssertEqual(try renderChart(files).1["chart/templates/t.yaml"], "conf/a.ini=x=1;conf/b.ini=y=2;\na.ini: eD0xCg==\nb.ini: eT0yCg==\n2B=2\n")
        XCTAssertEqual(try renderChart(files, overrides: "stop: true\n").1["chart/templates/t.yaml"],
                       "ERROR failed demo/templates/t.yaml:4: fail: stopped by the chart")
    }

    func testAPackagedSubchartIsReportedNotSkipped() throws {
        let (rendering, _) = try renderChart(["Chart.yaml": "apiVersion: v2\nname: app\nversion: 1.0.0\n", "charts/redis-17.0.0.tgz": nil,
                                              "templates/a.yaml": "a: 1\n"])
        XCTAssertEqual(rendering.unrendered.map(\.path), ["chart/charts/redis-17.0.0.tgz"])
    }

    func testImportValuesReachTheParentWhichStillWinsAndGlobalsAreTracedToTheParent() throws {
        let files: [String: String?] = [
            "Chart.yaml": """
                apiVersion: v2
                name: app
                version: 1.0.0
                dependencies:
                  - name: db
                    import-values:
                      - data
                      - child: service
                        parent: database.service
                """,
            "values.yaml": "port: 9000\nglobal:\n  registry: registry.example.com\n",
            "templates/t.yaml": "port={{ .Values.port }} user={{ .Values.user }} svc={{ .Values.database.service.name }}\n",
            "charts/db/Chart.yaml": "apiVersion: v2\nname: db\nversion: 1.0.0\n",
            "charts/db/values.yaml": "exports:\n  data:\n    port: 5432\n    user: postgres\nservice:\n  name: db-svc\n",
            "charts/db/templates/pod.yaml": "image: {{ .Values.global.registry }}/postgres\n",
        ]
        let (rendering, texts) = try renderChart(files)
        XCTAssertEqual(texts["chart/templates/t.yaml"], "port=9000 user=postgres svc=db-svc\n", "imported, the parent's own port winning")
        XCTAssertEqual(texts["chart/charts/db/templates/pod.yaml"], "image: registry.example.com/postgres\n")
        XCTAssertEqual(rendering.valueLocation(ofKey: "global.registry", forTemplate: "chart/charts/db/templates/pod.yaml"),
                       ValueLocation(path: "chart/values.yaml", line: 3, key: "global.registry"))
    }

    func testDurationsAndDateArithmeticRenderAsSprigWritesThem() throws {
        // Go's time.Duration.String and time.ParseDuration; `now` is the fixed 2026-01-01T00:00:00Z.
        XCTAssertEqual(try renderTemplate(#"{{ duration 95 }} {{ duration "3600" }} {{ duration 0 }} {{ duration "x" }} {{ duration 90061 }}"#),
                       "1m35s 1h0m0s 0s 0s 25h1m1s")
        XCTAssertEqual(try renderTemplate(#"{{ now | dateModify "-1.5h" | date "2006-01-02T15:04:05Z07:00" }} {{ now | dateModify "bad" | htmlDate }}"#),
                       "2025-12-31T22:30:00Z 2026-01-01")
        XCTAssertEqual(try renderTemplate(#"{{ now | dateModify "-2h45m30s" | ago }} {{ now | dateModify "300ms" | date "15:04:05" }}"#), "2h45m30s 00:00:00")
        XCTAssertEqual(try renderTemplate(#"{{ durationRound "2h10m" }} {{ durationRound "-49h" }} {{ durationRound "1s" }} {{ durationRound "800h" }}"#), "2h 2d 0s 1mo")
        let refused = try renderTemplate(#"{{ now | mustDateModify "1 hour" }}"#)
        XCTAssertTrue(refused.hasPrefix("ERROR") && refused.contains("invalid duration"), refused)
    }

    func testDigestsEncodingsPathsAndTOMLRenderAsSprigAndHelmWriteThem() throws {
        // Digests of "abc" and "" from FIPS 180-4's examples; adler32 and base32 from Go's outputs.
        XCTAssertEqual(try renderTemplate(#"{{ sha1sum "abc" }} {{ sha1sum "" }}"#), "a9993e364706816aba3e25717850c26c9cd0d89d da39a3ee5e6b4b0d3255bfef95601890afd80709")
        XCTAssertEqual(try renderTemplate(#"{{ sha512sum "abc" }}"#),
                       "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f")
        XCTAssertEqual(try renderTemplate(#"{{ adler32sum "infragate" }} {{ b32enc "hello" }} {{ b32dec "NBSWY3DP" }} {{ b32enc "ab" }}"#),
                       "311493554 NBSWY3DP hello MFRA====")
        XCTAssertEqual(try renderTemplate(#"{{ base "a/b/c.tar.gz" }} {{ dir "a/b/c" }} {{ ext "a/b.c/d.yaml" }} {{ clean "a//b/../c/." }} {{ isAbs "/x" }}"#),
                       "c.tar.gz a/b .yaml a/c true")
        XCTAssertEqual(try renderTemplate(#"{{ seq 3 }}|{{ seq 5 -2 1 }}|{{ (splitn ":" 2 "a:b:c")._1 }}|{{ swapcase "aB" }}|{{ initials "Ada Lovelace" }}|{{ regexQuoteMeta "a.b*" }}"#),
                       #"1 2 3|5 3 1|b:c|Ab|AL|a\.b\*"#)
        XCTAssertEqual(try renderTemplate(#"{{ pluck "a" (dict "a" 1) (dict "b" 2) (dict "a" 3) | toJson }} {{ all 1 "x" }} {{ any 0 "" }}"#), "[1,3] true false")
        let values = "server:\n  port: 80\n  name: web\n  tls:\n    enabled: true\nlabels: [a, b]\nmissing: null\nusers:\n- name: x\n"
        XCTAssertEqual(try renderTemplate("{{ toToml .Values }}", values: values),
                       "labels = [\"a\", \"b\"]\n\n[server]\n  name = \"web\"\n  port = 80.0\n  [server.tls]\n    enabled = true\n\n[[users]]\n  name = \"x\"\n")
    }
}
