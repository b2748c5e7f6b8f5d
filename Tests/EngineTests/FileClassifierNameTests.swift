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
}
