import InfragateEngine
import InfragateRules
import XCTest

/// Recognition decides on the parsed document, so spacing, quoting, flow style, minified JSON
/// and padding cannot hide a manifest; and nested look-alike keys do not make one.
final class ContentRecognizerTests: XCTestCase {
    private let privilegedPod = "kind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n  - name: c\n    image: nginx\n    securityContext: {privileged: true}\n"

    private func yaml(_ text: String) -> FileKind? { ContentRecognizer.recognize(text, isJSON: false) }
    private func json(_ text: String) -> FileKind? { ContentRecognizer.recognize(text, isJSON: true) }

    func testSpaceBeforeTheColonIsStillAManifest() {
        XCTAssertEqual(yaml("apiVersion : v1\n" + privilegedPod), .kubernetes)
        XCTAssertEqual(yaml("apiVersion\t: v1\nkind   : Pod\n"), .kubernetes)
    }

    func testQuotedAndFlowStyleKeysAreStillAManifest() {
        XCTAssertEqual(yaml("'apiVersion': v1\n\"kind\": Pod\n"), .kubernetes)
        XCTAssertEqual(yaml("{apiVersion: v1, kind: Pod, spec: {containers: []}}\n"), .kubernetes)
        XCTAssertEqual(yaml("? apiVersion\n: v1\n? kind\n: Pod\n"), .kubernetes)
    }

    func testEscapedKeyIsStillAManifest() {
        XCTAssertEqual(yaml("\"api\\u0056ersion\": v1\nkind: Pod\n"), .kubernetes)
        XCTAssertEqual(json(#"{"api\u0056ersion":"v1","kind":"Pod"}"#), .kubernetes)
    }

    func testTerraformPlanIsRecognisedByItsContentAndName() {
        XCTAssertEqual(json(#"{"format_version":"1.2","planned_values":{"root_module":{"resources":[]}}}"#), .terraform)
        XCTAssertEqual(json(#"{"format_version":"1.2","planned_values":{"root_module":{"resources":["#), .terraform,
                       "an unparseable plan is still a plan, so its parse error fails closed")
        XCTAssertNil(json(#"{"format_version":"1.2","resources":[]}"#), "a look-alike without planned values")
        XCTAssertEqual(FileClassifier.classify(path: "plans/prod.tfplan.json"), .kind(.terraform))
        XCTAssertEqual(FileClassifier.classify(path: "tfplan.json"), .kind(.terraform))
    }

    func testMinifiedOneLineJSONManifest() {
        let manifest = #"{"apiVersion":"v1","kind":"Pod","metadata":{"name":"p"},"spec":{"containers":[{"name":"c","image":"nginx","securityContext":{"privileged":true}}]}}"#
        XCTAssertEqual(json(manifest), .kubernetes)
        // A `.template` or `.yaml` holding JSON is read by the YAML layer, which accepts JSON too.
        XCTAssertEqual(yaml(manifest), .kubernetes)
    }

    func testManifestAfterSeventyKibibytesOfComments() {
        let padding = String(repeating: "# padding padding padding padding padding padding padding\n", count: 1_300)
        XCTAssertGreaterThan(padding.utf8.count, 70 * 1_024)
        XCTAssertEqual(yaml(padding + "apiVersion: v1\n" + privilegedPod), .kubernetes)
        XCTAssertEqual(yaml("a: 1\n---\n" + padding + "---\napiVersion: v1\nkind: Pod\n"), .kubernetes, "a later document counts")
    }

    func testKubernetesListIsAManifest() {
        XCTAssertEqual(yaml("apiVersion: v1\nkind: List\nitems:\n- apiVersion: v1\n  kind: Pod\n"), .kubernetes)
    }

    func testCloudFormationTypeQuotedOrSpacedDifferently() {
        XCTAssertEqual(yaml("Resources:\n  Bucket:\n    Type : \"AWS::S3::Bucket\"\n"), .cloudFormation)
        XCTAssertEqual(yaml("Resources:\n  Bucket: {Type: 'AWS::S3::Bucket'}\n"), .cloudFormation)
        XCTAssertEqual(yaml("Resources:\n  Hook:\n    \"Type\":   Custom::Hook\n"), .cloudFormation)
        XCTAssertEqual(json(#"{"Resources":{"B":{"Type" :  "AWS::S3::Bucket"}}}"#), .cloudFormation)
        XCTAssertEqual(yaml("AWSTemplateFormatVersion: '2010-09-09'\nResources: {}\n"), .cloudFormation)
    }

    func testComposeByItsServices() {
        XCTAssertEqual(yaml("services:\n  web:\n    image: nginx\n"), .compose)
        XCTAssertEqual(yaml("services: {api: {build: .}}\n"), .compose)
        XCTAssertEqual(json(#"{"services":{"web":{"image":"nginx","privileged":true}}}"#), .compose)
    }

    func testMkDocsI18nAndValuesFilesAreNotInfrastructure() {
        let mkdocs = "site_name: Docs\ntheme:\n  name: material\nnav:\n  - Home: index.md\nplugins:\n  - search\n"
        let i18n = "en:\n  errors:\n    apiVersion: API version\n    kind: Kind of thing\n"
        let values = "image:\n  repository: nginx\nservice:\n  kind: ClusterIP\n  apiVersion: v1\n"
        let resourcesList = "resources:\n  - name: docs\n    type: AWS::S3::Bucket\n"
        let otherResources = "Resources:\n  Thing:\n    Type: Google::Storage\n"
        let servicesList = "services:\n  - nginx\n  - redis\n"
        let servicesWithoutImages = "services:\n  auth:\n    url: https://auth\n"
        for text in [mkdocs, i18n, values, resourcesList, otherResources, servicesList, servicesWithoutImages] {
            XCTAssertNil(yaml(text), text)
        }
        XCTAssertNil(json(#"{"kind":"Pod","apiVersion":null}"#), "a null apiVersion is not a string")
        XCTAssertNil(json(#"{"spec":{"apiVersion":"v1","kind":"Pod"}}"#), "nested keys are not a manifest")
    }

    func testTextTheParserRefusesIsRecognisedByItsKeysSoThePackReportsIt() {
        XCTAssertEqual(yaml("apiVersion: v1\nkind: [Pod\n"), .kubernetes)
        XCTAssertEqual(yaml("apiVersion : v1\nkind: Pod\nkind: Secret\n"), .kubernetes, "a duplicate key")
        XCTAssertEqual(json(#"{"apiVersion" : "v1","kind":"Pod""#), .kubernetes)
        XCTAssertEqual(yaml("Resources:\n  B:\n    Type: \"AWS::S3::Bucket\n"), .cloudFormation)
        XCTAssertEqual(yaml("services:\n  web: {image: nginx\n"), .compose)
    }

    func testBrokenTextWithoutInfrastructureKeysDecidesNothing() {
        XCTAssertNil(yaml("site_name: 'Docs\nnav: [Home\n"))
        XCTAssertNil(yaml("title: \"apiVersion and kind explained\nbody: [x\n"), "words in prose are not keys")
    }
}
