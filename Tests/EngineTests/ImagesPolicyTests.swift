import InfragateEngine
import InfragateRules
import XCTest

/// The policy's `images:` section: the allowlist read with the Docker reference grammar, every
/// mistake an error at its line, every widening a relaxation.
final class ImagesPolicyTests: XCTestCase {
    func testTheAllowlistIsReadAsRegistriesAndPrefixes() throws {
        let policy = try PolicyFixtures.parse("""
            version: 1
            images:
              allowed_registries:
                - Registry.Example.com:443
                - " ghcr.io/acme/ "
                - localhost:5000
                - docker.io/library
            """)
        let allowlist = try XCTUnwrap(policy.images.allowedRegistries)
        XCTAssertEqual(allowlist.entries.map(\.text), ["registry.example.com", "ghcr.io/acme", "localhost:5000", "docker.io/library"])
        XCTAssertEqual(policy.ruleParameters.allowedRegistries, allowlist)
        XCTAssertNil(Policy.defaults.images.allowedRegistries, "no allowlist unless the policy sets one")

        let allowed = [
            "nginx", "nginx:1.27", "library/nginx@sha256:0a4e", "docker.io/nginx", "index.docker.io/library/nginx:1",
            "registry.example.com/x", "REGISTRY.EXAMPLE.COM/team/x:1", "registry.example.com:443/x@sha256:0a4e",
            "ghcr.io/acme/web:1", "ghcr.io/acme", "GHCR.io/acme/tools/cli", "localhost:5000/x", "  ghcr.io/acme/web  ",
        ]
        let refused = [
            "bitnami/nginx", "docker.io/evil/nginx", "ghcr.io/acme-evil/web", "ghcr.io/other/web", "ghcr.io/acmeweb",
            "registry.example.com.evil.io/x", "registry.example.com:5000/x", "localhost/x", "localhost:5001/x",
            "quay.io/acme/web", "Registry/app",
        ]
        for image in allowed {
            XCTAssertTrue(try allowlist.allows(XCTUnwrap(ImageSource(reference: image), image)), image)
        }
        for image in refused {
            XCTAssertFalse(try allowlist.allows(XCTUnwrap(ImageSource(reference: image), image)), image)
        }
    }

    func testTheDockerReferenceGrammarDecidesTheRegistry() {
        let cases: [(String, String, String)] = [
            ("nginx", "docker.io", "library/nginx"),
            ("acme/web:1", "docker.io", "acme/web"),
            ("registry-1.docker.io/acme/web", "docker.io", "acme/web"),
            ("localhost/app", "localhost", "app"),
            ("Registry/app", "registry", "app"),
            ("registry.example.com:443/team/app:1@sha256:0a4e", "registry.example.com", "team/app"),
            ("[::1]:5000/app", "[::1]:5000", "app"),
        ]
        for (reference, registry, repository) in cases {
            let source = ImageSource(reference: reference)
            XCTAssertEqual(source?.registry, registry, reference)
            XCTAssertEqual(source?.repository, repository, reference)
        }
        for placeholder in ["$IMAGE", "${REGISTRY}/app", "<registry>/app", "‹image›", "{{ .Values.image }}", "", "  "] {
            XCTAssertNil(ImageSource(reference: placeholder), placeholder)
        }
        XCTAssertEqual(ImageSource(reference: "registry.example.com/${APP}:1")?.registry, "registry.example.com",
                       "a placeholder after the registry leaves the registry known")
    }

    func testMistakesAreErrorsAtTheirLine() {
        let cases: [(String, Int, String)] = [
            ("version: 1\nimages:\n  allowed: [ghcr.io]\n", 3, "unknown key `allowed`"),
            ("version: 1\nimages:\n  allowed_registries: ghcr.io\n", 3, "must be a list"),
            ("version: 1\nimages:\n  allowed_registries: []\n", 3, "refuse every image"),
            ("version: 1\nimages:\n  allowed_registries:\n    - ghcr.io\n    - acme\n", 5, "not a registry host"),
            ("version: 1\nimages:\n  allowed_registries:\n    - https://ghcr.io\n", 4, "without a scheme"),
            ("version: 1\nimages:\n  allowed_registries:\n    - ghcr.io/acme/web:1.0\n", 4, "no tag"),
            ("version: 1\nimages:\n  allowed_registries:\n    - ghcr.io/acme@sha256:0a4e\n", 4, "no digest"),
            ("version: 1\nimages:\n  allowed_registries:\n    - ghcr.io//acme\n", 4, "host[:port]"),
            ("version: 1\nimages:\n  allowed_registries:\n    - \"ghcr.io/$ORG\"\n", 4, "only letters"),
        ]
        for (text, line, fragment) in cases {
            do {
                _ = try PolicyFixtures.parse(text)
                XCTFail("accepted:\n\(text)")
            } catch let error as PolicyError {
                XCTAssertEqual(error.line, line, "\(error)")
                XCTAssertTrue(error.message.contains(fragment), "expected `\(fragment)` in \(error)")
            } catch {
                XCTFail("\(error)")
            }
        }
    }

    func testWideningTheAllowlistIsARelaxation() throws {
        let strict = try PolicyFixtures.parse("version: 1\nimages:\n  allowed_registries: [ghcr.io, registry.example.com/team]\n")
        let wider = try PolicyFixtures.parse("version: 1\nimages:\n  allowed_registries: [ghcr.io/acme, registry.example.com, quay.io]\n")
        XCTAssertEqual(strict.relaxations(in: wider), ["images.allowed_registries adds registry.example.com", "images.allowed_registries adds quay.io"])
        XCTAssertEqual(strict.relaxations(in: try PolicyFixtures.parse("version: 1\n")), ["images.allowed_registries removed"])
        let narrower = try PolicyFixtures.parse("version: 1\nimages:\n  allowed_registries: [ghcr.io/acme, registry.example.com/team/web]\n")
        XCTAssertEqual(strict.relaxations(in: narrower), [])
        XCTAssertEqual(try PolicyFixtures.parse("version: 1\n").relaxations(in: strict), [], "setting a list tightens the gate")
    }
}
