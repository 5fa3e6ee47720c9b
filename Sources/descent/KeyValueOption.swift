import Foundation
import ArgumentParser
import DescentNumerics

/// A `key=value` command-line setting, such as `--set betas=0.9,0.999`.
struct KeyValueOption: ExpressibleByArgument {
    let key: String
    let value: ParameterValue

    init?(argument: String) {
        guard let equals = argument.firstIndex(of: "="), equals != argument.startIndex else { return nil }
        key = String(argument[..<equals]).trimmingCharacters(in: .whitespaces)
        value = ParameterValue(commandLine: String(argument[argument.index(after: equals)...]))
    }

    static var defaultValueDescription: String { "key=value" }

    /// The settings as a dictionary; a repeated key keeps its last value.
    static func dictionary(_ options: [KeyValueOption]) -> [String: ParameterValue] {
        Dictionary(options.map { ($0.key, $0.value) }, uniquingKeysWith: { _, last in last })
    }
}
