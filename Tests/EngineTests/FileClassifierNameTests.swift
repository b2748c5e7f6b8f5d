import InfragateEngine
import XCTest

/// Dockerfile variants are chosen with `docker build -f`, so the name's separator must not decide
/// whether the gate reads them.
final class FileClassifierNameTests: XCTestCase {
    func testSeparatedDockerfileVariantsAreDockerfiles() {
        for path in ["Dockerfile-prod", "build/Dockerfile_prod", "app.containerfile", "Containerfile-dev",
                     "svc-dockerfile", "Dockerfile", "Dockerfile.dev", "a/app.dockerfile"] {
            XCTAssertEqual(FileClassifier.classify(path: path), .kind(.dockerfile), path)
        }
    }

    func testNamesThatMerelyContainDockerfileAreNot() {
        for path in ["xDockerfile", "Dockerfiles.md", "dockerfilelint.txt"] {
            XCTAssertNotEqual(FileClassifier.classify(path: path), .kind(.dockerfile), path)
        }
    }

    /// The files that decide what runs in CI besides workflows: Dependabot's only where GitHub reads
    /// it, pre-commit's in any folder (monorepos run it per project).
    func testDependabotAndPreCommitConfigurationsAreRecognisedByName() {
        XCTAssertEqual(FileClassifier.classify(path: ".github/dependabot.yml"), .kind(.dependabot))
        XCTAssertEqual(FileClassifier.classify(path: ".github/dependabot.yaml"), .kind(.dependabot))
        XCTAssertNotEqual(FileClassifier.classify(path: "docs/dependabot.yml"), .kind(.dependabot))
        XCTAssertEqual(FileClassifier.classify(path: ".pre-commit-config.yaml"), .kind(.preCommit))
        XCTAssertEqual(FileClassifier.classify(path: "services/api/.pre-commit-config.yml"), .kind(.preCommit))
        XCTAssertNotEqual(FileClassifier.classify(path: ".pre-commit-hooks.yaml"), .kind(.preCommit))
    }

    /// A workflow is a YAML file right inside `.github/workflows/`, at the root or in a project folder,
    /// whatever the case; a file in a folder below it, or a folder merely ending in `.github`, is not.
    func testWorkflowsAreTheYAMLFilesRightInsideTheWorkflowsFolder() {
        for path in [".github/workflows/ci.yml", "services/api/.github/workflows/deploy.yaml", ".GitHub/Workflows/CI.YML"] {
            XCTAssertEqual(FileClassifier.classify(path: path), .kind(.githubWorkflow), path)
        }
        for path in [".github/workflows/scripts/build.yml", "x.github/workflows/ci.yml", "a.github/workflows/b/.github/workflows/ci.yml",
                     ".github/workflows/notes.md", ".github/workflows.yml"] {
            XCTAssertNotEqual(FileClassifier.classify(path: path), .kind(.githubWorkflow), path)
        }
    }
}
