@testable import InfragateEngine
import InfragateParsers
import XCTest

/// Go `text/template` as Helm runs it: each construct, with the output helm gives.
final class GoTemplateTests: XCTestCase {
    func testActionsPipelinesAndVariables() throws {
        XCTAssertEqual(try renderTemplate(#"{{ .Values.name | upper | quote }} {{ $x := "a" }}{{ $x = printf "%s-%d" $x 3 }}{{ $x }} {{ $.Chart.Name }}"#, values: "name: web\n"),
                       #""WEB" a-3 demo"#)
    }

    /// `replace`, `indent` and `nindent` are Go's `strings.ReplaceAll`: bytes, left to right, matches not overlapping.
    func testReplaceAndIndentCompareBytesAsGoDoes() throws {
        let template = #"{{ replace "aa" "b" "aaaaa" }}|{{ replace "aab" "x" "aaabaab" }}|{{ replace "" "x" "ab" }}|{{ "a\r\nb\n" | indent 2 }}|{{ "é" | replace "e" "x" }}|{{ "c\nd" | nindent 1 }}"#
        XCTAssertEqual(try renderTemplate(template), "bba|axx|xaxbx|  a\r\n  b\n  |é|\n c\n d")
        XCTAssertEqual("abcabd".replacingBytes("abd", with: "-"), "abc-")
        XCTAssertEqual("aaaa".replacingBytes("aaaa", with: ""), "")
    }

    func testTrimmingAndComments() throws {
        XCTAssertEqual(try renderTemplate("a:\n  {{- /* gone */ -}}\n  b\n{{- \" c\" }}\n  {{- if true }} d{{ end }}"), "a:b c d")
    }

    func testConditionalsWithElseChains() throws {
        let template = #"{{ if eq .Values.mode "a" }}A{{ else if eq .Values.mode "b" }}B{{ else }}C{{ end }}|{{ with .Values.missing }}x{{ else }}none{{ end }}|{{ with .Values.sub }}{{ .k }}{{ end }}"#
        XCTAssertEqual(try renderTemplate(template, values: "mode: b\nsub: {k: v}\n"), "B|none|v")
    }

    func testRangeOverListsMapsInSortedOrderAndIntegers() throws {
        let template = #"{{ range $i, $v := .Values.list }}{{ $i }}={{ $v }},{{ end }}|{{ range $k, $v := .Values.map }}{{ $k }}:{{ $v }};{{ end }}|{{ range .Values.none }}x{{ else }}empty{{ end }}|{{ range 3 }}{{ . }}{{ end }}|{{ range .Values.list }}{{ if eq . "b" }}{{ break }}{{ end }}{{ . }}{{ end }}"#
        XCTAssertEqual(try renderTemplate(template, values: "list: [a, b, c]\nmap: {z: 1, a: 2, m: 3}\n"), "0=a,1=b,2=c,|a:2;m:3;z:1;|empty|012|a")
    }

    func testDefineTemplateBlockAndInclude() throws {
        let helpers = #"{{- define "demo.name" -}}{{ .Chart.Name | trunc 63 | trimSuffix "-" }}{{- end -}}{{ define "demo.labels" }}app: {{ include "demo.name" . }}{{ end }}"#
        let template = "{{ template \"demo.name\" . }}|{{ include \"demo.labels\" . | nindent 2 }}|{{ block \"local\" . }}default{{ end }}"
        XCTAssertEqual(try renderTemplate(template, helpers: helpers), "demo|\n  app: demo|default")
    }

    func testMissingKeysPrintNothingAndNilFieldsFail() throws {
        XCTAssertEqual(try renderTemplate("[{{ .Values.absent }}]"), "[]")
        XCTAssertTrue(try renderTemplate("{{ .Values.absent.deeper }}").contains("nil pointer evaluating interface {}.deeper"))
    }

    func testBuiltins() throws {
        let template = #"{{ and 1 0 }} {{ or 0 "x" }} {{ not true }} {{ len .Values.list }} {{ index .Values.list 1 }} {{ index .Values.map "a" }} {{ slice .Values.list 1 }} {{ print 1 2 "a" }} {{ println "x" | trim }} {{ html "<a>" }} {{ js "it's" }} {{ urlquery "a b&c" }} {{ lt 1 2 }} {{ ge 2.5 3 }} {{ ne "a" "b" }}"#
        XCTAssertEqual(try renderTemplate(template, values: "list: [a, b]\nmap: {a: 1}\n"), #"0 x false 2 b 1 [b] 1 2a x &lt;a&gt; it\'s a+b%26c true false true"#)
    }

    func testPrintfVerbsAndValuesNumbersAsHelmPrintsThem() throws {
        let template = #"{{ printf "%s %d %v %q %t %5.2f %x %03d" "s" 7 .Values.big "q" true 3.14159 255 5 }} {{ .Values.port }} {{ .Values.big }} {{ .Values.ratio }}"#
        XCTAssertEqual(try renderTemplate(template, values: "port: 8080\nbig: 1000000\nratio: 0.5\n"), #"s 7 1e+06 "q" true  3.14 ff 005 8080 1e+06 0.5"#)
    }

    func testUnsupportedFunctionNamesItselfAndTheLine() throws {
        let output = try renderTemplate("a\n{{ frobnicate 1 }}")
        XCTAssertEqual(output, "ERROR unsupported(\"frobnicate\") demo/templates/t.yaml:2: function \"frobnicate\" is not supported by the native renderer")
    }

    func testSyntaxErrorsAreReported() throws {
        XCTAssertTrue(try renderTemplate("{{ if true }}x").hasPrefix("ERROR syntax"))
        XCTAssertTrue(try renderTemplate("{{ \"unterminated }}").hasPrefix("ERROR syntax"))
    }

    func testExplosiveTemplatesHitTheBudgetsNotAHang() throws {
        let selfIncluding = try renderTemplate(#"{{ include "loop" . }}"#, helpers: #"{{ define "loop" }}{{ include "loop" . }}{{ end }}"#)
        XCTAssertTrue(selfIncluding.hasPrefix("ERROR limit"), selfIncluding)
        let exponential = (0..<30).map { #"{{ define "e\#($0)" }}{{ include "e\#($0 + 1)" . }}{{ include "e\#($0 + 1)" . }}{{ end }}"# }.joined() + #"{{ define "e30" }}x{{ end }}"#
        // The default budget holds in a release build (scripts/bench.sh); a debug test spends a smaller one.
        var small = TemplateLimits()
        small.maxSteps = 50_000
        let started = Date()
        XCTAssertTrue(try renderTemplate(#"{{ include "e0" . }}"#, helpers: exponential, limits: small).hasPrefix("ERROR limit"))
        let doubling = try renderTemplate(#"{{ $s := "xxxxxxxx" }}{{ range until 60 }}{{ $s = printf "%s%s" $s $s }}{{ end }}{{ len $s }}"#)
        XCTAssertTrue(doubling.hasPrefix("ERROR limit"), doubling)
        XCTAssertLessThan(Date().timeIntervalSince(started), 10)
    }
}
