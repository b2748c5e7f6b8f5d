import Foundation
import InfragateParsers

/// A job container, service or `docker://` step image from a registry the policy does not list
/// (`images.allowed_registries`).
struct WorkflowImageRegistryNotAllowed: Rule {
    let description = RuleDescription(
        id: "GHA-IMAGE-REGISTRY-NOT-ALLOWED", title: "Job image comes from a registry the policy does not allow", severity: .high, cwe: 829,
        owasp: "A08:2021 Software and Data Integrity Failures",
        checklist: "CI/CD › Images only from private or approved registries",
        rationale: """
            A job's `container:`, its `services:` and `uses: docker://…` steps run an image with the job's token, \
            secrets and checkout; from a registry the organisation does not control or mirror, that is whatever its \
            owner pushes, unscanned by the organisation's pipeline. High, because the policy asked for the list; silent \
            unless the trusted policy sets `images.allowed_registries`. Registries are read with the Docker reference \
            grammar (`postgres` is `docker.io/library/postgres`, hosts in lower case, `:443` left out). An image chosen \
            by `${{ matrix.NAME }}` is judged for every value the job's matrix lists; other expressions are decided where \
            they are set.
            """,
        recommendation: "Pull the image through an allowed registry (a mirror or pull-through cache), or have the policy owners add the registry to `images.allowed_registries`.",
        triggering: [
            RuleExample("""
            on: push
            permissions: {}
            jobs:
              test:
                runs-on: ubuntu-latest
            ↓    container: ghcr.io/someone/builder:1.0
                services:
                  db:
            ↓        image: bitnami/postgresql:16
                steps:
            ↓      - uses: docker://quay.io/tools/lint:2
              matrix:
                runs-on: ubuntu-latest
                strategy:
                  matrix:
                    image: [registry.example.com/node:22, public.ecr.aws/docker/library/node:22]
                container:
            ↓      image: ${{ matrix.image }}
                steps:
                  - run: make
            """, path: ".github/workflows/ci.yml", parameters: .exampleRegistryAllowlist),
        ],
        nonTriggering: [
            RuleExample("""
            on: push
            permissions: {}
            jobs:
              test:
                runs-on: ubuntu-latest
                container: Registry.Example.com:443/builder:1.0
                services:
                  db:
                    image: postgres:16.4
                steps:
                  - uses: docker://registry.example.com/tools/lint:2
                  - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683
              matrix:
                runs-on: ubuntu-latest
                strategy:
                  matrix:
                    image: [registry.example.com/node:22, node:22]
                container: ${{ matrix.image }}
                steps:
                  - run: make
              input:
                runs-on: ubuntu-latest
                container: ${{ inputs.image }}
                steps:
                  - run: make
            """, path: ".github/workflows/ci.yml", parameters: .exampleRegistryAllowlist),
            // Without `images.allowed_registries` in the policy any registry is allowed.
            RuleExample("""
            on: push
            permissions: {}
            jobs:
              test:
                runs-on: ubuntu-latest
                container: ghcr.io/someone/builder:1.0
                steps:
                  - run: make
            """, path: ".github/workflows/ci.yml"),
        ])

    func check(_ workflow: Workflow) -> [Violation] {
        guard let allowlist = workflow.parameters.allowedRegistries else { return [] }
        return workflow.jobs.flatMap { job in
            job.images.compactMap { image -> Violation? in
                guard let reference = image.reference,
                      let (pulled, source) = Self.candidates(reference, in: job).first(where: { !allowlist.allows($0.source) }) else { return nil }
                return Violation(line: image.line,
                                 message: "Job `\(job.id)` \(image.role) pulls `\(pulled)` from `\(source.registry)`, which `images.allowed_registries` does not allow (allowed: \(allowlist.listed)).",
                                 identity: "\(job.identity)|image-registry:\(image.role)")
            }
        }
    }

    /// The images `reference` may pull: itself, or for `${{ matrix.NAME }}` every literal value the
    /// matrix lists under NAME (its `include:` entries too), since each one runs.
    private static func candidates(_ reference: String, in job: WorkflowJob) -> [(reference: String, source: ImageSource)] {
        let values: [String]
        if let name = matrixVariable(reference) {
            let matrix = job.node["strategy"]?["matrix"]
            values = (matrix?[name]?.items ?? []).compactMap(\.string) + (matrix?["include"]?.items ?? []).compactMap { $0[name]?.string }
        } else {
            values = [reference]
        }
        return values.compactMap { value in ImageSource(reference: value).map { (value, $0) } }
    }

    /// `NAME` of a reference that is exactly `${{ matrix.NAME }}`.
    private static func matrixVariable(_ reference: String) -> String? {
        let inner = reference.trimmingCharacters(in: .whitespaces)
        guard inner.hasPrefix("${{"), inner.hasSuffix("}}") else { return nil }
        let expression = inner.dropFirst(3).dropLast(2).trimmingCharacters(in: .whitespaces)
        guard expression.hasPrefix("matrix."), !expression.contains(where: { " |&()[]'\"".contains($0) }) else { return nil }
        return String(expression.dropFirst("matrix.".count))
    }
}
