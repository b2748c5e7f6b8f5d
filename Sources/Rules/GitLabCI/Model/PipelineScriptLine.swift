import InfragateParsers

/// One command line of a job's `before_script`, `script` or `after_script`, with its source line.
struct PipelineScriptLine {
    let scope: PipelineScope
    let key: String
    let text: Substring
    let line: Int
    let commands: [ShellCommand]

    init(scope: PipelineScope, key: String, text: Substring, line: Int) {
        self.scope = scope
        self.key = key
        self.text = text
        self.line = line
        commands = ShellScript.commands(in: String(text))
    }
}
