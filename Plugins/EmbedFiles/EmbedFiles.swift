import Foundation
import PackagePlugin

/// Compiles a target's data files (everything in its folder that is not Swift source: the theme
/// files, the example plan) into the program, as one Swift file generated at build time by the
/// `embed-files` tool. The installed binary then needs nothing beside it.
@main
struct EmbedFiles: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        guard let module = target as? SourceModuleTarget else { return [] }
        let files = module.sourceFiles
            .filter { $0.type != .source && $0.type != .header }
            .map(\.url)
            .sorted { $0.path < $1.path }
        let output = context.pluginWorkDirectoryURL.appendingPathComponent("EmbeddedFiles.swift")
        return [.buildCommand(
            displayName: "Embedding \(files.count) files of \(target.name)",
            executable: try context.tool(named: "embed-files").url,
            arguments: [output.path, module.directoryURL.path] + files.map(\.path),
            inputFiles: files,
            outputFiles: [output]
        )]
    }
}
