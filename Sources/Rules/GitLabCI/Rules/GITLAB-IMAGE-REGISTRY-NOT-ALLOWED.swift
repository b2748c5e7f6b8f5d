import InfragateParsers

/// A job or service image from a registry the policy does not list (`images.allowed_registries`).
struct PipelineImageRegistryNotAllowed: Rule {
    let description = RuleDescription(
        id: "GITLAB-IMAGE-REGISTRY-NOT-ALLOWED", title: "Job or service image comes from a registry the policy does not allow", severity: .high, cwe: 829,
        owasp: "A08:2021 Software and Data Integrity Failures",
        checklist: "CI/CD › Images only from private or approved registries",
        rationale: """
            A job's `image:` and its `services:` run with the job's CI/CD variables, token and checkout; from a \
            registry the organisation does not control or mirror, that is whatever its owner pushes, unscanned by the \
            organisation's pipeline. High, because the policy asked for the list; silent unless the trusted policy sets \
            `images.allowed_registries`. Images are read where GitLab takes them from: the pipeline's global `image`, \
            `default:`, the job, and what it inherits through `extends`; in the string and the `{name:}` form. \
            Registries are read with the Docker reference grammar (`postgres` is `docker.io/library/postgres`, hosts in \
            lower case, `:443` left out), and `$NAME` is replaced by the value the job's or the pipeline's `variables:` \
            give it, as GitLab expands it; a variable set nowhere in the file (`$CI_REGISTRY`) is decided where it is set.
            """,
        recommendation: "Pull the image through an allowed registry (a mirror, the GitLab dependency proxy, or a pull-through cache), or have the policy owners add the registry to `images.allowed_registries`.",
        triggering: [
            RuleExample("""
            variables:
              TOOLS_REGISTRY: quay.io
            default:
            ↓  image: ghcr.io/someone/builder:1.0
            .postgres:
              services:
            ↓    - name: bitnami/postgresql:16
                  alias: db
            test:
              extends: .postgres
              script: make test
            lint:
            ↓  image: $TOOLS_REGISTRY/tools/lint:2
              services:
            ↓    - gcr.io/tools/cache:1
              script: make lint
            """, path: ".gitlab-ci.yml", parameters: .exampleRegistryAllowlist),
        ],
        nonTriggering: [
            RuleExample("""
            variables:
              TOOLS_REGISTRY: registry.example.com
            default:
              image: Registry.Example.com:443/builder:1.0
            test:
              services:
                - name: postgres:16.4
                  alias: db
                - docker:27.3-dind
              script: make test
            lint:
              image: ${TOOLS_REGISTRY}/tools/lint:2
              script: make lint
            package:
              image: $CI_REGISTRY_IMAGE/packager:1
              script: make package
            """, path: ".gitlab-ci.yml", parameters: .exampleRegistryAllowlist),
            // Without `images.allowed_registries` in the policy any registry is allowed.
            RuleExample("""
            test:
              image: ghcr.io/someone/builder:1.0
              script: make test
            """, path: ".gitlab-ci.yml"),
        ])

    func check(_ pipeline: Pipeline) -> [Violation] {
        guard let allowlist = pipeline.parameters.allowedRegistries else { return [] }
        let globalVariables = Self.literalValues(PipelineScope.variables(of: pipeline.root))
        return pipeline.scopes.flatMap { scope -> [Violation] in
            // `default:` takes no variables; a job's override the pipeline's.
            let variables = scope.isJob ? globalVariables.merging(Self.literalValues(scope.variables)) { $1 } : globalVariables
            let images = (scope.image.map { [("image", $0)] } ?? []) + scope.services.map { ("service", $0) }
            return images.compactMap { kind, image -> Violation? in
                let reference = Self.expanded(image.reference, with: variables)
                guard let source = ImageSource(reference: reference), !allowlist.allows(source) else { return nil }
                return Violation(line: image.line,
                                 message: "\(scope.name) \(kind) `\(reference)` is pulled from `\(source.registry)`, which `images.allowed_registries` does not allow (allowed: \(allowlist.listed)).",
                                 identity: "\(scope.identity)|\(kind)-registry:\(source.text)")
            }
        }
    }

    /// Variables whose value is a literal string: one that names other variables is left unexpanded.
    private static func literalValues(_ variables: [PipelineScope.Variable]) -> [String: String] {
        Dictionary(variables.compactMap { variable in variable.value?.string.flatMap { $0.contains("$") ? nil : (variable.name, $0) } },
                   uniquingKeysWith: { _, last in last })
    }

    /// `$NAME` and `${NAME}` replaced by their values, once, as GitLab expands an image name; unknown
    /// names stay as written.
    static func expanded(_ text: String, with variables: [String: String]) -> String {
        guard text.contains("$"), !variables.isEmpty else { return text }
        var result = ""
        var rest = Substring(text)
        while let dollar = rest.firstIndex(of: "$") {
            result += rest[..<dollar]
            var nameStart = rest.index(after: dollar)
            let braced = nameStart < rest.endIndex && rest[nameStart] == "{"
            if braced { nameStart = rest.index(after: nameStart) }
            let nameEnd = rest[nameStart...].firstIndex { !($0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_")) } ?? rest.endIndex
            let name = String(rest[nameStart..<nameEnd])
            let closes = !braced || (nameEnd < rest.endIndex && rest[nameEnd] == "}")
            let end = braced && closes ? rest.index(after: nameEnd) : nameEnd
            if !name.isEmpty, closes, let value = variables[name] {
                result += value
            } else {
                result += rest[dollar..<end]
            }
            rest = rest[end...]
        }
        return result + rest
    }
}
