import InfragateParsers

/// One command line of a job's `before_script`, `script` or `after_script`, with its source line.
struct PipelineScriptLine {
    let scope: PipelineScope
    let key: String
    let text: Substring
    let line: Int

    var commands: [ShellCommand] { ShellScript.commands(in: String(text)) }
}

extension Pipeline {
    /// Every logical command line of every script, in file order within each scope.
    var scriptLines: [PipelineScriptLine] {
        scopes.flatMap { scope in
            scope.scriptEntries.flatMap { entry -> [PipelineScriptLine] in
                guard let text = entry.node.scalar?.text else { return [] }
                let logicalLines = ShellLines.logicalLines(of: text[...])
                return zip(logicalLines, locator.lines(of: logicalLines, in: entry.node)).map {
                    PipelineScriptLine(scope: scope, key: entry.key, text: $0, line: $1)
                }
            }
        }
    }
}
